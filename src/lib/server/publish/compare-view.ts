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
import { compareStories, type CompareStory } from '../../domain/compare-stories';
import * as stories from '../db/stories';
import type { FigureNote } from '../../domain/figure';
import * as notes from '../db/notes';
import { toFigureNote } from '../duiding/figures';
import { listVisible } from './figures';
import { renderFitted } from './render';
import type { CsvCell } from '../../domain/csv';
import { toCompareTable } from '../../domain/compare-csv';

export type CompareChart = Omit<CompareChartData, 'points'> & {
	svg: string;
	notes: (FigureNote & { areaName: string })[];
	stories: (CompareStory & { areaName: string })[];
};

/** The stories the viewer may read that belong to one wijk and at least one indicator: what a comparison can show. */
export async function listCompareStories(scope: Scope, viewer: Viewer): Promise<CompareStory[]> {
	const readable = await stories.listReadable(scope, viewer);
	return readable.flatMap((s) =>
		s.areaCode && s.indicatorCodes.length ? [{ id: s.id, title: s.title, type: s.type, period: s.period, areaCode: s.areaCode, indicatorCodes: s.indicatorCodes }] : []
	);
}

type ChartData = ReturnType<typeof compareChart>;

/** The compared numbers per chosen indicator (in selection order), as the viewer may see them. */
async function compareData(scope: Scope, viewer: Viewer, selection: CompareSelection, catalogue: IndicatorWithDefinition[], areas: Area[]): Promise<ChartData[]> {
	const chosen = chosenAreas(selection, areas);
	const wijkCount = areas.filter((a) => a.level === 'wijk').length;
	const measured = await listVisible(scope, viewer.audience, { indicatorCodes: selection.indicators, areaCodes: chosen.map((a) => a.code) });
	return selection.indicators.flatMap((code) => {
		const indicator = catalogue.find((i) => i.code === code);
		if (!indicator) return [];
		const cells = measured.filter((m) => m.indicatorCode === code && inRange(m.period, selection));
		const compared = { code, name: indicator.name, unit: indicator.unit, minN: indicator.minN, definition: indicator.definition, source: indicator.source, kind: indicator.kind };
		return [compareChart(compared, cells, chosen, wijkCount)];
	});
}

/** Builds one chart per indicator for the selected areas and period range, with its notes and `readableStories`. */
export async function compareView(
	scope: Scope,
	viewer: Viewer,
	selection: CompareSelection,
	catalogue: IndicatorWithDefinition[],
	areas: Area[],
	readableStories: CompareStory[]
): Promise<CompareChart[]> {
	const chosen = chosenAreas(selection, areas);
	const [charts, readableNotes] = await Promise.all([
		compareData(scope, viewer, selection, catalogue, areas),
		notes.listReadable(scope, viewer, { areaCodes: chosen.map((a) => a.code) })
	]);
	return charts.map(({ points, ...chart }) => {
		const { code, name, unit } = chart.indicator;
		const names = chart.areas.map((a) => a.name);
		const figureNotes = compareNotes(readableNotes.map((n) => ({ ...toFigureNote(n, viewer), indicatorCode: n.indicatorCode, areaCode: n.areaCode })), code, chart.areas, selection);
		const pins = comparePins(figureNotes);
		const svg = renderFitted((document, width) => comparePlot(points, { areas: names, width, unit, label: `${name}: ${names.join(', ')}`, notes: pins, document }), 640);
		return { ...chart, svg, notes: figureNotes, stories: compareStories(readableStories, code, chart.areas, selection) };
	});
}

/** The compared numbers of one indicator as CSV rows (header first): what the chart and its table show. */
export async function compareCsv(scope: Scope, viewer: Viewer, selection: CompareSelection, indicator: IndicatorWithDefinition, areas: Area[]): Promise<CsvCell[][]> {
	const [chart] = await compareData(scope, viewer, { ...selection, indicators: [indicator.code] }, [indicator], areas);
	return chart ? toCompareTable(chart) : [];
}
