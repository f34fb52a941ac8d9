// Reads the wijken and buurten of one gemeente from a CBS/PDOK GeoJSON file (the "wijk- en buurtkaart"):
// property names as CBS (WK_CODE, shapefile-derived), PDOK WFS (wijkcode) or cartomap (statcode) write them,
// RD New or WGS84 coordinates. The result is WGS84, simplified with shared borders kept, wound for d3-geo.
// Pure: a string in, a result out; every problem is a Dutch sentence for the user, nothing is thrown.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { isValidGeometry, simplifyAreas, type AreaGeometry } from './geo-simplify';

export interface ImportedArea {
	/** 'WK054603' or 'BU05460301'. */
	code: string;
	name: string;
	level: 'wijk' | 'buurt';
	/** For a wijk the gemeente code ('GM0546'); for a buurt its wijk code ('WK054603'). */
	parentCode: string;
	/** WGS84 lon/lat, simplified, rounded to 5 decimals, exterior rings clockwise (d3-geo). */
	geometry: Polygon | MultiPolygon;
	/** Inhabitants when the file has them and they are not secret (CBS writes -99999999 for secret). */
	population: number | null;
}

export type GeoImportResult =
	| { ok: true; areas: ImportedArea[]; crs: 'RD' | 'WGS84'; bytesBefore: number; bytesAfter: number; otherGemeenten: number; notices: string[] }
	| { ok: false; problems: string[] };

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const MAX_NAME_LENGTH = 120;
const MAX_PROBLEMS = 20;

/** RD New (EPSG:28992), with the standard datum shift to WGS84. */
const RD_NEW =
	'+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';
const rdToWgs84 = proj4(RD_NEW, 'WGS84');

/** Coordinate ranges of the Netherlands (with some sea and border around it). */
const RD_RANGE = { minX: -7_000, maxX: 300_000, minY: 289_000, maxY: 629_000 };
const WGS84_RANGE = { minX: 2.5, maxX: 8, minY: 50, maxY: 54 };

interface Candidate {
	index: number;
	code: string;
	level: 'wijk' | 'buurt';
	name: string;
	parentCode: string;
	population: number | null;
	geometry: unknown;
}

/**
 * Imports the wijken and buurten of `gemeenteCode` ('GM0546' or '0546') from GeoJSON text.
 * `bytesBefore` is the UTF-8 size of the kept areas' geometries as the file gives them (other gemeenten and
 * properties not counted), `bytesAfter` the size of the same geometries after simplification.
 */
