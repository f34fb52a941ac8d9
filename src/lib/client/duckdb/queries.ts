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
	/** Respondents behind a survey figure; null when unknown or hidden. */
	n: number | null;
	suppressed: boolean;
	/** Hidden only to protect a small cell elsewhere. */
	protectsOther: boolean;
	missingReason: string | null;
}

/** A period range as ISO dates: periods that start on or after `from` and end on or before `to`. */
export interface DateRange {
	from: string | null;
	to: string | null;
}

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

function toSeriesRow(row: Record<string, unknown>): SeriesRow {
	return {
		indicatorCode: String(row.indicator_code),
		areaCode: String(row.area_code),
		period: String(row.period),
		value: row.value === null ? null : Number(row.value),
		n: row.n === null || row.n === undefined ? null : Number(row.n),
		suppressed: Boolean(row.suppressed),
		protectsOther: Boolean(row.protects_other),
		missingReason: row.missing_reason === null ? null : String(row.missing_reason)
	};
}

/**
 * Values of some indicators, for some areas (null: every area), within a period range, ordered by
 * indicator, area and time.
 */
export function series(indicatorCodes: string[], areaCodes: string[] | null, range: DateRange = { from: null, to: null }): Query<SeriesRow> {
	if (indicatorCodes.length === 0 || areaCodes?.length === 0) throw new Error('series needs at least one indicator and area');
	const conditions = [`indicator_code in (${placeholders(indicatorCodes)})`];
	const params: string[] = [...indicatorCodes];
	if (areaCodes) {
		conditions.push(`area_code in (${placeholders(areaCodes)})`);
		params.push(...areaCodes);
	}
	if (range.from) {
		conditions.push('period_start >= ?');
		params.push(range.from);
	}
	if (range.to) {
		conditions.push('period_end <= ?');
		params.push(range.to);
	}
	return {
		sql: `select indicator_code, area_code, period, value, n, suppressed, protects_other, missing_reason
from measurements
where ${conditions.join('\n  and ')}
order by indicator_code, area_code, period_start, period`,
		params,
		map: toSeriesRow
	};
}

export interface RankingRow {
	areaCode: string;
	value: number | null;
	n: number | null;
	suppressed: boolean;
	protectsOther: boolean;
	missingReason: string | null;
}

/** One indicator's values for one period in the given areas, highest first, areas without a value last. */
export function rankingForPeriod(indicatorCode: string, period: string, areaCodes: string[]): Query<RankingRow> {
	if (areaCodes.length === 0) throw new Error('rankingForPeriod needs at least one area code');
	return {
		sql: `select area_code, value, n, suppressed, protects_other, missing_reason
from measurements
where indicator_code = ? and period = ? and area_code in (${placeholders(areaCodes)})
order by value desc nulls last, area_code`,
		params: [indicatorCode, period, ...areaCodes],
		map: (row) => ({
			areaCode: String(row.area_code),
			value: row.value === null ? null : Number(row.value),
			n: row.n === null || row.n === undefined ? null : Number(row.n),
			suppressed: Boolean(row.suppressed),
			protectsOther: Boolean(row.protects_other),
			missingReason: row.missing_reason === null ? null : String(row.missing_reason)
		})
	};
}

/** The periods in which some areas have a figure for one indicator, oldest first. */
export function periodsWithFigures(indicatorCode: string, areaCodes: string[]): Query<string> {
	if (areaCodes.length === 0) throw new Error('periodsWithFigures needs at least one area code');
	return {
		sql: `select period, min(period_start) as start, min(period_end) as finish
from measurements
where indicator_code = ? and area_code in (${placeholders(areaCodes)})
group by period
order by start, finish`,
		params: [indicatorCode, ...areaCodes],
		map: (row) => String(row.period)
	};
}
