// Browser only: one indicator's values per wijk for a period (the ranking and the map), answered by
// DuckDB-WASM from the indicator's slice of the snapshot.
import { run } from './database';
import { periodsWithFigures, rankingForPeriod, type RankingRow } from './queries';
import { sliceLoader } from './slices';

/** The values of `areaCodes` (wijken and the city) for one indicator and period. */
export async function loadRanking(snapshotUrl: string, indicatorCode: string, period: string, areaCodes: string[]): Promise<Map<string, RankingRow>> {
	await sliceLoader(snapshotUrl).ensure([indicatorCode]);
	const rows = await run(rankingForPeriod(indicatorCode, period, areaCodes));
	return new Map(rows.map((r) => [r.areaCode, r]));
}

/** The periods with figures for `areaCodes`, oldest first. */
export async function loadPeriods(snapshotUrl: string, indicatorCode: string, areaCodes: string[]): Promise<string[]> {
	await sliceLoader(snapshotUrl).ensure([indicatorCode]);
	return run(periodsWithFigures(indicatorCode, areaCodes));
}
