// What a re-import of wijken and buurten changes: new codes, new names, new shapes, and codes that are gone.
// For a code that is gone, the new areas that cover a real part of its old shape are its successors: this is
// how a split (one old wijk, two successors) or a merge (two old wijken, one shared successor) shows.
import { area } from '@turf/area';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { intersection, xor, type Geom } from 'polyclip-ts';
import type { ImportedArea } from './geo-import';

export interface ExistingArea {
	code: string;
	name: string;
	level: 'gemeente' | 'wijk' | 'buurt';
	geometry: Polygon | MultiPolygon | null;
	archived: boolean;
}

export interface AreaChangePlan {
	added: { code: string; name: string; level: 'wijk' | 'buurt' }[];
	renamed: { code: string; from: string; to: string }[];
	/** Same code, shape changed by more than RESHAPE_THRESHOLD of the old area (or the old area had no shape). */
	reshaped: { code: string; name: string }[];
	/** Codes with the same name and (nearly) the same shape. */
	unchanged: string[];
	/** Existing, not archived codes that the file does not have, with the new areas that cover their old shape. */
	removed: { code: string; name: string; level: 'wijk' | 'buurt'; successors: { code: string; name: string; share: number }[] }[];
}

/** A shape counts as changed when the symmetric difference is more than 1% of the old area. */
export const RESHAPE_THRESHOLD = 0.01;
/** A new area is a successor when it covers more than 5% of the old area. */
export const SUCCESSOR_THRESHOLD = 0.05;

type Shape = Polygon | MultiPolygon;

/**
 * Compares the areas in the database with the areas of a new file. Gemeente-level areas are ignored. An
 * archived existing area counts as absent: when the file has its code again, it is in `added`.
 * A code that is both renamed and reshaped is in both lists; `unchanged` has the codes in neither.
 */
export function planAreaChanges(existing: ExistingArea[], incoming: ImportedArea[]): AreaChangePlan {
	const current = new Map<string, ExistingArea>();
	for (const e of existing) if (e.level !== 'gemeente' && !e.archived) current.set(e.code, e);
	const plan: AreaChangePlan = { added: [], renamed: [], reshaped: [], unchanged: [], removed: [] };

	for (const a of incoming) {
		const old = current.get(a.code);
		if (!old) {
			plan.added.push({ code: a.code, name: a.name, level: a.level });
			continue;
		}
		const renamed = old.name.trim() !== a.name.trim();
		if (renamed) plan.renamed.push({ code: a.code, from: old.name, to: a.name });
		const reshaped = !old.geometry || shapeChanged(old.geometry, a.geometry);
		if (reshaped) plan.reshaped.push({ code: a.code, name: a.name });
		if (!renamed && !reshaped) plan.unchanged.push(a.code);
	}

	const incomingCodes = new Set(incoming.map((a) => a.code));
	const candidates = incoming.map((a) => ({ area: a, box: bbox(a.geometry) }));
	for (const old of current.values()) {
		if (incomingCodes.has(old.code) || old.level === 'gemeente') continue;
		plan.removed.push({ code: old.code, name: old.name, level: old.level, successors: old.geometry ? successors(old.geometry, old.level, candidates) : [] });
	}

	const byCode = (x: { code: string }, y: { code: string }) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
	plan.added.sort(byCode);
	plan.renamed.sort(byCode);
	plan.reshaped.sort(byCode);
	plan.unchanged.sort();
	plan.removed.sort(byCode);
	return plan;
}

function shapeChanged(before: Shape, after: Shape): boolean {
	if (JSON.stringify(before.coordinates) === JSON.stringify(after.coordinates)) return false;
	const oldArea = area(before);
	if (oldArea === 0) return true;
	try {
		const difference = areaOf(xor(toGeom(before), toGeom(after)));
		return difference > RESHAPE_THRESHOLD * oldArea;
	} catch {
		// polyclip-ts can fail on degenerate input; then compare the areas alone.
		return Math.abs(area(after) - oldArea) > RESHAPE_THRESHOLD * oldArea;
	}
}

function successors(
	old: Shape,
	level: 'wijk' | 'buurt',
	candidates: { area: ImportedArea; box: [number, number, number, number] }[]
): { code: string; name: string; share: number }[] {
	const oldArea = area(old);
	if (oldArea === 0) return [];
	const box = bbox(old);
	const oldGeom = toGeom(old);
	const out: { code: string; name: string; share: number }[] = [];
	for (const c of candidates) {
		if (c.area.level !== level || !overlaps(box, c.box)) continue;
		let covered: number;
		try {
			covered = areaOf(intersection(oldGeom, toGeom(c.area.geometry)));
		} catch {
			continue;
		}
		const share = Math.min(1, covered / oldArea);
		if (share > SUCCESSOR_THRESHOLD) out.push({ code: c.area.code, name: c.area.name, share: Math.round(share * 1000) / 1000 });
	}
	return out.sort((x, y) => y.share - x.share || (x.code < y.code ? -1 : 1));
}

const toGeom = (g: Shape): Geom => g.coordinates as Geom;

const areaOf = (multi: Position[][][]): number => (multi.length === 0 ? 0 : area({ type: 'MultiPolygon', coordinates: multi }));

function bbox(g: Shape): [number, number, number, number] {
	const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	for (const polygon of polygons) {
		for (const p of polygon[0] ?? []) {
			b[0] = Math.min(b[0], p[0]!);
			b[1] = Math.min(b[1], p[1]!);
			b[2] = Math.max(b[2], p[0]!);
			b[3] = Math.max(b[3], p[1]!);
		}
	}
	return b;
}

const overlaps = (a: [number, number, number, number], b: [number, number, number, number]) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
