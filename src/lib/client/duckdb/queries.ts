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
		map: (row) => ({
			indicatorCode: String(row.indicator_code),
			areaCode: String(row.area_code),
			period: String(row.period),
			value: row.value === null ? null : Number(row.value),
			suppressed: Boolean(row.suppressed)
		})
	};
}
