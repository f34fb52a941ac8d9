// Assembles the figures of one wijk for an audience: values (suppressed where needed), the indicator's
// definition, the latest toelichting, readable notes and stories, and the chart drawn on the server.
import { groupBy } from '../../domain/group-by';
import { firstLine } from '../../domain/story-markdown';
import { chartOptions, otherPoints, toTrendPoints, trendPlot } from '../../charts/trend';
import { cityComparisonName, cityLineLabel, cityScale } from '../../domain/comparison';
import { correctionSince } from '../../domain/duiding/note-anchor';
import { marginRule } from '../../domain/margin';
import { figureRows, type Figure } from '../../domain/figure';
import { inRange, NO_RANGE, type PeriodRange } from '../../domain/period-range';
import type { Viewer } from '../../domain/roles';
import * as areas from '../db/areas';
import type { Area } from '../db/areas';
import * as indicators from '../db/indicators';
import * as notes from '../db/notes';
import type { Scope } from '../db/scope';
import * as stories from '../db/stories';
import { toFigureNote } from '../duiding/figures';
import { cellOf, listValues, listVisible } from './figures';
import { renderFitted } from './render';
import { VersionedCache } from './versioned-cache';

export const CHART_WIDTH = 640;
/**
 * A wijk with up to DRAW_ALL indicators gets every chart drawn into the HTML (readable without JavaScript);
 * beyond that the server draws the first SERVER_DRAWN and the browser the rest as they scroll into view
 * (the tables hold every number either way). Measured at 200 indicators × 100 wijken.
 */
export const DRAW_ALL = 40;
export const SERVER_DRAWN = 8;

export interface FigureOptions {
	range?: PeriodRange;
	/** How many figures (in catalogue order) the server draws; the rest get `svg: null`. */
	drawn?: number;
}

// A wijk's figures change only with a publication: drawn once per viewer level, wijk, range and version.
const cache = new VersionedCache<Figure[]>(32);

/** figuresForArea for publication `version`, from this process's cache when another reader asked the same. */
export function cachedFiguresForArea(scope: Scope, version: number, viewer: Viewer, area: Area, city: Area, options: FigureOptions = {}): Promise<Figure[]> {
	const key = JSON.stringify([viewer.audience, viewer.organisationId, area.code, city.code, options.range ?? null, options.drawn ?? null]);
	return cache.get(scope, version, key, () => figuresForArea(scope, viewer, area, city, options));
}

/** Every indicator's figure for `area` against `city` as `viewer` may see it, in catalogue order. */
export async function figuresForArea(scope: Scope, viewer: Viewer, area: Area, city: Area, options: FigureOptions = {}): Promise<Figure[]> {
	const range = options.range ?? NO_RANGE;
	const catalogue = await indicators.list(scope);
	const drawnCodes = catalogue.slice(0, options.drawn ?? (catalogue.length <= DRAW_ALL ? DRAW_ALL : SERVER_DRAWN)).map((i) => i.code);
	const [measured, everyArea, wijken, readableNotes, readableStories] = await Promise.all([
		listVisible(scope, viewer.audience, { areaCodes: [area.code, city.code] }),
		// The drawn figures also show the other wijken, faintly.
		listValues(scope, viewer.audience, drawnCodes),
		areas.list(scope, 'wijk'),
		notes.listReadable(scope, viewer, { areaCodes: [area.code] }),
		stories.listReadable(scope, viewer, { areaCode: area.code })
	]);
	const byIndicator = groupBy(measured, (m) => m.indicatorCode);
	const othersByIndicator = groupBy(everyArea, (m) => m.indicatorCode);
	const names = new Map(wijken.map((w) => [w.code, w.name]));

	return catalogue.map((indicator) => {
		const own = byIndicator.get(indicator.code) ?? [];
		const scale = cityScale(indicator.unit, area.population, city.population);
		const rows = figureRows(own.filter((m) => inRange(m.period, range)), area.code, city.code, scale);
		// The latest figure is the latest published, whatever the range.
		const last = own.findLast((m) => m.areaCode === area.code);
		const definitionChanges = indicator.definitions.slice(1).map((d) => ({ validFrom: d.validFrom, note: d.changeNote }));
		const label = `${indicator.name} in ${area.name} en ${city.name}`;
		const figureNotes = readableNotes.filter((n) => n.indicatorCode === indicator.code);
		const svg = drawnCodes.includes(indicator.code)
			? renderFitted((document, width) =>
					trendPlot(
						[
							...otherPoints((othersByIndicator.get(indicator.code) ?? []).filter((m) => inRange(m.period, range)), [area.code, city.code], (code) => names.get(code)),
							...toTrendPoints(rows, area.name, { name: cityComparisonName(city.name, area.name, scale), label: cityLineLabel(city.name, scale) }, marginRule(indicator))
						],
						{
							...chartOptions({ definitionChanges: definitionChanges.map((d) => d.validFrom), notes: figureNotes, targetValue: indicator.targetValue }),
							width,
							unit: indicator.unit,
							label,
							document
						}
					),
				CHART_WIDTH
				)
			: null;
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
			notes: figureNotes.map((n) => toFigureNote(n, viewer)).map((n) => ({ ...n, correction: correctionSince(n.valueSeen ?? null, rows.find((r) => r.period === n.periodTo)?.area) })),
			stories: readableStories
				.filter((story) => story.indicatorCodes.includes(indicator.code))
				.map((story) => ({ id: story.id, title: story.title, type: story.type, period: story.period, first: firstLine(story.body, 140), createdAt: story.createdAt })),
			svg
		};
	});
}

