import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDuckDB } from '../../testing/duckdb-node';
import type { Db } from '../db/client';
import * as deliveries from '../db/deliveries';
import type { Scope } from '../db/scope';
import { stores, testDb, seedSmallGemeente, publishDelivery } from '../db/test-fixtures';
import { buildSnapshot } from './snapshot';

describe.each(stores)('on %s', (store) => {

	let db: Db;
	let scope: Scope;

	beforeAll(async () => {
		db = await testDb(store);
		scope = { db, gemeente: 'GM0001' };
		const other: Scope = { db, gemeente: 'GM0002' };
		const { organisationId } = await seedSmallGemeente(scope);
		const { organisationId: otherOrg } = await seedSmallGemeente(other);
		const published = await deliveries.createDraft(scope, {
			organisationId,
			period: '2025-Q1',
			measurements: [
				{ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2025-Q1', value: 40 },
				{ indicatorCode: 'DEELN', areaCode: 'WK000102', period: '2025-Q1', value: 3, toelichting: 'Drie deelnemers, allemaal uit één straat.' },
				{ indicatorCode: 'DEELN', areaCode: 'GM0001', period: '2025-Q1', value: 43 },
				{ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2025-Q2', value: null, missingReason: 'Systeem vervangen' },
				{ indicatorCode: 'TEV', areaCode: 'WK000101', period: '2025-H1', value: 7.4, n: 25 },
				{ indicatorCode: 'TEV', areaCode: 'WK000102', period: '2025-H1', value: 8.1, n: 6 }
			]
		});
		await publishDelivery(scope, published);
		await deliveries.createDraft(scope, {
			organisationId,
			period: '2025-Q3',
			measurements: [{ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2025-Q3', value: 999 }]
		});
		const elsewhere = await deliveries.createDraft(other, {
			organisationId: otherOrg,
			period: '2025-Q1',
			measurements: [{ indicatorCode: 'DEELN', areaCode: 'WK000201', period: '2025-Q1', value: 777 }]
		});
		await publishDelivery(other, elsewhere);
	});
	afterAll(async () => db.destroy());

	describe('buildSnapshot', () => {
		it('round-trips through DuckDB-WASM with the same numbers, drafts and other gemeenten left out', async () => {
			const snapshot = await buildSnapshot(scope, 'openbaar');
			const duck = await nodeDuckDB();
			const conn = duck.connect();
			conn.query('drop table if exists measurements');
			conn.insertArrowFromIPCStream(snapshot.bytes, { name: 'measurements' });
			const rows = conn
				.query(
					`select indicator_code, area_code, period, value, n, missing_reason, suppressed, protects_other
					 from measurements order by indicator_code, area_code, period`
				)
				.toArray()
				.map((r) => ({ ...r.toJSON() }));
			conn.close();
			expect(rows).toEqual([
				{ indicator_code: 'DEELN', area_code: 'GM0001', period: '2025-Q1', value: 43, n: null, missing_reason: null, suppressed: false, protects_other: false },
				// hidden as well, to protect the small cell: with the city total, 40 would give it away (43 - 40 = 3)
				{ indicator_code: 'DEELN', area_code: 'WK000101', period: '2025-Q1', value: null, n: null, missing_reason: null, suppressed: true, protects_other: true },
				{ indicator_code: 'DEELN', area_code: 'WK000101', period: '2025-Q2', value: null, n: null, missing_reason: 'Systeem vervangen', suppressed: false, protects_other: false },
				{ indicator_code: 'DEELN', area_code: 'WK000102', period: '2025-Q1', value: null, n: null, missing_reason: null, suppressed: true, protects_other: false },
				{ indicator_code: 'TEV', area_code: 'WK000101', period: '2025-H1', value: 7.4, n: 25, missing_reason: null, suppressed: false, protects_other: false },
				{ indicator_code: 'TEV', area_code: 'WK000102', period: '2025-H1', value: null, n: null, missing_reason: null, suppressed: true, protects_other: false }
			]);
			expect(snapshot.rows).toBe(6);
		});

		it('does not carry a suppressed value, its n or its toelichting anywhere in the bytes', async () => {
			const { bytes } = await buildSnapshot(scope, 'openbaar');
			const table = tableFromIPC(bytes);
			const numbers = [...table.getChild('value')!.toArray(), ...table.getChild('n')!.toArray()];
			for (const secret of [3, 40, 8.1, 6]) expect(numbers).not.toContain(secret);
			expect(Buffer.from(bytes).includes('Drie deelnemers')).toBe(false);
		});

		it('gives internal staff the small cells', async () => {
			const table = tableFromIPC((await buildSnapshot(scope, 'intern')).bytes);
			expect([...table.getChild('value')!.toArray()]).toContain(8.1);
		});

		it('slices by indicator', async () => {
			const table = tableFromIPC((await buildSnapshot(scope, 'openbaar', ['TEV'])).bytes);
			expect([...table.getChild('indicator_code')!.toArray()]).toEqual(['TEV', 'TEV']);
		});
	});
});
