import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as audit from '../db/audit';
import * as authSessions from '../db/auth-sessions';
import type { Db } from '../db/client';
import type { Scope } from '../db/scope';
import { stores, testDb, seedSmallGemeente } from '../db/test-fixtures';
import * as organisations from '../db/organisations';
import * as users from '../db/users';
import * as accounts from './accounts';
import { signIn, WRONG_CREDENTIALS } from './login';
import { hashPassword } from './passwords';
import * as sessions from './sessions';
import { generateToken, hashToken } from './tokens';

describe.each(stores)('on %s', (store) => {

	let db: Db;
	let scope: Scope;
	let orgId: string;
	let adminId: string;
	const PASSWORD = 'correct paard batterij';

	beforeEach(async () => {
		db = await testDb(store);
		scope = { db, gemeente: 'GM0001' };
		orgId = (await seedSmallGemeente(scope)).organisationId;
		await seedSmallGemeente({ db, gemeente: 'GM0002' });
		adminId = await users.create(scope, { name: 'Beheer', email: 'beheer@example.nl', role: 'beheerder', organisationId: null, passwordHash: await hashPassword(PASSWORD) });
	});
	afterEach(async () => db.destroy());

	describe('tokens', () => {
		it('are 32 base32 characters, random, and stored only as their SHA-256', () => {
			const a = generateToken();
			expect(a).toMatch(/^[a-z2-7]{32}$/);
			expect(generateToken()).not.toBe(a);
			expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
			expect(hashToken(a)).toBe(hashToken(a));
			expect(hashToken(a)).not.toContain(a);
		});
	});

	describe('sessions', () => {
		it('validates a fresh token and stores only its hash', async () => {
			const { token } = await sessions.start(scope, adminId);
			const rows = await db.selectFrom('auth_sessions').select('id').execute();
			expect(rows.map((r) => r.id)).toEqual([hashToken(token)]);
			expect((await sessions.validate(db, 'GM0001', token))?.user.email).toBe('beheer@example.nl');
		});

		it('rejects tampered, unknown and other-gemeente tokens', async () => {
			const { token } = await sessions.start(scope, adminId);
			const tampered = (token[0] === 'a' ? 'b' : 'a') + token.slice(1);
			expect(await sessions.validate(db, 'GM0001', tampered)).toBeNull();
			expect(await sessions.validate(db, 'GM0001', 'not a token')).toBeNull();
			expect(await sessions.validate(db, 'GM0002', token)).toBeNull();
		});

		it('expires after 30 days without use, and slides when used after half its life', async () => {
			const start = Date.parse('2026-01-01T00:00:00Z');
			const { token } = await sessions.start(scope, adminId, start);
			const day = 86_400_000;
			const early = await sessions.validate(db, 'GM0001', token, start + 5 * day);
			expect(early?.renewed).toBeNull();
			const later = await sessions.validate(db, 'GM0001', token, start + 20 * day);
			expect(later?.renewed?.toISOString()).toBe(new Date(start + 50 * day).toISOString());
			expect(await sessions.validate(db, 'GM0001', token, start + 51 * day)).toBeNull();
			const { token: unused } = await sessions.start(scope, adminId, start);
			expect(await sessions.validate(db, 'GM0001', unused, start + 31 * day)).toBeNull();
		});

		it('ends when the user is deactivated', async () => {
			const { token } = await sessions.start(scope, adminId);
			await users.setActive(scope, adminId, false);
			expect(await sessions.validate(db, 'GM0001', token)).toBeNull();
		});
	});

	describe('signIn', () => {
		it('signs in with the right password and audits it without the password', async () => {
			const result = await signIn(scope, { email: ' Beheer@Example.nl ', password: PASSWORD, ip: '10.0.0.1' });
			expect(result).toEqual({ ok: true, userId: adminId });
			const [entry] = await audit.list(scope);
			expect(entry).toMatchObject({ action: 'login', subject: 'beheer@example.nl', ip: '10.0.0.1' });
			expect(JSON.stringify(await audit.list(scope))).not.toContain(PASSWORD);
		});

		it('gives the same answer for an unknown e-mail and a wrong password', async () => {
			const unknown = await signIn(scope, { email: 'niemand@example.nl', password: PASSWORD, ip: '10.0.0.1' });
			const wrong = await signIn(scope, { email: 'beheer@example.nl', password: 'fout wachtwoord', ip: '10.0.0.1' });
			expect(unknown).toEqual({ ok: false, status: 400, message: WRONG_CREDENTIALS });
			expect(wrong).toEqual(unknown);
			expect((await audit.list(scope)).map((e) => e.action)).toEqual(['login.mislukt', 'login.mislukt']);
		});

		it('locks an account after five failures, even with the right password, and says how long', async () => {
			const t = Date.parse('2026-01-01T12:00:00Z');
			for (let i = 0; i < 4; i++) expect((await signIn(scope, { email: 'beheer@example.nl', password: 'fout', ip: `10.0.0.${i}` }, t + i)).ok).toBe(false);
			const fifth = await signIn(scope, { email: 'beheer@example.nl', password: 'fout', ip: '10.0.0.9' }, t + 5);
			expect(fifth).toMatchObject({ ok: false, status: 429, message: expect.stringContaining('Wacht 15 minuten') });
			expect(await signIn(scope, { email: 'beheer@example.nl', password: PASSWORD, ip: '10.0.0.9' }, t + 60_000)).toMatchObject({ status: 429 });
			expect(await signIn(scope, { email: 'beheer@example.nl', password: PASSWORD, ip: '10.0.0.9' }, t + 16 * 60_000)).toEqual({ ok: true, userId: adminId });
		});

		it('locks an IP address after twenty failures across accounts', async () => {
			const t = Date.parse('2026-01-01T12:00:00Z');
			for (let i = 0; i < 20; i++) await signIn(scope, { email: `iemand${i}@example.nl`, password: 'fout', ip: '10.9.9.9' }, t + i);
			expect(await signIn(scope, { email: 'beheer@example.nl', password: PASSWORD, ip: '10.9.9.9' }, t + 100)).toMatchObject({ status: 429 });
			expect(await signIn(scope, { email: 'beheer@example.nl', password: PASSWORD, ip: '10.1.1.1' }, t + 100)).toEqual({ ok: true, userId: adminId });
		});

		it('cannot be raced: of forty parallel attempts, the right password at the end is refused too', async () => {
			const t = Date.parse('2026-01-01T12:00:00Z');
			const attempts = Array.from({ length: 40 }, (_, i) => signIn(scope, { email: 'beheer@example.nl', password: i === 39 ? PASSWORD : 'fout', ip: `10.2.0.${i}` }, t));
			const results = await Promise.all(attempts);
			expect(results.filter((r) => r.ok)).toEqual([]);
			expect(results.filter((r) => !r.ok && r.status === 429).length).toBeGreaterThanOrEqual(35);
		});

		it('does not count successful sign-ins against a shared office address', async () => {
			const t = Date.parse('2026-01-01T12:00:00Z');
			for (let i = 0; i < 30; i++) expect((await signIn(scope, { email: 'beheer@example.nl', password: PASSWORD, ip: '10.3.3.3' }, t + i)).ok).toBe(true);
		});

		it('cannot be used to flood the audit log: a budget per address, and long input cut short', async () => {
			const long = `${'x'.repeat(80_000)}@example.nl`;
			for (let i = 0; i < 60; i++) await signIn(scope, { email: i % 2 ? long : `iemand${i}@example.nl`, password: 'fout', ip: '203.0.113.9' }, Date.parse('2026-01-01T10:00:00Z') + i);
			const entries = (await audit.list(scope, {}, 1000)).filter((e) => e.ip === '203.0.113.9');
			// Twenty failures lock the address; the forty blocked attempts after it are recorded once.
			expect(entries.filter((e) => e.action === 'login.mislukt')).toHaveLength(20);
			expect(entries.filter((e) => e.action === 'login.geblokkeerd')).toHaveLength(1);
			expect(Math.max(...entries.map((e) => (e.subject ?? '').length))).toBeLessThanOrEqual(200);
			expect(entries.some((e) => e.detail?.includes('niet vastgelegd'))).toBe(true);
			// Another address has its own budget.
			await signIn(scope, { email: 'a@example.nl', password: 'fout', ip: '198.51.100.1' }, Date.parse('2026-01-01T10:00:00Z'));
			expect((await audit.list(scope, {}, 1000)).filter((e) => e.ip === '198.51.100.1')).toHaveLength(1);
		});

		it('caps what one address can write, whatever it sends', async () => {
			// Refusals of other kinds (403s, exports) share one budget per client.
			let written = 0;
			for (let i = 0; i < 100; i++) if (await audit.recordLimited(scope, '198.51.100.7', { userId: null, action: 'toegang.geweigerd', subject: `GET /x${i}`, ip: '198.51.100.7' }, 1_000_000 + i)) written++;
			expect(written).toBe(30);
			expect(await audit.recordLimited(scope, '198.51.100.7', { userId: null, action: 'toegang.geweigerd', ip: '198.51.100.7' }, 1_000_000 + 16 * 60_000)).toBe(true);
		});

		it('answers an invitation for a megabyte-long "e-mail" at once', async () => {
			const started = performance.now();
			const result = await accounts.invite(scope, { id: adminId }, { email: `a@${'x'.repeat(1_000_000)}`, role: 'lezer', organisationId: null });
			expect(result.ok).toBe(false);
			expect(performance.now() - started).toBeLessThan(1000);
		});

		it('refuses a deactivated account with the same message', async () => {
			await users.setActive(scope, adminId, false);
			expect(await signIn(scope, { email: 'beheer@example.nl', password: PASSWORD, ip: null })).toEqual({ ok: false, status: 400, message: WRONG_CREDENTIALS });
		});
	});

	describe('invitations, resets and role changes', () => {
		const actor = () => ({ id: adminId });

		it('invites, accepts once, and the new account can sign in', async () => {
			const invitation = await accounts.invite(scope, actor(), { email: 'Nieuw@Example.nl', role: 'aanleveraar', organisationId: orgId });
			if (!invitation.ok) throw new Error(invitation.message);
			const accepted = await accounts.acceptInvitation(scope, invitation.value.token, { name: 'Nieuwe collega', password: 'een lang wachtwoord', repeated: 'een lang wachtwoord' });
			expect(accepted.ok).toBe(true);
			expect(await users.getByEmail(scope, 'nieuw@example.nl')).toMatchObject({ role: 'aanleveraar', organisationId: orgId, name: 'Nieuwe collega' });
			expect((await signIn(scope, { email: 'nieuw@example.nl', password: 'een lang wachtwoord', ip: null })).ok).toBe(true);
			const again = await accounts.acceptInvitation(scope, invitation.value.token, { name: 'X', password: 'een lang wachtwoord', repeated: 'een lang wachtwoord' });
			expect(again).toEqual({ ok: false, status: 410, message: expect.stringContaining('al gebruikt') });
		});

		it('refuses expired links, unknown links, weak passwords and bad invitations', async () => {
			const t = Date.parse('2026-01-01T00:00:00Z');
			const invitation = await accounts.invite(scope, actor(), { email: 'laat@example.nl', role: 'lezer', organisationId: null }, t);
			if (!invitation.ok) throw new Error(invitation.message);
			const input = { name: 'Laat', password: 'een lang wachtwoord', repeated: 'een lang wachtwoord' };
			expect(await accounts.acceptInvitation(scope, invitation.value.token, input, t + 8 * 86_400_000)).toEqual({ ok: false, status: 410, message: expect.stringContaining('verlopen') });
			expect(await accounts.acceptInvitation(scope, generateToken(), input)).toEqual({ ok: false, status: 404, message: expect.stringContaining('niet geldig') });
			expect(await accounts.acceptInvitation(scope, invitation.value.token, { ...input, password: 'kort', repeated: 'kort' }, t)).toEqual({ ok: false, message: expect.stringContaining('minstens 12') });
			expect((await accounts.invite(scope, actor(), { email: 'geen-adres', role: 'lezer', organisationId: null })).ok).toBe(false);
			expect(await accounts.invite(scope, actor(), { email: 'a@b.nl', role: 'aanleveraar', organisationId: null })).toEqual({ ok: false, message: expect.stringContaining('organisatie') });
			expect(await accounts.invite(scope, actor(), { email: 'beheer@example.nl', role: 'lezer', organisationId: null })).toEqual({ ok: false, message: expect.stringContaining('al een account') });
			expect((await accounts.invite(scope, actor(), { email: 'a@b.nl', role: 'koning', organisationId: null })).ok).toBe(false);
		});

		it('lets nobody join an archived organisation, and lets its members keep it', async () => {
			const member = await users.create(scope, { name: 'Lid', email: 'lid@example.nl', role: 'aanleveraar', organisationId: orgId });
			await organisations.setArchived(scope, orgId, new Date().toISOString());
			expect(await accounts.invite(scope, actor(), { email: 'nieuw@example.nl', role: 'aanleveraar', organisationId: orgId })).toEqual({ ok: false, message: expect.stringContaining('gearchiveerd') });
			expect((await accounts.changeRole(scope, actor(), member, 'aanleveraar', orgId)).ok).toBe(true);
			const other = await users.create(scope, { name: 'Ander', email: 'ander@example.nl', role: 'lezer', organisationId: null });
			expect(await accounts.changeRole(scope, actor(), other, 'aanleveraar', orgId)).toEqual({ ok: false, message: expect.stringContaining('gearchiveerd') });
		});

		it('a reset link sets a new password once and ends all sessions', async () => {
			const { token: session } = await sessions.start(scope, adminId);
			const reset = await accounts.issueReset(scope, actor(), adminId);
			if (!reset.ok) throw new Error(reset.message);
			expect((await accounts.resetPassword(scope, reset.value.token, { password: 'nieuw wachtwoord!', repeated: 'nieuw wachtwoord!' })).ok).toBe(true);
			expect(await sessions.validate(db, 'GM0001', session)).toBeNull();
			expect((await signIn(scope, { email: 'beheer@example.nl', password: 'nieuw wachtwoord!', ip: null })).ok).toBe(true);
			expect((await accounts.resetPassword(scope, reset.value.token, { password: 'nog een wachtwoord', repeated: 'nog een wachtwoord' })).ok).toBe(false);
		});

		it('a role change ends the user’s sessions; the last beheerder stays', async () => {
			const lezer = await users.create(scope, { name: 'Raadslid', email: 'raad@example.nl', role: 'lezer', organisationId: null });
			const { token } = await sessions.start(scope, lezer);
			expect((await accounts.changeRole(scope, actor(), lezer, 'beleidsmedewerker', null)).ok).toBe(true);
			expect(await sessions.validate(db, 'GM0001', token)).toBeNull();
			expect((await users.getById(scope, lezer))?.role).toBe('beleidsmedewerker');
			expect(await accounts.changeRole(scope, actor(), adminId, 'lezer', null)).toEqual({ ok: false, message: expect.stringContaining('laatste beheerder') });
			expect(await accounts.setActive(scope, actor(), adminId, false)).toEqual({ ok: false, message: expect.stringContaining('eigen account') });
			expect((await audit.list(scope)).map((e) => e.action)).toContain('account.rol');
		});

		it('keeps one beheerder when two demote or deactivate each other at the same moment', async () => {
			const second = await users.create(scope, { name: 'Beheer 2', email: 'beheer2@example.nl', role: 'beheerder', organisationId: null });
			for (let round = 0; round < 5; round++) {
				const results = await Promise.all([
					accounts.changeRole(scope, { id: second }, adminId, 'lezer', null),
					round % 2 ? accounts.setActive(scope, { id: adminId }, second, false) : accounts.changeRole(scope, { id: adminId }, second, 'lezer', null)
				]);
				expect(results.filter((r) => r.ok)).toHaveLength(1);
				expect(await users.countActive(scope, 'beheerder')).toBe(1);
				// Both beheerders again for the next round.
				await db.updateTable('users').set({ role: 'beheerder', active: 1 }).where('id', 'in', [adminId, second]).execute();
			}
		});

		it('a new reset link cancels the older one; deactivation cancels links; invitations can be withdrawn', async () => {
			const first = await accounts.issueReset(scope, actor(), adminId);
			const second = await accounts.issueReset(scope, actor(), adminId);
			if (!first.ok || !second.ok) throw new Error('reset links');
			expect((await accounts.resetPassword(scope, first.value.token, { password: 'nieuw wachtwoord!', repeated: 'nieuw wachtwoord!' })).ok).toBe(false);
			const lezer = await users.create(scope, { name: 'Raadslid', email: 'raad@example.nl', role: 'lezer', organisationId: null });
			const link = await accounts.issueReset(scope, actor(), lezer);
			if (!link.ok) throw new Error(link.message);
			await accounts.setActive(scope, actor(), lezer, false);
			expect((await accounts.resetPassword(scope, link.value.token, { password: 'nieuw wachtwoord!', repeated: 'nieuw wachtwoord!' })).ok).toBe(false);
			const invitation = await accounts.invite(scope, actor(), { email: 'weg@example.nl', role: 'lezer', organisationId: null });
			if (!invitation.ok) throw new Error(invitation.message);
			expect((await accounts.revokeInvitation(scope, actor(), 'weg@example.nl')).ok).toBe(true);
			expect((await accounts.acceptInvitation(scope, invitation.value.token, { name: 'X', password: 'een lang wachtwoord', repeated: 'een lang wachtwoord' })).ok).toBe(false);
		});

		it('binds only an aanleveraar to an organisation', async () => {
			const invitation = await accounts.invite(scope, actor(), { email: 'raad2@example.nl', role: 'lezer', organisationId: orgId });
			if (!invitation.ok) throw new Error(invitation.message);
			await accounts.acceptInvitation(scope, invitation.value.token, { name: 'Raad', password: 'een lang wachtwoord', repeated: 'een lang wachtwoord' });
			const user = (await users.getByEmail(scope, 'raad2@example.nl'))!;
			expect(user.organisationId).toBeNull();
			await accounts.changeRole(scope, actor(), user.id, 'facilitator', orgId);
			expect((await users.getById(scope, user.id))?.organisationId).toBeNull();
			await accounts.changeRole(scope, actor(), user.id, 'aanleveraar', orgId);
			expect((await users.getById(scope, user.id))?.organisationId).toBe(orgId);
		});

		it('log out everywhere ends every session of a user', async () => {
			await sessions.start(scope, adminId);
			await sessions.start(scope, adminId);
			expect(await authSessions.removeForUser(scope, adminId)).toBe(2);
		});
	});
});
