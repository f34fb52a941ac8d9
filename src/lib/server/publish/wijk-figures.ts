// Assembles the figures of one wijk for an audience: values (suppressed where needed), the indicator's
// definition, the latest toelichting, readable notes and stories, and the chart drawn on the server.
import { chartOptions, toTrendPoints, trendPlot } from '../../charts/trend';
import { cityScale } from '../../domain/comparison';
import { comparePeriods, requirePeriod, toPeriodCode } from '../../domain/periods';
import type { Figure, FigureRow } from '../../domain/figure';
import type { Viewer } from '../../domain/roles';
import type { Area } from '../db/areas';
import * as indicators from '../db/indicators';
import * as notes from '../db/notes';
import type { Scope } from '../db/scope';
import * as stories from '../db/stories';
import { cellOf, listVisible } from './figures';
import { renderToString } from './render';

export const CHART_WIDTH = 640;

/** Every indicator's figure for `area` against `city` as `viewer` may see it, in catalogue order. */
export async function figuresForArea(scope: Scope, viewer: Viewer, area: Area, city: Area): Promise<Figure[]> {
	const [catalogue, measured, readableNotes, readableStories] = await Promise.all([
		indicators.list(scope),
		listVisible(scope, viewer.audience, { areaCodes: [area.code, city.code] }),
		notes.listReadable(scope, viewer, { areaCodes: [area.code] }),
		stories.listReadable(scope, viewer, { areaCode: area.code })
	]);

	return catalogue.map((indicator) => {
		const own = measured.filter((m) => m.indicatorCode === indicator.code);
		const periods = [...new Set(own.map((m) => m.period))].map(requirePeriod).sort(comparePeriods).map(toPeriodCode);
		const rows: FigureRow[] = periods.map((period) => {
			const a = own.find((m) => m.period === period && m.areaCode === area.code);
			const c = own.find((m) => m.period === period && m.areaCode === city.code);
			return { period, area: cellOf(a), city: cellOf(c) };
		});
		const lastPeriod = rows.findLast((r) => r.area !== null)?.period;
		const last = own.find((m) => m.areaCode === area.code && m.period === lastPeriod);
		const definitionChanges = indicator.definitions.slice(1).map((d) => ({ validFrom: d.validFrom, note: d.changeNote }));
		const label = `${indicator.name} in ${area.name} en ${city.name}`;
		const scale = cityScale(indicator.unit, area.population, city.population);
		const figureNotes = readableNotes.filter((n) => n.indicatorCode === indicator.code);
		const svg = renderToString((document) =>
			trendPlot(toTrendPoints(rows, area.name, city.name, scale), {
				...chartOptions({ definitionChanges: definitionChanges.map((d) => d.validFrom), notes: figureNotes, targetValue: indicator.targetValue }),
				width: CHART_WIDTH,
				unit: indicator.unit,
				label,
				document
			})
		);
		return {
			indicator: {
				code: indicator.code,
				name: indicator.name,
				themeCode: indicator.themeCode,
				unit: indicator.unit,
				frequency: indicator.frequency,
				source: indicator.source,
				kind: indicator.kind,
				direction: indicator.direction,
				definition: indicator.definition,
				minN: indicator.minN,
				targetValue: indicator.targetValue,
				targetNote: indicator.targetNote,
				definitionChanges
			},
			area: { code: area.code, name: area.name },
			city: { code: city.code, name: city.name },
			rows,
			latest: last
				? { period: last.period, cell: cellOf(last)!, toelichting: last.toelichting, organisation: last.organisation, publishedAt: last.publishedAt }
				: null,
			cityScale: scale,
			notes: figureNotes.map((n) => ({ id: n.id, periodFrom: n.periodFrom, periodTo: n.periodTo, kind: n.kind, body: n.body, authorRole: n.authorRole, visibility: n.visibility })),
			stories: readableStories
				.filter((story) => story.indicatorCodes.includes(indicator.code))
				.map((story) => ({ id: story.id, title: story.title, type: story.type, period: story.period })),
			svg
		};
	});
}
