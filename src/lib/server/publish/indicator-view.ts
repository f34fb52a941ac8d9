// One indicator across all wijken, as a viewer may see it: a ranking for one period, small multiples of
// each wijk against the city, and every readable note and story about the indicator.
import { MAP_WIDTH, mapAreas, mapLabel, mapPlot } from '../../charts/map';
import { rankPlot } from '../../charts/rank';
import { chartOptions, toTrendPoints, trendPlot } from '../../charts/trend';
import { cityComparisonName, cityLineLabel, cityReference, cityScale, scaledCityCell } from '../../domain/comparison';
import { correctionSince } from '../../domain/duiding/note-anchor';
import { marginRule } from '../../domain/margin';
import type { FigureCell, FigureNote, FigureRow, FigureStory } from '../../domain/figure';
import type { IndicatorWithDefinition } from '../db/indicators';
import { comparePeriods, parsePeriod, requirePeriod, toPeriodCode } from '../../domain/periods';
import type { Viewer } from '../../domain/roles';
import * as areas from '../db/areas';
import * as notes from '../db/notes';
import type { Scope } from '../db/scope';
import * as stories from '../db/stories';
import { toFigureNote } from '../duiding/figures';
import { cellOf, listVisible } from './figures';
import { renderFitted, renderToString } from './render';
import { VersionedCache } from './versioned-cache';

export interface IndicatorView {
	periods: string[];
	period: string | null;
	/** Set when the asked-for period was not usable; the page says so and shows the latest. */
	periodNotice: string | null;
	city: { code: string; name: string; cell: FigureCell | null };
	ranking: { code: string; name: string; population: number | null; cell: FigureCell | null }[];
	rankSvg: string | null;
	/** The wijken on a map for the same period; null without boundaries. */
	map: { svg: string | null; geometries: { code: string; name: string; geometry: unknown }[] } | null;
	/** Per wijk its trend against the city (`cityName` says when the city's count is scaled to the wijk), with the numbers of the notes drawn on it. */
	multiples: { code: string; name: string; cityName: string; rows: FigureRow[]; svg: string; notes: number[] }[];
	notes: (FigureNote & { areaName: string })[];
	stories: (FigureStory & { areaName: string | null })[];
}

// An indicator's page changes only with a publication: built once per viewer level, period and version.
const cache = new VersionedCache<IndicatorView>(32);

/** indicatorView() for publication `version`, from this process's cache when another reader asked the same. */
export function cachedIndicatorView(scope: Scope, version: number, viewer: Viewer, indicator: IndicatorWithDefinition, askedPeriod: string | null): Promise<IndicatorView> {
	const key = JSON.stringify([viewer.audience, viewer.organisationId, indicator.code, askedPeriod]);
	return cache.get(scope, version, key, () => indicatorView(scope, viewer, indicator, askedPeriod));
}

/** Builds the indicator page's content; `askedPeriod` is the untrusted `?periode=` value. */
export async function indicatorView(scope: Scope, viewer: Viewer, indicator: IndicatorWithDefinition, askedPeriod: string | null): Promise<IndicatorView> {
	const [wijken, city, measured, readableNotes, readableStories] = await Promise.all([
		areas.list(scope, 'wijk'),
		areas.get(scope, scope.gemeente),
		listVisible(scope, viewer.audience, { indicatorCodes: [indicator.code] }),
		notes.listReadable(scope, viewer, { indicatorCode: indicator.code }),
		stories.listReadable(scope, viewer, { indicatorCode: indicator.code })
	]);
	if (!city) throw new Error(`gemeente ${scope.gemeente} has no area of level gemeente`);
	const periods = [...new Set(measured.map((m) => m.period))].map(requirePeriod).sort(comparePeriods).map(toPeriodCode);
	const latest = periods.at(-1) ?? null;
	let period = latest;
	let periodNotice: string | null = null;
	if (askedPeriod) {
		const parsed = parsePeriod(askedPeriod);
		const code = parsed.ok ? toPeriodCode(parsed.period) : null;
		if (code && periods.includes(code)) period = code;
		else periodNotice = `Voor periode "${askedPeriod}" zijn er geen cijfers van deze indicator. U ziet de laatste periode.`;
	}
	const find = (areaCode: string, p: string | null) => measured.find((m) => m.areaCode === areaCode && m.period === p);
	const ranking = wijken.map((w) => ({ code: w.code, name: w.name, population: w.population, cell: cellOf(find(w.code, period)) }));
	const cityCell = cellOf(find(city.code, period));
	const label = `${indicator.name}: de wijken vergeleken`;
	const rankSvg = period
		? renderFitted((document, width) =>
				rankPlot(
					ranking.map((r) => ({ area: r.name, value: r.cell?.value ?? null, margin: marginRule(indicator)?.(r.cell?.value ?? null, r.cell?.n ?? null) ?? null })),
					{ width, unit: indicator.unit, label, city: cityReference(indicator.unit, city.name, cityCell?.value ?? null, wijken.length), document }
				),
			640
			)
		: null;

	const geometries = await areas.listGeometries(scope, 'wijk');
	const map = geometries.length
		? { geometries, svg: period ? renderFitted((document, width) => mapPlot(mapAreas(geometries, ranking, indicator.unit), { width, label: mapLabel(indicator.name, indicator.unit), document }), MAP_WIDTH) : null }
		: null;

	const changes = indicator.definitions.slice(1).map((d) => d.validFrom);
	const multiples = wijken.map((w) => {
		const scale = cityScale(indicator.unit, w.population, city.population);
		const rows: FigureRow[] = periods.map((p) => ({ period: p, area: cellOf(find(w.code, p)), city: scaledCityCell(cellOf(find(city.code, p)), scale) }));
		const cityName = cityComparisonName(city.name, w.name, scale);
		const wijkNotes = readableNotes.filter((n) => n.areaCode === w.code);
		const svg = renderToString((document) =>
			trendPlot(toTrendPoints(rows, w.name, { name: cityName, label: cityLineLabel(city.name, scale) }, marginRule(indicator)), {
				...chartOptions({ definitionChanges: changes, notes: wijkNotes, targetValue: null }),
				// Small multiples sit in cells of at least 18rem: drawn no wider than they are shown, text stays 12 px.
				width: 260,
				height: 150,
				unit: indicator.unit,
				label: `${indicator.name} in ${w.name} en ${city.name}`,
				compact: true,
				document
			})
		);
		return { code: w.code, name: w.name, cityName, rows, svg, notes: wijkNotes.map((n) => n.number) };
	});
	const rowsOf = new Map(multiples.map((m) => [m.code, m.rows]));

	const areaName = new Map([[city.code, city.name], ...wijken.map((w) => [w.code, w.name] as const)]);
	return {
		periods,
		period,
		periodNotice,
		city: { code: city.code, name: city.name, cell: cityCell },
		ranking,
		rankSvg,
		map,
		multiples,
		notes: readableNotes.map((n) => ({
			...toFigureNote(n, viewer),
			correction: correctionSince(toFigureNote(n, viewer).valueSeen ?? null, rowsOf.get(n.areaCode)?.find((r) => r.period === n.periodTo)?.area),
			areaName: areaName.get(n.areaCode) ?? n.areaCode
		})),
		stories: readableStories.map((s) => ({ id: s.id, title: s.title, type: s.type, period: s.period, areaName: s.areaCode ? (areaName.get(s.areaCode) ?? null) : null }))
	};
}
