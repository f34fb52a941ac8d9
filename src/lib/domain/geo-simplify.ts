// Topology-preserving simplification of a set of neighbouring areas (wijken, buurten) in WGS84 lon/lat.
// The areas are turned into one TopoJSON topology, so a border two neighbours share is one arc: it is
// simplified once and both neighbours get exactly the same vertices (no gaps, no overlaps). Every output
// geometry is rounded, wound the way d3-geo expects and checked with @turf/boolean-valid; an area that the
// simplification breaks gets its arcs back in more detail (and so do the neighbours that share them).
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { booleanValid } from '@turf/boolean-valid';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify } from 'topojson-simplify';
import type { GeometryObject, Topology } from 'topojson-specification';

export type AreaGeometry = Polygon | MultiPolygon;

/** Decimals kept in output coordinates: 5 decimals is about 1 m, far below what a dashboard map shows. */
export const COORDINATE_DECIMALS = 5;

/** TopoJSON quantization: a 100,000 × 100,000 grid over the areas' bounding box (a few dm for a gemeente). */
const QUANTIZATION = 1e5;

/** Rings with more positions than this skip @turf/boolean-valid (it is quadratic in the ring size). */
export const MAX_POSITIONS_FOR_VALIDITY_CHECK = 5_000;

export interface SimplifyOptions {
	/** Arc points to keep at most (not counting arc end points); default 1,000 + 40 per area. */
	maxPoints?: number;
	/** Smallest detail to keep, as a fraction of the areas' extent; default 1/500 (20 m for 10 km, a pixel on a 500 px map). */
	tolerance?: number;
}

export interface SimplifyResult {
	/** The simplified geometries, in input order; null where no valid geometry could be made. */
	geometries: (AreaGeometry | null)[];
}

/**
 * Simplifies neighbouring areas together. Input geometries are WGS84 lon/lat; output geometries are valid,
 * rounded to 5 decimals, with exterior rings clockwise and holes counter-clockwise (d3-geo's convention).
 */
export function simplifyAreas(geometries: AreaGeometry[], options: SimplifyOptions = {}): SimplifyResult {
	if (geometries.length === 0) return { geometries: [] };
	const collection = {
		type: 'FeatureCollection' as const,
		features: geometries.map((geometry, id) => ({ type: 'Feature' as const, id, properties: {}, geometry }))
	};
	// (The typings of topojson-simplify and topojson-server disagree on the properties type; the data is the same.)
	const topo = (presimplify as (t: Topology) => Topology)(topology({ areas: collection }, QUANTIZATION));
	const object = topo.objects.areas as { type: 'GeometryCollection'; geometries: GeometryObject[] };
	// After presimplify, arcs are absolute [x, y, weight] (no transform any more).
	const arcs = topo.arcs as unknown as [number, number, number][][];

	const baseWeight = chooseWeight(arcs, topo.bbox, geometries.length, options);
	const arcWeight = arcs.map(() => baseWeight);
	const arcIndices = object.geometries.map((g) => usedArcs(g));

	const result: (AreaGeometry | null)[] = geometries.map(() => null);
	let todo = object.geometries.map((_, i) => i);
	// Each round lowers the weight of the arcs of the areas that came out invalid; eight rounds take any
	// weight to zero (the full quantized detail), after which an area that is still invalid gives up.
	for (let round = 0; round <= 8 && todo.length > 0; round++) {
		const simplified: Topology = {
			type: 'Topology',
			bbox: topo.bbox,
			objects: topo.objects,
			arcs: arcs.map((arc, i) => arc.filter((p) => p[2] >= arcWeight[i]!).map((p) => [p[0], p[1]]))
		};
		const invalid: number[] = [];
		for (const i of todo) {
			const geometry = finishGeometry((feature(simplified, object.geometries[i]!) as { geometry: AreaGeometry | null }).geometry);
			result[i] = geometry;
			if (!geometry) invalid.push(i);
		}
		if (invalid.length === 0) break;
		const lowered = new Set<number>();
		for (const i of invalid) {
			for (const a of arcIndices[i]!) {
				if (arcWeight[a]! === 0 || lowered.has(a)) continue;
				arcWeight[a] = round >= 6 ? 0 : arcWeight[a]! / 16;
				lowered.add(a);
			}
		}
		if (lowered.size === 0) break;
		// Redo the invalid areas and every area that shares a changed arc with them.
		todo = object.geometries.map((_, i) => i).filter((i) => arcIndices[i]!.some((a) => lowered.has(a)));
	}
	return { geometries: result };
}

