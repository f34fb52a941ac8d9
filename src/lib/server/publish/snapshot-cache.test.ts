import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import * as deliveries from '../db/deliveries';
import type { Scope } from '../db/scope';
import { memoryDb, seedSmallGemeente } from '../db/test-fixtures';
import { cachedSnapshot, dataVersion, snapshotTag } from './snapshot-cache';

let db: Db;
let scope: Scope;
let organisationId: string;

beforeAll(async () => {
	db = await memoryDb();
	scope = { db, gemeente: 'GM0001' };
	organisationId = (await seedSmallGemeente(scope)).organisationId;
});
afterAll(async () => db.destroy());

describe('cachedSnapshot', () => {
	it('serves the same snapshot until a publication changes the data version', async () => {
		const publish = async (value: number, period: string) => {
			const id = await deliveries.createDraft(scope, { organisationId, period, measurements: [{ indicatorCode: 'DEELN', areaCode: 'WK000101', period, value }] });
			await deliveries.publish(scope, id, `${period.slice(0, 4)}-12-01T00:00:00Z`);
		};
		await publish(40, '2024-Q1');
		const v1 = await dataVersion(scope);
		const a = await cachedSnapshot(scope, 'openbaar');
		expect(await cachedSnapshot(scope, 'openbaar')).toBe(a);
		await publish(50, '2025-Q1');
		expect(await dataVersion(scope)).not.toBe(v1);
		const b = await cachedSnapshot(scope, 'openbaar');
		expect(b).not.toBe(a);
		expect(b.rows).toBe(2);
		expect(b.etag).not.toBe(a.etag);
	});

	it('tags per audience and slice, stable for the same data', async () => {
		const a = await snapshotTag(scope, 'openbaar', undefined);
		expect((await snapshotTag(scope, 'openbaar', undefined)).etag).toBe(a.etag);
		expect(a.etag).toMatch(/^"[\w-]{32}"$/);
		expect((await snapshotTag(scope, 'intern', undefined)).etag).not.toBe(a.etag);
		expect((await snapshotTag(scope, 'openbaar', ['DEELN'])).etag).not.toBe(a.etag);
		expect((await cachedSnapshot(scope, 'openbaar', ['TEV'])).rows).toBe(0);
	});

	it('changes when a suppression rule changes', async () => {
		const before = await dataVersion(scope);
		await db.updateTable('indicators').set({ min_n: 50 }).where('code', '=', 'DEELN').execute();
		expect(await dataVersion(scope)).not.toBe(before);
	});
});
