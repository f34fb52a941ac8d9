// Browser only: the comparison answered by DuckDB-WASM from the chosen indicators' slices.
import { compareChart, type CompareArea, type CompareChartData, type CompareIndicator } from '../../charts/compare-chart';
import { rangeDates, type PeriodRange } from '../../domain/period-range';
import { run } from './database';
import { series } from './queries';
import { sliceLoader } from './slices';

/** One chart's data per indicator, in the order given. */
export async function loadComparison(
	snapshotUrl: string,
	indicators: CompareIndicator[],
	chosen: CompareArea[],
	range: PeriodRange,
	wijkCount: number
): Promise<CompareChartData[]> {
	if (indicators.length === 0 || chosen.length === 0) return [];
	const codes = indicators.map((i) => i.code);
	await sliceLoader(snapshotUrl).ensure(codes);
	const cells = await run(series(codes, chosen.map((a) => a.code), rangeDates(range)));
	return indicators.map((indicator) => compareChart(indicator, cells.filter((c) => c.indicatorCode === indicator.code), chosen, wijkCount));
}
