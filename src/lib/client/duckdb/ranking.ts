// Browser only: an indicator's ranking for another period, answered by DuckDB-WASM from the indicator's slice of the snapshot.
import { run } from './database';
import { sliceLoader } from './slices';
import { rankingForPeriod, type RankingRow } from './queries';

/** The values of `areaCodes` (wijken and the city) for one indicator and period. */
export async function loadRanking(snapshotUrl: string, indicatorCode: string, period: string, areaCodes: string[]): Promise<Map<string, RankingRow>> {
	await sliceLoader(snapshotUrl).ensure([indicatorCode]);
	const rows = await run(rankingForPeriod(indicatorCode, period, areaCodes));
	return new Map(rows.map((r) => [r.areaCode, r]));
}
