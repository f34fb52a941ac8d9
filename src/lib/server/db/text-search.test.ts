import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as audit from './audit';
import type { Db } from './client';
import type { Scope } from './scope';
import { seedSmallGemeente, stores, testDb } from './test-fixtures';

describe.each(stores)('text search on %s', (store) => {
	let db: Db;
	let scope: Scope;
	beforeAll(async () => {
		db = await testDb(store);
		scope = { db, gemeente: 'GM0001' };
		await seedSmallGemeente(scope);
		for (const subject of ['GET /beheer', 'DEELN WK000101', 'a\\b', '50%_korting', 'Zoë Jansen']) await audit.record(scope, { userId: null, action: 'toegang.geweigerd', subject });
		await audit.record(scope, { userId: null, action: 'login.mislukt', subject: 'iemand@example.nl' });
	});
	afterAll(async () => db.destroy());

	const who = async (text: string) => (await audit.list(scope, { who: text })).map((e) => e.subject).sort();

	it('ignores case in both directions', async () => {
		expect(await who('get /BEHEER')).toEqual(['GET /beheer']);
		expect(await who('wk0001')).toEqual(['DEELN WK000101']);
	});

	it('matches %, _ and \\ literally', async () => {
		expect(await who('%_')).toEqual(['50%_korting']);
		expect(await who('a\\b')).toEqual(['a\\b']);
		expect(await who('_')).toEqual(['50%_korting']);
	});

	it('filters actions by their beginning', async () => {
		expect((await audit.list(scope, { action: 'LOGIN' })).map((e) => e.action)).toEqual(['login.mislukt']);
		expect(await audit.list(scope, { action: 'geweigerd' })).toEqual([]);
	});
});
