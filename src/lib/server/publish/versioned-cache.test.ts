import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import * as deliveries from '../db/deliveries';
import type { Scope } from '../db/scope';
import { memoryDb, publishDelivery, seedSmallGemeente } from '../db/test-fixtures';
import { currentVersion } from './publication';
import { VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
	let db: Db;
	let scope: Scope;
	let organisationId: string;
	beforeAll(async () => {
		db = await memoryDb();
		scope = { db, gemeente: 'GM0001' };
		organisationId = (await seedSmallGemeente(scope)).organisationId;
	});
	afterAll(async () => db.destroy());
	const publish = async () => publishDelivery(scope, await deliveries.createDraft(scope, { organisationId, period: '2025-Q1', measurements: [{ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2025-Q1', value: 40 }] }));

	it('builds once per key and version, and keeps the most recently used', async () => {
		const cache = new VersionedCache<number>(2);
		let builds = 0;
		const build = async () => ++builds;
		const v = await currentVersion(scope);
		expect(await cache.get(scope, v, 'a', build)).toBe(1);
		expect(await cache.get(scope, v, 'a', build)).toBe(1);
		expect(await cache.get(scope, v, 'b', build)).toBe(2);
		await cache.get(scope, v, 'a', build);
		expect(await cache.get(scope, v, 'c', build)).toBe(3); // b goes: a was used more recently
		expect(await cache.get(scope, v, 'a', build)).toBe(1);
		expect(await cache.get(scope, v, 'b', build)).toBe(4);
	});

	it('does not keep a value read while a publication landed', async () => {
		const cache = new VersionedCache<string>(4);
		const v = await currentVersion(scope);
		expect(
			await cache.get(scope, v, 'x', async () => {
				await publish();
				return 'newer cells';
			})
		).toBe('newer cells');
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(await cache.get(scope, v, 'x', async () => 'built again')).toBe('built again');
	});
});
