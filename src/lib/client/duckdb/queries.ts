// Pure SQL builders for the browser's DuckDB: SQL text with `?` placeholders plus parameters, never
// values spliced into the text. `map` turns DuckDB's row into a plain typed object.

export interface Query<Row> {
	sql: string;
	params: (string | number)[];
	map: (row: Record<string, unknown>) => Row;
}

export interface SeriesRow {
	indicatorCode: string;
	areaCode: string;
	period: string;
	value: number | null;
	suppressed: boolean;
}

/** Every published value for the given areas (a wijk and the city), ordered by indicator, area and time. */
export function seriesForAreas(areaCodes: string[]): Query<SeriesRow> {
	if (areaCodes.length === 0) throw new Error('seriesForAreas needs at least one area code');
	const placeholders = areaCodes.map(() => '?').join(', ');
	return {
		sql: `select indicator_code, area_code, period, value, suppressed
from measurements
where area_code in (${placeholders})
order by indicator_code, area_code, period_start, period`,
		params: areaCodes,
		map: toSeriesRow
	};
}

function toSeriesRow(row: Record<string, unknown>): SeriesRow {
	return {
		indicatorCode: String(row.indicator_code),
		areaCode: String(row.area_code),
		period: String(row.period),
		value: row.value === null ? null : Number(row.value),
		suppressed: Boolean(row.suppressed)
	};
}

export interface RankingRow {
	areaCode: string;
	value: number | null;
	suppressed: boolean;
}

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

/** One indicator's values for one period in the given areas, highest first, areas without a value last. */
export function rankingForPeriod(indicatorCode: string, period: string, areaCodes: string[]): Query<RankingRow> {
	if (areaCodes.length === 0) throw new Error('rankingForPeriod needs at least one area code');
	return {
		sql: `select area_code, value, suppressed
from measurements
where indicator_code = ? and period = ? and area_code in (${placeholders(areaCodes)})
order by value desc nulls last, area_code`,
		params: [indicatorCode, period, ...areaCodes],
		map: (row) => ({ areaCode: String(row.area_code), value: row.value === null ? null : Number(row.value), suppressed: Boolean(row.suppressed) })
	};
}

/** Values of some indicators for some areas within an optional period range (ISO dates of period starts/ends). */
export function seriesForComparison(indicatorCodes: string[], areaCodes: string[], range: { from: string | null; to: string | null }): Query<SeriesRow> {
	if (indicatorCodes.length === 0 || areaCodes.length === 0) throw new Error('seriesForComparison needs indicators and areas');
	const conditions = [`indicator_code in (${placeholders(indicatorCodes)})`, `area_code in (${placeholders(areaCodes)})`];
	const params: string[] = [...indicatorCodes, ...areaCodes];
	if (range.from) {
		conditions.push('period_start >= ?');
		params.push(range.from);
	}
	if (range.to) {
		conditions.push('period_start <= ?');
		params.push(range.to);
	}
	return {
		sql: `select indicator_code, area_code, period, value, suppressed
from measurements
where ${conditions.join('\n  and ')}
order by indicator_code, area_code, period_start, period`,
		params,
		map: toSeriesRow
	};
}
