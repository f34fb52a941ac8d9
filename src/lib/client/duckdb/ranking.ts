// Browser only: an indicator's ranking for another period, answered by DuckDB-WASM from the snapshot.
import { loadSnapshot, run } from './database';
import { rankingForPeriod, type RankingRow } from './queries';

/** The values of `areaCodes` (wijken and the city) for one indicator and period. */
export async function loadRanking(snapshotUrl: string, indicatorCode: string, period: string, areaCodes: string[]): Promise<Map<string, RankingRow>> {
	await loadSnapshot(snapshotUrl);
	const rows = await run(rankingForPeriod(indicatorCode, period, areaCodes));
	return new Map(rows.map((r) => [r.areaCode, r]));
}