export function importAreas(text: string, gemeenteCode: string, options: { maxBytes?: number } = {}): GeoImportResult {
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	// Each UTF-16 unit is at least one UTF-8 byte, so this check is safe before the (costly) parse.
	if (text.length > maxBytes) {
		return fail([`Het bestand is te groot (${megabytes(text.length)} MB). Het mag hoogstens ${megabytes(maxBytes)} MB zijn. Gebruik een bestand met alleen de wijken en buurten van uw gemeente.`]);
	}
	const gemeente = normaliseCode(gemeenteCode, 'GM', 4);
	if (!/^GM\d{4}$/.test(gemeente)) return fail([`De gemeentecode '${gemeenteCode.trim()}' klopt niet. Een gemeentecode ziet er zo uit: GM0546.`]);

	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return fail(['Het bestand is geen geldig GeoJSON-bestand. Kies een .geojson-bestand met de wijken en buurten, bijvoorbeeld de wijk- en buurtkaart van CBS of PDOK.']);
	}
	if (!isRecord(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
		return fail(['Het bestand is geen GeoJSON FeatureCollection (een lijst met gebieden). Kies een .geojson-bestand met de wijken en buurten van CBS of PDOK.']);
	}
	if (data.features.length === 0) return fail(['Het bestand bevat geen gebieden. Kies een bestand met de wijken en buurten van uw gemeente.']);

	const problems: string[] = [];
	const notices: string[] = [];
	const kept: Candidate[] = [];
	const codeless: number[] = [];
	const badCodes: string[] = [];
	const others = new Map<string, number>();
	let gemeenteFeatures = 0;
	let nameless = 0;
	let otherGemeenten = 0;

	for (const [index, f] of data.features.entries()) {
		const props = isRecord(f) && isRecord(f.properties) ? lowerKeys(f.properties) : new Map<string, unknown>();
		const read = readArea(props);
		if (read === 'none') {
			codeless.push(index);
			continue;
		}
		if (read === 'gemeente') {
			const own = normaliseCode(text_(props, 'gemeentecode', 'gm_code', 'statcode'), 'GM', 4);
			if (own === gemeente) gemeenteFeatures++;
			else {
				otherGemeenten++;
				others.set(own, (others.get(own) ?? 0) + 1);
			}
			continue;
		}
		const { code, level } = read;
		const pattern = level === 'wijk' ? /^WK\d{6}$/ : /^BU\d{8}$/;
		if (!pattern.test(code)) {
			badCodes.push(`De code '${code}' (gebied nr. ${index + 1}) is geen geldige ${level === 'wijk' ? 'wijkcode. Een wijkcode ziet er zo uit: WK054603' : 'buurtcode. Een buurtcode ziet er zo uit: BU05460301'}.`);
			continue;
		}
		const own = normaliseCode(text_(props, 'gemeentecode', 'gm_code'), 'GM', 4) || `GM${code.slice(2, 6)}`;
		if (own !== gemeente) {
			otherGemeenten++;
			others.set(own, (others.get(own) ?? 0) + 1);
			continue;
		}
		let name = text_(props, ...(level === 'wijk' ? ['wijknaam', 'wk_naam'] : ['buurtnaam', 'bu_naam']), 'statnaam');
		if (!name) {
			nameless++;
			name = code;
		}
		if (name.length > MAX_NAME_LENGTH) {
			notices.push(`De naam van ${code} is langer dan ${MAX_NAME_LENGTH} tekens. We hebben de naam ingekort.`);
			name = name.slice(0, MAX_NAME_LENGTH).trim();
		}
		const parentCode =
			level === 'wijk' ? own : normaliseCode(text_(props, 'wijkcode', 'wk_code'), 'WK', 6) || `WK${code.slice(2, 8)}`;
		const geometry = isRecord(f) ? f.geometry : undefined;
		kept.push({ index, code, level, name, parentCode, population: readPopulation(props), geometry });
	}

	if (codeless.length > 0) {
		problems.push(
			`${codeless.length === 1 ? '1 gebied heeft' : `${codeless.length} gebieden hebben`} geen CBS-code (bijvoorbeeld gebied nr. ${codeless[0]! + 1}). Elk gebied heeft een wijkcode (zoals WK054603) of buurtcode (zoals BU05460301) nodig, in een kolom zoals WK_CODE, wijkcode of statcode.`
		);
	}
	problems.push(...badCodes);
	if (kept.length === 0 && problems.length === 0) {
		const list = [...others.keys()].sort();
		const named = list.slice(0, 5).join(', ') + (list.length > 5 ? ` en ${list.length - 5} andere` : '');
		problems.push(
			`Er staan geen wijken of buurten van gemeente ${gemeente} in het bestand.` +
				(list.length > 0 ? ` Het bestand heeft wel gebieden van: ${named}. Kies het bestand of de gemeente die bij elkaar horen.` : ' Kies een bestand met de wijken en buurten van uw gemeente.')
		);
	}

	const seen = new Map<string, number>();
	for (const c of kept) seen.set(c.code, (seen.get(c.code) ?? 0) + 1);
	for (const [code, count] of seen) {
		if (count > 1) problems.push(`De code ${code} staat ${count} keer in het bestand. Elke wijk en buurt mag maar één keer voorkomen. Haal de dubbele eruit.`);
	}

	// Structure of the kept geometries and the coordinate range.
	const range = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
	for (const c of kept) {
		const issue = checkStructure(c.geometry);
		if (issue) problems.push(`${label(c)}: ${issue}`);
		else forEachPosition(c.geometry as AreaGeometry, (p) => {
			range.minX = Math.min(range.minX, p[0]!);
			range.maxX = Math.max(range.maxX, p[0]!);
			range.minY = Math.min(range.minY, p[1]!);
			range.maxY = Math.max(range.maxY, p[1]!);
		});
	}
	let crs: 'RD' | 'WGS84' | null = null;
	if (Number.isFinite(range.minX)) {
		const detected = detectCrs(data.crs, range);
		if (typeof detected === 'string') crs = detected;
		else problems.push(detected.problem);
	}
	if (problems.length > 0 || !crs) return fail(problems);

	// Reproject, then check validity (with the real coordinates, before any rounding).
	const geometries = kept.map((c) => {
		const g = c.geometry as AreaGeometry;
		return crs === 'RD' ? mapPositions(g, (p) => rdToWgs84.forward([p[0]!, p[1]!])) : mapPositions(g, (p) => [p[0]!, p[1]!]);
	});
	for (const [i, g] of geometries.entries()) {
		if (!isValidGeometry(g)) {
			problems.push(`${label(kept[i]!)}: de vorm is niet geldig. Bijvoorbeeld: een rand snijdt zichzelf, of een gat ligt buiten het vlak. Herstel de vorm in een GIS-programma (in QGIS: 'Geometrie repareren') en probeer het opnieuw.`);
		}
	}
	if (problems.length > 0) return fail(problems);

	const { geometries: simplified } = simplifyAreas(geometries);
	for (const [i, g] of simplified.entries()) {
		if (!g) problems.push(`${label(kept[i]!)}: de vorm kan niet goed vereenvoudigd worden. Controleer de vorm in een GIS-programma en probeer het opnieuw.`);
	}
	if (problems.length > 0) return fail(problems);

	const areas: ImportedArea[] = kept.map((c, i) => ({
		code: c.code,
		name: c.name,
		level: c.level,
		parentCode: c.parentCode,
		geometry: simplified[i]!,
		population: c.population
	}));
	areas.sort((a, b) => (a.level === b.level ? (a.code < b.code ? -1 : 1) : a.level === 'wijk' ? -1 : 1));

	const bytesBefore = kept.reduce((sum, c) => sum + utf8Length(JSON.stringify(c.geometry)), 0);
	const bytesAfter = areas.reduce((sum, a) => sum + utf8Length(JSON.stringify(a.geometry)), 0);

	if (otherGemeenten > 0) {
		notices.push(otherGemeenten === 1 ? '1 gebied van een andere gemeente is overgeslagen.' : `${otherGemeenten} gebieden van andere gemeenten zijn overgeslagen.`);
	}
	if (gemeenteFeatures > 0) notices.push('De grens van de gemeente zelf is overgeslagen. Alleen wijken en buurten worden ingelezen.');
	if (nameless > 0) notices.push(`${nameless === 1 ? '1 gebied heeft' : `${nameless} gebieden hebben`} geen naam. Daar gebruiken we de code als naam.`);
	const wijkCodes = new Set(areas.filter((a) => a.level === 'wijk').map((a) => a.code));
	if (wijkCodes.size > 0) {
		const orphans = areas.filter((a) => a.level === 'buurt' && !wijkCodes.has(a.parentCode));
		if (orphans.length > 0) {
			notices.push(`${orphans.length === 1 ? `Buurt ${orphans[0]!.code} hoort` : `${orphans.length} buurten (zoals ${orphans[0]!.code}) horen`} bij een wijk die niet in het bestand staat.`);
		}
	}
	if (crs === 'RD') notices.push('De coördinaten stonden in RD. We hebben ze omgezet naar WGS84 (lengte- en breedtegraad).');
	notices.push(`De vormen zijn vereenvoudigd voor de kaart: van ${kilobytes(bytesBefore)} kB naar ${kilobytes(bytesAfter)} kB.`);

	return { ok: true, areas, crs, bytesBefore, bytesAfter, otherGemeenten, notices };
}

