// The area division as a map: the preview before saving an import. Wijken are outlined and named, buurten
// drawn as thin lines inside them, and what the import changes is filled (new, renamed, new border), so the
// beheerder sees at a glance whether the file is the right gemeente and year.
import * as Plot from '@observablehq/plot';
import { asImage } from './accessible';

export type DivisionStatus = 'nieuw' | 'hernoemd' | 'nieuwe grens' | 'ongewijzigd';

export interface DivisionArea {
	code: string;
	name: string;
	level: 'wijk' | 'buurt';
	geometry: unknown;
	status: DivisionStatus;
}

/** Fill per status; colour is never the only carrier: the table beside the map names each change. */
const FILL: Record<DivisionStatus, string> = { nieuw: '#b7dfc0', hernoemd: '#fde3a7', 'nieuwe grens': '#c9dcf2', ongewijzigd: '#f2f2f2' };

/** One sentence for the accessible description. */
export function describeDivision(areas: DivisionArea[]): string {
	const wijken = areas.filter((a) => a.level === 'wijk');
	const buurten = areas.length - wijken.length;
	const changed = areas.filter((a) => a.status !== 'ongewijzigd').length;
	const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
	return `Kaart van ${n(wijken.length, 'wijk', 'wijken')}${buurten ? ` en ${n(buurten, 'buurt', 'buurten')}` : ''}: ${wijken.map((w) => w.name).join(', ')}. ${changed === 0 ? 'Er verandert niets.' : `${n(changed, 'gebied verandert', 'gebieden veranderen')}; de lijst naast de kaart noemt ze.`}`;
}

/** Draws the division. */
export function divisionPlot(areas: DivisionArea[], opts: { width: number; label: string; document?: Document }) {
	const features = areas.map((a) => ({ type: 'Feature' as const, geometry: a.geometry, properties: a }));
	const wijken = features.filter((f) => f.properties.level === 'wijk');
	const buurten = features.filter((f) => f.properties.level === 'buurt');
	const collection = { type: 'FeatureCollection' as const, features: wijken.length ? wijken : buurten };
	return asImage(
		Plot.plot({
			document: opts.document,
			width: opts.width,
			height: Math.round(opts.width * 0.8),
			ariaLabel: opts.label,
			ariaDescription: describeDivision(areas),
			projection: { type: 'mercator', domain: collection as never },
			marks: [
				Plot.geo(wijken, { fill: (f: { properties: DivisionArea }) => FILL[f.properties.status], stroke: '#333', strokeWidth: 1.5 }),
				Plot.geo(buurten, { fill: (f: { properties: DivisionArea }) => (f.properties.status === 'ongewijzigd' ? 'none' : FILL[f.properties.status]), fillOpacity: 0.6, stroke: '#777', strokeWidth: 0.5 }),
				Plot.text(
					wijken,
					Plot.centroid({ text: (f: { properties: DivisionArea }) => f.properties.name, fill: 'black', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke', fontSize: 11 })
				)
			]
		})
	);
}
