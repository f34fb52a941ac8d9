// The overview: per theme a tile per indicator (latest city value, change, sparkline, how much context it
// has), a map of the wijken for one indicator, and per wijk and theme how many figures have a current duiding.
import { MAP_WIDTH, mapAreas, mapLabel, mapPlot } from '../../charts/map';
import { sparkPlot } from '../../charts/sparkline';
import type { FigureCell } from '../../domain/figure';
import { isGeduid } from '../../domain/duiding/geduid';
import { compareSurvey, isSurvey, type Difference } from '../../domain/margin';
import { comparePeriods, requirePeriod, toPeriodCode } from '../../domain/periods';
import type { Viewer } from '../../domain/roles';
import * as areas from '../db/areas';
import * as indicators from '../db/indicators';
import * as notes from '../db/notes';
import type { Scope } from '../db/scope';
import * as stories from '../db/stories';
import * as themes from '../db/themes';
import { cellOf, latestPeriods, listVisible, type VisibleMeasurement } from './figures';
import { renderFitted, renderToString } from './render';
import { VersionedCache } from './versioned-cache';

export interface Tile {
	code: string;
	name: string;
	unit: string;
	minN: number;
	period: string | null;
	cell: FigureCell | null;
	/** Change against the same period a year earlier (else the previous period), unrounded; null when either is missing. */
	change: number | null;
	/** For a survey figure: whether the change is larger than its margin; null when that cannot be said. */
	changeDifference: Difference | null;
	previousPeriod: string | null;
	sparkSvg: string | null;
	notes: number;
	stories: number;
}

export interface Overview {
	themes: { code: string; name: string; description: string; tiles: Tile[] }[];
	wijken: { code: string; name: string; population: number | null; stories: number }[];
	map: {
		indicator: { code: string; name: string; unit: string; minN: number };
		period: string | null;
		/** Periods with wijk figures for the map's indicator, oldest first. */
		periods: string[];
		svg: string;
		/** Per wijk its cell and inhabitants: the map shows a count per 1,000 of them. */
		values: { code: string; name: string; cell: FigureCell | null; population: number | null }[];
		geometries: { code: string; name: string; geometry: unknown }[];
	} | null;
	mapChoices: { code: string; name: string; unit: string; minN: number }[];
	mapNotice: string | null;
	/** The wijken drawn without figures, while no indicator has wijk figures yet (a new gemeente). */
	outline: string | null;
	/** Per wijk: per theme, figures with a duiding for their latest period, of the figures with data. */
	coverage: { code: string; name: string; themes: { code: string; interpreted: number; total: number }[] }[];
}

/** A share or a rate compares fairly between wijken of different size; a count mostly shows their size. */
const isRate = (unit: string) => unit === 'procent' || unit.startsWith('per ');

/** The same period one year earlier: 2025-Q3 → 2024-Q3, 2025 → 2024. */
function previousYear(code: string): string {
	const p = requirePeriod(code);
	return toPeriodCode({ ...p, year: p.year - 1 });
}

// The overview changes only with a publication: built once per viewer level, map choice and version.
const cache = new VersionedCache<Overview>(16);

/** overview() from this process's cache when another reader of the same level asked for the same map. */
export function cachedOverview(scope: Scope, version: number, viewer: Viewer, askedMap: string | null, askedPeriod: string | null = null): Promise<Overview> {
	const key = JSON.stringify([viewer.audience, viewer.organisationId, askedMap, askedPeriod]);
	return cache.get(scope, version, key, () => overview(scope, version, viewer, askedMap, askedPeriod));
}

