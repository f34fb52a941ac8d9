import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import * as deliveries from '../db/deliveries';
import type { Scope } from '../db/scope';
import { memoryDb, seedSmallGemeente } from '../db/test-fixtures';
import { latestPeriods, listVisible } from './figures';
import { ensurePublished } from './published-cells';

let db: Db;
let scope: Scope;
let organisationId: string;

const publish = async (period: string, measurements: deliveries.MeasurementInput[], at: string) => {
	const id = await deliveries.createDraft(scope, { organisationId, period, measurements });
	await deliveries.publish(scope, id, at);
	return id;
};

beforeAll(async () => {
	db = await memoryDb();
	scope = { db, gemeente: 'GM0001' };
	organisationId = (await seedSmallGemeente(scope)).organisationId;
	await seedSmallGemeente({ db, gemeente: 'GM0002' });
});
afterAll(async () => db.destroy());

describe('published cells', () => {
	it('are rewritten when a correction is published, and only then', async () => {
		await publish(
			'2025-Q1',
			[
				{ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2025-Q1', value: 40 },
				{ indicatorCode: 'DEELN', areaCode: 'WK000102', period: '2025-Q1', value: 30 },
				{ indicatorCode: 'DEELN', areaCode: 'GM0001', period: '2025-Q1', value: 70 }
			],
			'2025-04-10T00:00:00Z'
		);
		const v1 = await ensurePublished(scope);
		expect(await ensurePublished(scope)).toBe(v1);
		expect((await listVisible(scope, 'openbaar')).map((m) => [m.areaCode, m.value, m.suppressed])).toEqual([
			['GM0001', 70, false],
			['WK000101', 40, false],
			['WK000102', 30, false]
		]);

		// The correction makes WK000102 a small cell; WK000101 must then go too, or 70 - 67 would give it away.
		await publish(
			'2025-Q1',
			[
				{ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2025-Q1', value: 67 },
				{ indicatorCode: 'DEELN', areaCode: 'WK000102', period: '2025-Q1', value: 3 },
				{ indicatorCode: 'DEELN', areaCode: 'GM0001', period: '2025-Q1', value: 70 }
			],
			'2025-05-01T00:00:00Z'
		);
		expect(await ensurePublished(scope)).not.toBe(v1);
		expect((await listVisible(scope, 'partners')).map((m) => [m.areaCode, m.value, m.suppressed])).toEqual([
			['GM0001', 70, false],
			['WK000101', null, true],
			['WK000102', null, true]
		]);
		expect((await listVisible(scope, 'intern')).map((m) => m.value)).toEqual([70, 67, 3]);
	});

	it('filter by area and indicator, and never read another gemeente', async () => {
		expect((await listVisible(scope, 'intern', { areaCodes: ['WK000102'] })).map((m) => m.value)).toEqual([3]);
		expect(await listVisible(scope, 'intern', { indicatorCodes: ['TEV'] })).toEqual([]);
		expect(await listVisible({ db, gemeente: 'GM0002' }, 'intern')).toEqual([]);
	});

	it('know the latest period per indicator and area', async () => {
		await publish('2025-Q2', [{ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2025-Q2', value: null, missingReason: 'Geen activiteiten' }], '2025-07-01T00:00:00Z');
		const latest = await latestPeriods(scope);
		expect(latest.get('DEELN|WK000101')).toBe('2025-Q2');
		expect(latest.get('DEELN|WK000102')).toBe('2025-Q1');
	});
});
