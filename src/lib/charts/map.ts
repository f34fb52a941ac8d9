// Choropleth of the wijken for one indicator and period. Every wijk carries its value as text, so colour is
// never the only carrier of meaning; wijken without a number are hatched-grey and say "geen getal".
import * as Plot from '@observablehq/plot';
import { asImage } from './accessible';
import { CHART_STYLE } from './fit';
import { formatNumber } from './format';

/** The width maps are drawn at. */
export const MAP_WIDTH = 480;

/** Counts are mapped per 1,000 inhabitants (a raw count mostly shows how big a wijk is); shares and rates as they are. */
export function mapsPerThousand(unit: string): boolean {
	return unit === 'aantal';
}

/** What the map's colours and numbers are, for its caption and name: "per 1.000 inwoners" for counts, else null. */
export function mapMeasure(unit: string): string | null {
	return mapsPerThousand(unit) ? 'per 1.000 inwoners' : null;
}

/** The map's accessible name. */
export const mapLabel = (indicatorName: string, unit = '') => `Kaart: ${indicatorName} per wijk${mapMeasure(unit) ? `, ${mapMeasure(unit)}` : ''}`;

/** A count per 1,000 of `population`, one decimal; null without a count or a population. */
export function perThousand(count: number | null, population: number | null | undefined): number | null {
	if (count === null || !population) return null;
	return Math.round((count / population) * 10_000) / 10;
}

export interface MapArea {
	code: string;
	name: string;
	geometry: unknown;
	value: number | null;
}

/** A sentence for the accessible description: the highest and lowest wijk. */
export function describeMap(areas: MapArea[]): string {
	const known = areas.filter((a) => a.value !== null).sort((a, b) => b.value! - a.value!);
	if (known.length === 0) return 'Er zijn geen cijfers om op de kaart te zetten.';
	const high = known[0]!;
	const low = known.at(-1)!;
	return `Kaart van ${areas.length} wijken. Hoogste waarde: ${high.name} (${formatNumber(high.value)}). Laagste: ${low.name} (${formatNumber(low.value)}).`;
}

/** Draws the map. */
export function mapPlot(areas: MapArea[], opts: { width: number; label: string; document?: Document }) {
	const features = areas.map((a) => ({ type: 'Feature' as const, geometry: a.geometry, properties: a }));
	const collection = { type: 'FeatureCollection' as const, features };
	const known = features.filter((f) => f.properties.value !== null);
	return asImage(
		Plot.plot({
			document: opts.document,
			width: opts.width,
			height: Math.round(opts.width * 0.8),
			style: CHART_STYLE,
			ariaLabel: opts.label,
			ariaDescription: describeMap(areas),
			projection: { type: 'mercator', domain: collection as never },
			color: { type: 'quantize', n: 5, scheme: 'blues', domain: known.length ? [Math.min(...known.map((f) => f.properties.value!)), Math.max(...known.map((f) => f.properties.value!))] : [0, 1] },
			marks: [
				Plot.geo(features.filter((f) => f.properties.value === null), { fill: '#e6e6e6', stroke: 'white' }),
				Plot.geo(known, { fill: (f: { properties: MapArea }) => f.properties.value, stroke: 'white', strokeWidth: 1.5 }),
				Plot.text(
					features,
					Plot.centroid({
						text: (f: { properties: MapArea }) => `${f.properties.name}\n${f.properties.value === null ? 'geen getal' : formatNumber(f.properties.value)}`,
						fill: 'black',
						stroke: 'white',
						strokeWidth: 3,
						paintOrder: 'stroke'
					})
				)
			]
		})
	);
}

/**
 * The map's areas: each geometry with the value its wijk has (null when hidden or missing), for a count
 * per 1,000 of the wijk's `population` (null when that is unknown).
 */
export function mapAreas(
	geometries: { code: string; name: string; geometry: unknown }[],
	values: { code: string; cell: { value: number | null } | null; population?: number | null }[],
	unit = ''
): MapArea[] {
	const byCode = new Map(values.map((v) => [v.code, mapsPerThousand(unit) ? perThousand(v.cell?.value ?? null, v.population) : (v.cell?.value ?? null)]));
	return geometries.map((g) => ({ code: g.code, name: g.name, geometry: g.geometry, value: byCode.get(g.code) ?? null }));
}
