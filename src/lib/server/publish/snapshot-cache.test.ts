import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import * as deliveries from '../db/deliveries';
import type { Scope } from '../db/scope';
import { publishDelivery, seedSmallGemeente, stores, testDb } from '../db/test-fixtures';
import { currentVersion } from './publication';
import { cachedSnapshot, snapshotEtag, snapshotUrl } from './snapshot-cache';
import { noteVersion } from './versioned-cache';

describe.each(stores)('on %s', (store) => {
	let db: Db;
	let scope: Scope;
	let organisationId: string;

	beforeAll(async () => {
		db = await testDb(store);
		// Caches are per process and keyed by gemeente: each store gets its own gemeente in this file.
		scope = { db, gemeente: store === 'sqlite' ? 'GM0001' : 'GM0003' };
		organisationId = (await seedSmallGemeente(scope)).organisationId;
	});
	afterAll(async () => db.destroy());

	const publish = async (value: number, period: string) => {
		const id = await deliveries.createDraft(scope, { organisationId, period, measurements: [{ indicatorCode: 'DEELN', areaCode: `WK${scope.gemeente.slice(2)}01`, period, value }] });
		await publishDelivery(scope, id, `${period.slice(0, 4)}-12-01T00:00:00Z`);
	};

	describe('cachedSnapshot', () => {
		it('serves the same snapshot for a version, and a new one for the next publication', async () => {
			await publish(40, '2024-Q1');
			const v1 = await currentVersion(scope);
			const a = await cachedSnapshot(scope, 'openbaar', v1);
			expect(a.version).toBe(v1);
			expect((await cachedSnapshot(scope, 'openbaar', v1)).bytes).toBe(a.bytes);
			await publish(50, '2025-Q1');
			const v2 = await currentVersion(scope);
			expect(v2).toBe(v1 + 1);
			const b = await cachedSnapshot(scope, 'openbaar', v2);
			expect(b.bytes).not.toBe(a.bytes);
			expect(b.rows).toBe(2);
			expect(Buffer.from(await b.gzipped()).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
		});

		it('never keeps cells under a version they do not belong to', async () => {
			const current = await currentVersion(scope);
			// Nobody asked for the raad snapshot of the previous version while it was current.
			const stale = await cachedSnapshot(scope, 'raad', current - 1);
			expect(stale.version).toBe(-1);
			expect((await cachedSnapshot(scope, 'raad', current - 1)).bytes).not.toBe(stale.bytes);
		});

		it('builds what was asked lately again in the background when a new publication appears', async () => {
			const before = await currentVersion(scope);
			noteVersion(scope, before);
			await cachedSnapshot(scope, 'partners', before, ['DEELN']);
			await publish(60, '2025-Q2');
			const next = await currentVersion(scope);
			noteVersion(scope, next);
			await new Promise((resolve) => setTimeout(resolve, 300));
			// Had it not been built already, it would be built now from cells that are gone.
			const kept = await db.selectFrom('published_cells').selectAll().where('gemeente_code', '=', scope.gemeente).execute();
			await db.deleteFrom('published_cells').where('gemeente_code', '=', scope.gemeente).execute();
			try {
				expect((await cachedSnapshot(scope, 'partners', next, ['DEELN'])).rows).toBe(3);
			} finally {
				await db.insertInto('published_cells').values(kept).execute();
			}
		});

		it('slices by indicator', async () => {
			expect((await cachedSnapshot(scope, 'openbaar', await currentVersion(scope), ['TEV'])).rows).toBe(0);
		});
	});

	it('names snapshots by gemeente, audience, version and slice', () => {
		expect(snapshotUrl('GM0001', 'raad', 7)).toBe('/api/snapshot/GM0001/raad/7');
		const tag = snapshotEtag('GM0001', 'openbaar', 7, undefined);
		expect(snapshotEtag('GM0001', 'openbaar', 7, undefined)).toBe(tag);
		expect(snapshotEtag('GM0001', 'intern', 7, undefined)).not.toBe(tag);
		expect(snapshotEtag('GM0001', 'openbaar', 8, undefined)).not.toBe(tag);
		expect(snapshotEtag('GM0001', 'openbaar', 7, ['DEELN'])).not.toBe(tag);
	});
});
