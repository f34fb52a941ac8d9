// Browser only: the wijk page's figures answered by DuckDB-WASM: the wijk, the city (scaled) and the other
// wijken faintly, within the chosen period range. Each figure asks for its own indicator's slice.
import { otherPoints, toTrendPoints, type TrendPoint } from '../../charts/trend';
import { cityComparisonName, cityLineLabel } from '../../domain/comparison';
import { figureRows, type FigureRow } from '../../domain/figure';
import type { Margin } from '../../domain/margin';
import { rangeDates, type PeriodRange } from '../../domain/period-range';
import { run } from './database';
export { connect, reachable } from './database';
import { series } from './queries';
import { sliceLoader } from './slices';

export interface LiveFigure {
	rows: FigureRow[];
	points: TrendPoint[];
}

/** The live figure of one indicator: the city on the area's scale (`cityScale`), survey points with their `margin`. */
export type FigureSource = (indicatorCode: string, cityScale: number, margin?: (value: number | null, n: number | null) => Margin | null) => Promise<LiveFigure>;

interface Places {
	area: { code: string; name: string };
	city: { code: string; name: string };
	wijken: { code: string; name: string }[];
}

/** Loads the first indicators' slices; resolves when DuckDB-WASM answers, rejects when it cannot. */
export async function startFigures(snapshotUrl: string, firstCodes: string[]): Promise<void> {
	await sliceLoader(snapshotUrl).ensure(firstCodes);
	await run(series(firstCodes.slice(0, 1), null));
}

/** A source of live figures for one period range. */
export function figureSource(snapshotUrl: string, places: Places, range: PeriodRange): FigureSource {
	const names = new Map(places.wijken.map((w) => [w.code, w.name]));
	const dates = rangeDates(range);
	return async (indicatorCode, cityScale, margin) => {
		await sliceLoader(snapshotUrl).ensure([indicatorCode]);
		const cells = await run(series([indicatorCode], null, dates));
		const rows = figureRows(cells, places.area.code, places.city.code, cityScale);
		const city = { name: cityComparisonName(places.city.name, places.area.name, cityScale), label: cityLineLabel(places.city.name, cityScale) };
		return {
			rows,
			points: [...otherPoints(cells, [places.area.code, places.city.code], (code) => names.get(code)), ...toTrendPoints(rows, places.area.name, city, margin)]
		};
	};
}