/** The area a feature describes, from its (lower-cased) properties. */
function readArea(props: Map<string, unknown>): { code: string; level: 'wijk' | 'buurt' } | 'gemeente' | 'none' {
	const buurt = normaliseCode(text_(props, 'buurtcode', 'bu_code'), 'BU', 8);
	if (buurt) return { code: buurt, level: 'buurt' };
	const stat = normaliseCode(text_(props, 'statcode'), '', 0);
	if (stat.startsWith('BU')) return { code: stat, level: 'buurt' };
	const wijk = normaliseCode(text_(props, 'wijkcode', 'wk_code'), 'WK', 6);
	if (wijk) return { code: wijk, level: 'wijk' };
	if (stat.startsWith('WK')) return { code: stat, level: 'wijk' };
	if (stat.startsWith('GM') || text_(props, 'gemeentecode', 'gm_code')) return 'gemeente';
	return 'none';
}

/** Upper case, trimmed; a code of only `digits` digits gets its prefix ('0546' → 'GM0546'). */
function normaliseCode(value: string, prefix: string, digits: number): string {
	const code = value.trim().toUpperCase();
	return digits > 0 && new RegExp(`^\\d{${digits}}$`).test(code) ? prefix + code : code;
}

function readPopulation(props: Map<string, unknown>): number | null {
	for (const key of ['aant_inw', 'aantal_inwoners', 'aantalinwoners', 'bevolkingsaantal']) {
		const v = props.get(key);
		const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
		if (Number.isFinite(n)) return n >= 0 ? n : null;
	}
	return null;
}

/** The first non-empty text among the keys. */
function text_(props: Map<string, unknown>, ...keys: string[]): string {
	for (const key of keys) {
		const v = props.get(key);
		if ((typeof v === 'string' || typeof v === 'number') && String(v).trim() !== '') return String(v).trim();
	}
	return '';
}

function lowerKeys(props: Record<string, unknown>): Map<string, unknown> {
	const map = new Map<string, unknown>();
	for (const [k, v] of Object.entries(props)) if (!map.has(k.toLowerCase())) map.set(k.toLowerCase(), v);
	return map;
}

