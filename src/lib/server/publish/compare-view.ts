// The comparison: for each chosen indicator, the chosen areas as lines over the chosen period range,
// with a table of the same numbers, drawn on the server.
import { comparePlot } from '../../charts/compare';
import { chosenAreas, compareChart, type CompareChartData } from '../../charts/compare-chart';
import type { CompareSelection } from '../../domain/compare-selection';
import { inRange } from '../../domain/period-range';
import type { Viewer } from '../../domain/roles';
import type { Area } from '../db/areas';
import type { IndicatorWithDefinition } from '../db/indicators';
import type { Scope } from '../db/scope';
import { compareNotes, comparePins } from '../../domain/compare-notes';
import type { FigureNote } from '../../domain/figure';
import * as notes from '../db/notes';
import { toFigureNote } from '../duiding/figures';
import { listVisible } from './figures';
import { renderFitted } from './render';

export type CompareChart = Omit<CompareChartData, 'points'> & { svg: string; notes: (FigureNote & { areaName: string })[] };

/** Builds one chart per indicator for the selected areas and period range. */
export async function compareView(
	scope: Scope,
	viewer: Viewer,
	selection: CompareSelection,
	catalogue: IndicatorWithDefinition[],
	areas: Area[]
): Promise<CompareChart[]> {
	const chosen = chosenAreas(selection, areas);
	const wijkCount = areas.filter((a) => a.level === 'wijk').length;
	const [measured, readableNotes] = await Promise.all([
		listVisible(scope, viewer.audience, { indicatorCodes: selection.indicators, areaCodes: chosen.map((a) => a.code) }),
		notes.listReadable(scope, viewer, { areaCodes: chosen.map((a) => a.code) })
	]);
	return selection.indicators.flatMap((code) => {
		const indicator = catalogue.find((i) => i.code === code);
		if (!indicator) return [];
		const cells = measured.filter((m) => m.indicatorCode === code && inRange(m.period, selection));
		const { points, ...chart } = compareChart(
			{ code, name: indicator.name, unit: indicator.unit, minN: indicator.minN, definition: indicator.definition, source: indicator.source, kind: indicator.kind },
			cells,
			chosen,
			wijkCount
		);
		const names = chart.areas.map((a) => a.name);
		const figureNotes = compareNotes(readableNotes.map((n) => ({ ...toFigureNote(n, viewer), indicatorCode: n.indicatorCode, areaCode: n.areaCode })), code, chart.areas, selection);
		const pins = comparePins(figureNotes);
		const svg = renderFitted((document, width) => comparePlot(points, { areas: names, width, unit: indicator.unit, label: `${indicator.name}: ${names.join(', ')}`, notes: pins, document }), 640);
		return [{ ...chart, svg, notes: figureNotes }];
	});
}