/** The minimum Visvalingam weight (triangle area in degrees²): a tolerance, raised to stay within the point budget. */
function chooseWeight(arcs: [number, number, number][][], bbox: number[] | undefined, areaCount: number, options: SimplifyOptions): number {
	const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = bbox ?? [];
	const extent = Math.max(x1 - x0, y1 - y0);
	const tolerance = extent * (options.tolerance ?? 1 / 500);
	// A vertex goes when its triangle is smaller than a square pixel: invisible on the map.
	const tolerantWeight = tolerance * tolerance;
	const maxPoints = options.maxPoints ?? 1_000 + 40 * areaCount;
	const weights: number[] = [];
	for (const arc of arcs) for (const p of arc) if (Number.isFinite(p[2])) weights.push(p[2]);
	if (weights.length <= maxPoints) return tolerantWeight;
	weights.sort((a, b) => b - a);
	return Math.max(tolerantWeight, weights[maxPoints - 1]!);
}

function usedArcs(g: GeometryObject): number[] {
	const out = new Set<number>();
	const visit = (x: unknown): void => {
		if (typeof x === 'number') out.add(x < 0 ? ~x : x);
		else if (Array.isArray(x)) x.forEach(visit);
	};
	visit((g as { arcs?: unknown }).arcs);
	return [...out];
}

/** Rounds, removes repeated positions, winds for d3-geo and checks validity; null when not valid. */
export function finishGeometry(geometry: AreaGeometry | null): AreaGeometry | null {
	if (!geometry) return null;
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
	if (polygons.length === 0) return null;
	const out: Position[][][] = [];
	for (const polygon of polygons) {
		const rings: Position[][] = [];
		for (const [r, ring] of polygon.entries()) {
			const rounded = dropRepeats(ring.map(roundPosition));
			if (rounded.length < 4 || ringSignedArea(rounded) === 0) return null;
			rings.push(windRing(rounded, r === 0));
		}
		out.push(rings);
	}
	const result: AreaGeometry = out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
	return isValidGeometry(result) ? result : null;
}

/** Structural checks plus @turf/boolean-valid (skipped for rings too large for its quadratic check). */
export function isValidGeometry(geometry: AreaGeometry): boolean {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let largest = 0;
	for (const polygon of polygons) {
		if (polygon.length === 0) return false;
		for (const ring of polygon) {
			if (ring.length < 4 || !ring.every((p) => p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]))) return false;
			const first = ring[0]!;
			const last = ring.at(-1)!;
			if (first[0] !== last[0] || first[1] !== last[1]) return false;
			if (ringSignedArea(ring) === 0) return false;
			largest = Math.max(largest, ring.length);
		}
	}
	return largest > MAX_POSITIONS_FOR_VALIDITY_CHECK || booleanValid(geometry);
}

const FACTOR = 10 ** COORDINATE_DECIMALS;
const roundPosition = (p: Position): Position => [Math.round(p[0]! * FACTOR) / FACTOR, Math.round(p[1]! * FACTOR) / FACTOR];

function dropRepeats(ring: Position[]): Position[] {
	const out: Position[] = [];
	for (const p of ring) {
		const prev = out.at(-1);
		if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
	}
	return out;
}

/**
 * Twice the planar signed area of a ring in (lon, lat) with the shoelace formula: positive when the ring runs
 * counter-clockwise on a map with north up (RFC 7946's exterior), negative when clockwise (d3-geo's exterior).
 */
export function ringSignedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
	return sum;
}

/** Exterior rings clockwise, holes counter-clockwise: what d3-geo and Observable Plot need (the opposite of RFC 7946). */
export function windRing(ring: Position[], exterior: boolean): Position[] {
	const clockwise = ringSignedArea(ring) < 0;
	return clockwise === exterior ? ring : [...ring].reverse();
}

/** Same winding for a whole geometry (used for geometries that are not simplified). */
export function windGeometry(geometry: AreaGeometry): AreaGeometry {
	if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map((r, i) => windRing(r, i === 0)) };
	return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map((r, i) => windRing(r, i === 0))) };
}