const label = (c: Candidate) => `${c.level === 'wijk' ? 'Wijk' : 'Buurt'} ${c.code}${c.name !== c.code ? ` (${c.name})` : ''}`;

/** What is wrong with the shape of a geometry, or null when it is a well-formed Polygon or MultiPolygon. */
function checkStructure(geometry: unknown): string | null {
	if (!isRecord(geometry)) return 'er is geen vorm (geometry). Elke wijk en buurt heeft een vlak nodig.';
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
		return `de vorm is van het type '${String(geometry.type)}'. Alleen vlakken kunnen (Polygon of MultiPolygon).`;
	}
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	if (!Array.isArray(polygons) || polygons.length === 0) return 'de vorm heeft geen coördinaten.';
	for (const polygon of polygons) {
		if (!Array.isArray(polygon) || polygon.length === 0) return 'de vorm heeft een vlak zonder coördinaten.';
		for (const ring of polygon) {
			if (!Array.isArray(ring)) return 'de coördinaten van de vorm kloppen niet.';
			for (const p of ring) {
				if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
					return 'de vorm heeft een punt dat geen getal is (bijvoorbeeld leeg of NaN).';
				}
			}
			if (ring.length < 4) return `een rand van de vorm heeft maar ${ring.length} punten. Dat moeten er minstens 4 zijn.`;
			const first = ring[0] as number[];
			const last = ring.at(-1) as number[];
			if (first[0] !== last[0] || first[1] !== last[1]) return 'een rand van de vorm is niet gesloten: het laatste punt moet gelijk zijn aan het eerste.';
		}
	}
	return null;
}

function detectCrs(member: unknown, r: { minX: number; maxX: number; minY: number; maxY: number }): 'RD' | 'WGS84' | { problem: string } {
	const inside = (b: typeof RD_RANGE) => r.minX >= b.minX && r.maxX <= b.maxX && r.minY >= b.minY && r.maxY <= b.maxY;
	const byRange = inside(RD_RANGE) ? 'RD' : inside(WGS84_RANGE) ? 'WGS84' : null;
	const name = isRecord(member) && isRecord(member.properties) ? String(member.properties.name ?? '') : '';
	const declared = !name ? null : /28992/.test(name) ? 'RD' : /CRS84|4326/i.test(name) ? 'WGS84' : 'other';
	const hint = 'Sla het bestand op in RD (EPSG:28992) of WGS84 (EPSG:4326) en probeer het opnieuw.';
	if (declared === 'other') return { problem: `De coördinaten zijn niet in RD (EPSG:28992) of WGS84. Het bestand gebruikt ${name}. ${hint}` };
	if (declared && byRange !== declared) {
		return { problem: `Het bestand zegt dat de coördinaten in ${declared === 'RD' ? 'RD (EPSG:28992)' : 'WGS84'} staan, maar ze passen daar niet bij. Ligt het gebied wel in Nederland? ${hint}` };
	}
	if (byRange) return byRange;
	const swapped = r.minX >= WGS84_RANGE.minY && r.maxX <= WGS84_RANGE.maxY && r.minY >= WGS84_RANGE.minX && r.maxY <= WGS84_RANGE.maxX;
	if (swapped) return { problem: `De lengte- en breedtegraad lijken omgedraaid: de eerste coördinaat moet de lengtegraad zijn (ongeveer 3 tot 7). ${hint}` };
	return { problem: `De coördinaten zijn niet in RD (EPSG:28992) of WGS84, of het gebied ligt niet in Nederland. ${hint}` };
}

function forEachPosition(g: AreaGeometry, fn: (p: Position) => void) {
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	for (const polygon of polygons) for (const ring of polygon) for (const p of ring) fn(p);
}

function mapPositions(g: AreaGeometry, fn: (p: Position) => Position): AreaGeometry {
	if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(fn)) };
	return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(fn))) };
}

function fail(problems: string[]): GeoImportResult {
	if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
	const rest = problems.length - MAX_PROBLEMS;
	return { ok: false, problems: [...problems.slice(0, MAX_PROBLEMS), `En nog ${rest} ${rest === 1 ? 'probleem' : 'problemen'}.`] };
}

function isRecord(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** UTF-8 byte length without allocating (geometry JSON is ASCII, but names in features need not be). */
export function utf8Length(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff) {
			n += 4;
			i++;
		} else n += 3;
	}
	return n;
}

const megabytes = (bytes: number) => String(Math.round((bytes / 1024 / 1024) * 10) / 10).replace('.', ',');
const kilobytes = (bytes: number) => String(Math.round((bytes / 1024) * 10) / 10).replace('.', ',');
