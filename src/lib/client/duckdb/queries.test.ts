import { Bool, Float64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDuckDB } from '../../testing/duckdb-node';
import { rankingForPeriod, seriesForAreas, seriesForComparison } from './queries';

let run: <Row>(q: { sql: string; params: (string | number)[]; map: (r: Record<string, unknown>) => Row }) => Row[];

beforeAll(async () => {
	const duck = await nodeDuckDB();
	const conn = duck.connect();
	const rows = [
		['X', 'WK01', '2025-Q2', '2025-04-01', 12, false],
		['X', 'WK01', '2025-Q1', '2025-01-01', 10, false],
		['X', 'GM01', '2025-Q1', '2025-01-01', 100, false],
		['X', 'WK02', '2025-Q1', '2025-01-01', null, true],
		['Y', 'WK01', '2025', '2025-01-01', 7.5, false]
	] as const;
	const table = new Table({
		indicator_code: vectorFromArray(rows.map((r) => r[0]), new Utf8()),
		area_code: vectorFromArray(rows.map((r) => r[1]), new Utf8()),
		period: vectorFromArray(rows.map((r) => r[2]), new Utf8()),
		period_start: vectorFromArray(rows.map((r) => r[3]), new Utf8()),
		value: vectorFromArray(rows.map((r) => r[4]), new Float64()),
		suppressed: vectorFromArray(rows.map((r) => r[5]), new Bool())
	});
	conn.query('drop table if exists measurements');
	conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name: 'measurements' });
	run = (q) => {
		const statement = conn.prepare(q.sql);
		const result = statement.query(...q.params).toArray().map((r) => q.map(r.toJSON()));
		statement.close();
		return result;
	};
});

describe('seriesForAreas', () => {
	it('builds parameterised SQL without splicing values', () => {
		const q = seriesForAreas(['WK01', "x'); drop table measurements; --"]);
		expect(q.sql).toMatchInlineSnapshot(`
			"select indicator_code, area_code, period, value, suppressed
			from measurements
			where area_code in (?, ?)
			order by indicator_code, area_code, period_start, period"
		`);
		expect(q.params).toEqual(['WK01', "x'); drop table measurements; --"]);
	});

	it('returns the areas’ rows in time order from DuckDB-WASM', () => {
		expect(run(seriesForAreas(['WK01', 'GM01']))).toEqual([
			{ indicatorCode: 'X', areaCode: 'GM01', period: '2025-Q1', value: 100, suppressed: false },
			{ indicatorCode: 'X', areaCode: 'WK01', period: '2025-Q1', value: 10, suppressed: false },
			{ indicatorCode: 'X', areaCode: 'WK01', period: '2025-Q2', value: 12, suppressed: false },
			{ indicatorCode: 'Y', areaCode: 'WK01', period: '2025', value: 7.5, suppressed: false }
		]);
		expect(run(seriesForAreas(["x'); drop table measurements; --"]))).toEqual([]);
		expect(run(seriesForAreas(['WK02']))).toEqual([{ indicatorCode: 'X', areaCode: 'WK02', period: '2025-Q1', value: null, suppressed: true }]);
	});

	it('refuses an empty area list', () => {
		expect(() => seriesForAreas([])).toThrow(/at least one/);
	});
});

describe('rankingForPeriod', () => {
	it('builds parameterised SQL', () => {
		const q = rankingForPeriod('X', '2025-Q1', ['WK01', 'WK02']);
		expect(q.sql).toMatchInlineSnapshot(`
			"select area_code, value, suppressed
			from measurements
			where indicator_code = ? and period = ? and area_code in (?, ?)
			order by value desc nulls last, area_code"
		`);
		expect(q.params).toEqual(['X', '2025-Q1', 'WK01', 'WK02']);
	});
	it('ranks highest first with hidden values last', () => {
		expect(run(rankingForPeriod('X', '2025-Q1', ['WK01', 'WK02', 'GM01']))).toEqual([
			{ areaCode: 'GM01', value: 100, suppressed: false },
			{ areaCode: 'WK01', value: 10, suppressed: false },
			{ areaCode: 'WK02', value: null, suppressed: true }
		]);
	});
});

describe('seriesForComparison', () => {
	it('filters indicators, areas and the period range', () => {
		const q = seriesForComparison(['X', 'Y'], ['WK01'], { from: '2025-02-01', to: null });
		expect(q.sql).toMatchInlineSnapshot(`
			"select indicator_code, area_code, period, value, suppressed
			from measurements
			where indicator_code in (?, ?)
			  and area_code in (?)
			  and period_start >= ?
			order by indicator_code, area_code, period_start, period"
		`);
		expect(run(q)).toEqual([
			{ indicatorCode: 'X', areaCode: 'WK01', period: '2025-Q2', value: 12, suppressed: false }
		]);
		expect(run(seriesForComparison(['X', 'Y'], ['WK01'], { from: null, to: null }))).toHaveLength(3);
	});
});
