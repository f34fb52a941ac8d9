import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as accountTokens from './db/account-tokens';
import * as authSessions from './db/auth-sessions';
import type { Db } from './db/client';
import type { Scope } from './db/scope';
import { seedSmallGemeente, stores, testDb } from './db/test-fixtures';
import * as throttles from './db/throttles';
import * as users from './db/users';
import { HOUSEKEEPING_INTERVAL_MS, runHousekeeping } from './housekeeping';

describe.each(stores)('housekeeping on %s', (store) => {
	let db: Db;
	let scope: Scope;
	const now = Date.parse('2026-06-01T12:00:00Z');
	const day = 24 * 60 * 60_000;

	beforeEach(async () => {
		db = await testDb(store);
		scope = { db, gemeente: 'GM0001' };
		await seedSmallGemeente(scope);
		const user = await users.create(scope, { name: 'A', email: 'a@x.nl', role: 'lezer', organisationId: null });
		await authSessions.create(scope, { id: 'old', userId: user, expiresAt: new Date(now - 1000).toISOString() });
		await authSessions.create(scope, { id: 'live', userId: user, expiresAt: new Date(now + day).toISOString() });
		await throttles.hit(scope, 'ip:old', now - 2 * day, { maxFailures: 5, windowMs: 60_000, lockMs: 60_000 });
		await throttles.hit(scope, 'ip:recent', now - 60_000, { maxFailures: 5, windowMs: 60_000, lockMs: 60_000 });
		const link = { purpose: 'wachtwoord' as const, userId: user, email: 'a@x.nl', role: null, organisationId: null, createdBy: null };
		await accountTokens.create(scope, { ...link, id: 'expired-long-ago', expiresAt: new Date(now - 40 * day).toISOString() });
		await accountTokens.create(scope, { ...link, id: 'expired-yesterday', expiresAt: new Date(now - day).toISOString() });
		const preview = { gemeente_code: 'GM0001', kind: 'gebieden' as const, created_by: user, payload: '{}' };
		await db.insertInto('pending_imports').values([{ ...preview, id: 'abandoned', created_at: new Date(now - 2 * day).toISOString() }, { ...preview, id: 'fresh', created_at: new Date(now - 60_000).toISOString() }]).execute();
	});
	afterEach(async () => db.destroy());

	it('removes what has expired and keeps what still counts', async () => {
		expect(await runHousekeeping(db, now)).toEqual({ ran: true, sessions: 1, throttles: 1, links: 1, previews: 1 });
		expect((await db.selectFrom('pending_imports').select('id').execute()).map((r) => r.id)).toEqual(['fresh']);
		expect((await db.selectFrom('auth_sessions').select('id').execute()).map((r) => r.id)).toEqual(['live']);
		expect((await db.selectFrom('login_throttles').select('key').execute()).map((r) => r.key)).toEqual(['ip:recent']);
		expect((await db.selectFrom('account_tokens').select('id').execute()).map((r) => r.id)).toEqual(['expired-yesterday']);
	});

	it('runs once per interval, however many instances try', async () => {
		const reports = await Promise.all([1, 2, 3, 4].map(() => runHousekeeping(db, now)));
		expect(reports.filter((r) => r.ran)).toHaveLength(1);
		expect((await runHousekeeping(db, now + HOUSEKEEPING_INTERVAL_MS / 2)).ran).toBe(false);
		expect((await runHousekeeping(db, now + HOUSEKEEPING_INTERVAL_MS)).ran).toBe(true);
	});
});
