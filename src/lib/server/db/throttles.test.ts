import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY } from '../../domain/throttle';
import type { Db } from './client';
import type { Scope } from './scope';
import { stores, testDb, seedSmallGemeente } from './test-fixtures';
import * as throttles from './throttles';

describe.each(stores)('on %s', (store) => {

	const minute = 60_000;
	let db: Db;
	let scope: Scope;

	beforeEach(async () => {
		db = await testDb(store);
		scope = { db, gemeente: 'GM0001' };
		await seedSmallGemeente(scope);
	});
	afterEach(async () => db.destroy());

	describe('throttles.hit', () => {
		it('locks at the fifth attempt within the window, for fifteen minutes', async () => {
			for (let i = 0; i < 4; i++) expect((await throttles.hit(scope, 'k', i * minute, ACCOUNT_POLICY)).lockedUntil).toBe(0);
			const fifth = await throttles.hit(scope, 'k', 4 * minute, ACCOUNT_POLICY);
			expect(fifth).toEqual({ failures: 5, windowStart: 0, lockedUntil: 19 * minute });
		});

		it('starts a new window when the old one has passed', async () => {
			for (let i = 0; i < 4; i++) await throttles.hit(scope, 'k', i * minute, ACCOUNT_POLICY);
			expect(await throttles.hit(scope, 'k', 16 * minute, ACCOUNT_POLICY)).toEqual({ failures: 1, windowStart: 16 * minute, lockedUntil: 0 });
		});

		it('counts every one of many parallel attempts', async () => {
			await Promise.all(Array.from({ length: 40 }, () => throttles.hit(scope, 'k', 1000, ACCOUNT_POLICY)));
			expect((await throttles.get(scope, 'k'))?.failures).toBe(40);
		});

		it('forgive takes back one attempt and lifts the lock it set', async () => {
			for (let i = 0; i < 5; i++) await throttles.hit(scope, 'k', i, ACCOUNT_POLICY);
			await throttles.forgive(scope, 'k', ACCOUNT_POLICY);
			expect(await throttles.get(scope, 'k')).toMatchObject({ failures: 4, lockedUntil: 0 });
		});

		it('keeps gemeenten apart', async () => {
			await throttles.hit(scope, 'k', 0, ACCOUNT_POLICY);
			expect(await throttles.get({ db, gemeente: 'GM0002' }, 'k')).toBeNull();
		});
	});
});