/** Builds the overview of publication `version` as `viewer` may see it; `askedMap` and `askedPeriod` are the untrusted `?kaart=` and `?kaartperiode=`. */
export async function overview(scope: Scope, version: number, viewer: Viewer, askedMap: string | null, askedPeriod: string | null = null): Promise<Overview> {
	const [themeList, catalogue, wijken, city, cityRows, latestOf, readableNotes, readableStories, storyCounts, geometries] = await Promise.all([
		themes.list(scope),
		indicators.list(scope),
		areas.list(scope, 'wijk'),
		areas.get(scope, scope.gemeente),
		listVisible(scope, viewer.audience, { areaCodes: [scope.gemeente] }),
		latestPeriods(scope, version),
		notes.listReadable(scope, viewer),
		stories.listReadable(scope, viewer),
		stories.countByArea(scope, viewer),
		areas.listGeometries(scope, 'wijk')
	]);
	const byIndicator = new Map<string, VisibleMeasurement[]>();
	for (const m of cityRows) {
		const list = byIndicator.get(m.indicatorCode);
		if (list) list.push(m);
		else byIndicator.set(m.indicatorCode, [m]);
	}
	const hasWijkData = new Set([...latestOf.keys()].filter((key) => !key.endsWith(`|${scope.gemeente}`)).map((key) => key.split('|')[0]));
	const periodsOf = (rows: VisibleMeasurement[]) => [...new Set(rows.map((m) => m.period))].map(requirePeriod).sort(comparePeriods).map(toPeriodCode);

	const tileFor = (indicator: (typeof catalogue)[number]): Tile => {
		const rows = (byIndicator.get(indicator.code) ?? []).filter((m) => m.areaCode === city?.code);
		const periods = periodsOf(rows);
		const at = (p: string | undefined) => rows.find((m) => m.period === p);
		const latest = at(periods.at(-1));
		// Compare with the same period a year earlier where there is one (quarters have a summer dip), else the previous one.
		const yearBefore = periods.at(-1) ? previousYear(periods.at(-1)!) : null;
		const comparedTo = yearBefore && periods.includes(yearBefore) ? yearBefore : (periods.at(-2) ?? null);
		const previous = at(comparedTo ?? undefined);
		const points = periods.map((p) => ({ period: p, area: city?.name ?? '', role: 'stad' as const, value: at(p)?.value ?? null }));
		return {
			code: indicator.code,
			name: indicator.name,
			unit: indicator.unit,
			minN: indicator.minN,
			period: periods.at(-1) ?? null,
			cell: cellOf(latest),
			change: latest?.value != null && previous?.value != null ? latest.value - previous.value : null,
			changeDifference: latest && previous && isSurvey(indicator) ? compareSurvey(latest, previous, indicator.unit) : null,
			previousPeriod: comparedTo,
			sparkSvg: points.length > 1 ? renderToString((document) => sparkPlot(points, { width: 160, height: 36, unit: indicator.unit, label: `Verloop van ${indicator.name} in ${city?.name}`, document })) : null,
			notes: readableNotes.filter((n) => n.indicatorCode === indicator.code).length,
			stories: readableStories.filter((s) => s.indicatorCodes.includes(indicator.code)).length
		};
	};

	const mapChoices = catalogue.filter((i) => hasWijkData.has(i.code));
	// Without a choice: the first rate in catalogue order, so a new gemeente needs no setting for its map.
	const mapIndicator = (askedMap ? mapChoices.find((i) => i.code === askedMap) : undefined) ?? mapChoices.find((i) => isRate(i.unit)) ?? mapChoices[0];
	const mapNotice = askedMap && mapIndicator?.code !== askedMap ? `De kaart kan indicator "${askedMap}" niet tonen. U ziet ${mapIndicator?.name ?? 'geen kaart'}.` : null;
	let map: Overview['map'] = null;
	// Without wijk boundaries there is no map; the tiles and tables still show everything.
	if (mapIndicator && geometries.length > 0) {
		const rows = await listVisible(scope, viewer.audience, { indicatorCodes: [mapIndicator.code] });
		const periods = periodsOf(rows.filter((m) => m.areaCode !== city?.code));
		const period = askedPeriod && periods.includes(askedPeriod) ? askedPeriod : (periods.at(-1) ?? null);
		const values = wijken.map((w) => ({ code: w.code, name: w.name, population: w.population, cell: cellOf(rows.find((m) => m.areaCode === w.code && m.period === period)) }));
		const svg = renderFitted((document, width) =>
			mapPlot(mapAreas(geometries, values, mapIndicator!.unit), { width, label: mapLabel(mapIndicator!.name, mapIndicator!.unit), document }), MAP_WIDTH
		);
		map = { indicator: { code: mapIndicator.code, name: mapIndicator.name, unit: mapIndicator.unit, minN: mapIndicator.minN }, period, periods, svg, values, geometries };
	}

	// A gemeente that has its wijken but no figures yet still sees its map.
	const outline =
		!map && geometries.length > 0
			? renderToString((document) => mapPlot(mapAreas(geometries, []), { width: MAP_WIDTH, label: 'Kaart van de wijken', document }))
			: null;

	const coverage = wijken.map((w) => ({
		code: w.code,
		name: w.name,
		themes: themeList.map((t) => {
			let interpreted = 0;
			let total = 0;
			for (const indicator of catalogue.filter((i) => i.themeCode === t.code)) {
				const latest = latestOf.get(`${indicator.code}|${w.code}`);
				if (!latest) continue;
				total++;
				if (isGeduid(latest, readableNotes.filter((n) => n.indicatorCode === indicator.code && n.areaCode === w.code))) interpreted++;
			}
			return { code: t.code, interpreted, total };
		})
	}));

	return {
		themes: themeList.map((t) => ({ code: t.code, name: t.name, description: t.description, tiles: catalogue.filter((i) => i.themeCode === t.code).map(tileFor) })),
		wijken: wijken.map((w) => ({ code: w.code, name: w.name, population: w.population, stories: storyCounts.get(w.code) ?? 0 })),
		map,
		mapChoices: mapChoices.map((i) => ({ code: i.code, name: i.name, unit: i.unit, minN: i.minN })),
		mapNotice,
		outline,
		coverage
	};
}
