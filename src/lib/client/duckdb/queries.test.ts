import { tableToIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
// The browser's SQL is checked against the server's own snapshot format, so these two imports cross the line.
// eslint-disable-next-line no-restricted-imports
import type { VisibleMeasurement } from '../../server/publish/figures';
// eslint-disable-next-line no-restricted-imports
import { toSnapshotTable } from '../../server/publish/snapshot';
import { nodeDuckDB } from '../../testing/duckdb-node';
import { rankingForPeriod, series } from './queries';

let run: <Row>(q: { sql: string; params: (string | number)[]; map: (r: Record<string, unknown>) => Row }) => Row[];

const row = (indicatorCode: string, areaCode: string, period: string, periodStart: string, periodEnd: string, value: number | null, suppressed = false): VisibleMeasurement => ({
	indicatorCode,
	areaCode,
	period,
	periodStart,
	periodEnd,
	value,
	suppressed,
	protectsOther: false,
	missingReason: value === null && !suppressed ? 'Niet geteld' : null,
	n: null,
	toelichting: null,
	organisation: 'Org',
	publishedAt: null
});

beforeAll(async () => {
	const duck = await nodeDuckDB();
	const conn = duck.connect();
	conn.query('drop table if exists measurements');
	// Two slices, as the browser loads them: the first creates the table, the second appends.
	const first = [
		row('X', 'WK01', '2025-Q2', '2025-04-01', '2025-06-30', 12),
		row('X', 'WK01', '2025-Q1', '2025-01-01', '2025-03-31', 10),
		row('X', 'GM01', '2025-Q1', '2025-01-01', '2025-03-31', 100),
		row('X', 'WK02', '2025-Q1', '2025-01-01', '2025-03-31', null, true),
		row('X', 'WK02', '2025-Q2', '2025-04-01', '2025-06-30', null)
	];
	conn.insertArrowFromIPCStream(tableToIPC(toSnapshotTable(first), 'stream'), { name: 'measurements', create: true });
	conn.insertArrowFromIPCStream(tableToIPC(toSnapshotTable([row('Y', 'WK01', '2025', '2025-01-01', '2025-12-31', 7.5)]), 'stream'), { name: 'measurements', create: false });
	run = (q) => {
		const statement = conn.prepare(q.sql);
		const result = statement.query(...q.params).toArray().map((r) => q.map(r.toJSON()));
		statement.close();
		return result;
	};
});

describe('series', () => {
	it('builds parameterised SQL without splicing values', () => {
		const q = series(['X', 'Y'], ['WK01', "x'); drop table measurements; --"], { from: '2025-02-01', to: '2025-12-31' });
		expect(q.sql).toMatchInlineSnapshot(`
			"select indicator_code, area_code, period, value, n, suppressed, protects_other, missing_reason
			from measurements
			where indicator_code in (?, ?)
			  and area_code in (?, ?)
			  and period_start >= ?
			  and period_end <= ?
			order by indicator_code, area_code, period_start, period"
		`);
		expect(q.params).toEqual(['X', 'Y', 'WK01', "x'); drop table measurements; --", '2025-02-01', '2025-12-31']);
		expect(run(q)).toEqual([{ indicatorCode: 'X', areaCode: 'WK01', period: '2025-Q2', value: 12, n: null, suppressed: false, protectsOther: false, missingReason: null }]);
	});

	it('answers from appended slices, every area when none is named, in time order', () => {
		expect(run(series(['X', 'Y'], ['WK01', 'GM01'])).map((r) => [r.indicatorCode, r.areaCode, r.period, r.value])).toEqual([
			['X', 'GM01', '2025-Q1', 100],
			['X', 'WK01', '2025-Q1', 10],
			['X', 'WK01', '2025-Q2', 12],
			['Y', 'WK01', '2025', 7.5]
		]);
		expect(run(series(['X'], null)).map((r) => r.areaCode)).toEqual(['GM01', 'WK01', 'WK01', 'WK02', 'WK02']);
		expect(run(series(['X'], ['WK02']))).toEqual([
			{ indicatorCode: 'X', areaCode: 'WK02', period: '2025-Q1', value: null, n: null, suppressed: true, protectsOther: false, missingReason: null },
			{ indicatorCode: 'X', areaCode: 'WK02', period: '2025-Q2', value: null, n: null, suppressed: false, protectsOther: false, missingReason: 'Niet geteld' }
		]);
		expect(run(series(['X'], ["x'); drop table measurements; --"]))).toEqual([]);
	});

	it('refuses an empty list', () => {
		expect(() => series([], null)).toThrow(/at least one/);
		expect(() => series(['X'], [])).toThrow(/at least one/);
	});
});

describe('rankingForPeriod', () => {
	it('builds parameterised SQL', () => {
		const q = rankingForPeriod('X', '2025-Q1', ['WK01', 'WK02']);
		expect(q.sql).toMatchInlineSnapshot(`
			"select area_code, value, n, suppressed, protects_other, missing_reason
			from measurements
			where indicator_code = ? and period = ? and area_code in (?, ?)
			order by value desc nulls last, area_code"
		`);
		expect(q.params).toEqual(['X', '2025-Q1', 'WK01', 'WK02']);
	});
	it('ranks highest first with hidden values last', () => {
		expect(run(rankingForPeriod('X', '2025-Q1', ['WK01', 'WK02', 'GM01'])).map((r) => [r.areaCode, r.value, r.suppressed])).toEqual([
			['GM01', 100, false],
			['WK01', 10, false],
			['WK02', null, true]
		]);
	});
});
