// Browser only: the wijk page's trend series, answered by DuckDB-WASM from the published snapshot.
import { scaled, type TrendPoint } from '../../charts/trend';
import { loadSnapshot, run } from './database';
import { seriesForAreas } from './queries';

/** Trend points per indicator code for a wijk (solid) against the city (dashed, scaled per indicator). */
export async function loadTrends(
	snapshotUrl: string,
	area: { code: string; name: string },
	city: { code: string; name: string },
	cityScales: Map<string, number>
): Promise<Map<string, TrendPoint[]>> {
	await loadSnapshot(snapshotUrl);
	const rows = await run(seriesForAreas([area.code, city.code]));
	const byIndicator = new Map<string, TrendPoint[]>();
	for (const row of rows) {
		const points = byIndicator.get(row.indicatorCode) ?? [];
		const isArea = row.areaCode === area.code;
		points.push({ period: row.period, area: isArea ? area.name : city.name, role: isArea ? 'wijk' : 'stad', value: isArea ? row.value : scaled(row.value, cityScales.get(row.indicatorCode) ?? 1) });
		byIndicator.set(row.indicatorCode, points);
	}
	return byIndicator;
}
