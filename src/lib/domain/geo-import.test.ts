import { readFileSync } from 'node:fs';
import { booleanValid } from '@turf/boolean-valid';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { union, type Geom } from 'polyclip-ts';
import { describe, expect, it } from 'vitest';
import { importAreas, type GeoImportResult, type ImportedArea } from './geo-import';
import { ringSignedArea } from './geo-simplify';

const root = new URL('../../../', import.meta.url);
const leiden = readFileSync(new URL('data/leiden-wijken-2023.geojson', root), 'utf8');
const katwijk = readFileSync(new URL('tests/fixtures/gebieden/katwijk-rd.geojson', root), 'utf8');

type Props = Record<string, unknown>;
const feature = (properties: Props, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const collection = (features: unknown[], extra: object = {}) => JSON.stringify({ type: 'FeatureCollection', ...extra, features });
/** A square ring, counter-clockwise (RFC 7946), lower-left corner (x, y). */
const square = (x: number, y: number, size: number): Position[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
const polygon = (...rings: unknown[][]) => ({ type: 'Polygon', coordinates: rings });

function ok(result: GeoImportResult) {
	if (!result.ok) throw new Error(`expected ok, got: ${result.problems.join(' | ')}`);
	return result;
}
function problems(result: GeoImportResult): string[] {
	if (result.ok) throw new Error('expected problems');
	return result.problems;
}
const rings = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
function center(g: Polygon | MultiPolygon): [number, number] {
	const ps = rings(g).flat(2);
	const xs = ps.map((p) => p[0]!);
	const ys = ps.map((p) => p[1]!);
	return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}
/** The union of areas' geometries (polyclip-ts). */
function unionAll(areas: ImportedArea[]) {
	const [first, ...rest] = areas.map((a) => a.geometry.coordinates as Geom);
	return union(first!, ...rest);
}
/** The checks every output geometry must pass. */
function expectWellFormed(areas: ImportedArea[]) {
	for (const a of areas) {
		expect(booleanValid(a.geometry), a.code).toBe(true);
		for (const poly of rings(a.geometry)) {
			for (const [i, ring] of poly.entries()) {
				expect(ring.length, a.code).toBeGreaterThanOrEqual(4);
				expect(ring[0]).toEqual(ring.at(-1));
				// d3-geo: exterior clockwise (negative shoelace in lon/lat), holes counter-clockwise.
				if (i === 0) expect(ringSignedArea(ring), a.code).toBeLessThan(0);
				else expect(ringSignedArea(ring), a.code).toBeGreaterThan(0);
				for (const p of ring) for (const v of p) expect(Math.abs(v * 1e5 - Math.round(v * 1e5))).toBeLessThan(1e-6);
			}
		}
	}
}

describe('importAreas: the demo file and the Katwijk example', () => {
	it('imports the 10 Leiden wijken, deriving the gemeente from the WK code', () => {
		const r = ok(importAreas(leiden, 'GM0546'));
		expect(r.crs).toBe('WGS84');
		expect(r.areas).toHaveLength(10);
		expect(r.areas.every((a) => a.level === 'wijk' && a.parentCode === 'GM0546' && a.population === null)).toBe(true);
		expect(r.areas[0]).toMatchObject({ code: 'WK054600', name: 'Binnenstad-Zuid' });
		expect(r.otherGemeenten).toBe(0);
		expectWellFormed(r.areas);
	});

	it('winds rings the way the demo file does (which renders in d3-geo)', () => {
		const demo = JSON.parse(leiden) as { features: { geometry: Polygon }[] };
		for (const f of demo.features) expect(ringSignedArea(f.geometry.coordinates[0]!)).toBeLessThan(0);
		// An input wound the other way (RFC 7946) comes out like the demo file.
		const rfc = collection([feature({ statcode: 'WK054600', statnaam: 'A' }, polygon(square(4.48, 52.15, 0.01), square(4.483, 52.153, 0.002).reverse()))]);
		const [area] = ok(importAreas(rfc, 'GM0546')).areas;
		expect(ringSignedArea((area!.geometry as Polygon).coordinates[0]!)).toBeLessThan(0);
		expect(ringSignedArea((area!.geometry as Polygon).coordinates[1]!)).toBeGreaterThan(0);
		expectWellFormed([area!]);
	});

	it('imports the Katwijk example: RD, CBS upper-case names, wijken and buurten, one other gemeente skipped', () => {
		const r = ok(importAreas(katwijk, 'GM0537'));
		expect(r.crs).toBe('RD');
		expect(r.otherGemeenten).toBe(1);
		expect(r.notices).toContain('1 gebied van een andere gemeente is overgeslagen.');
		expect(r.areas.filter((a) => a.level === 'wijk').map((a) => a.code)).toEqual(['WK053700', 'WK053701', 'WK053702', 'WK053703']);
		expect(r.areas.filter((a) => a.level === 'buurt')).toHaveLength(11);
		expect(r.areas.find((a) => a.code === 'BU05370201')).toMatchObject({ name: 'Vlietlanden', parentCode: 'WK053702', population: 2115 });
		expect(r.areas.find((a) => a.code === 'BU05370301')!.population).toBeNull(); // -99999999: secret
		expect(r.areas.find((a) => a.code === 'WK053700')).toMatchObject({ name: 'Katwijk aan Zee', parentCode: 'GM0537' });
		expect(r.bytesAfter).toBeLessThan(r.bytesBefore * 0.8);
		expectWellFormed(r.areas);
		// The wijken tile the gemeente: their union is one polygon without holes, and they do not overlap.
		const wijken = r.areas.filter((a) => a.level === 'wijk');
		const merged = unionAll(wijken);
		expect(merged).toHaveLength(1);
		expect(merged[0]).toHaveLength(1);
	});

	it('keeps the example files small', () => {
		expect(katwijk.length).toBeLessThan(60_000);
		expect(readFileSync(new URL('tests/fixtures/gebieden/katwijk-2025-herindeling.geojson', root), 'utf8').length).toBeLessThan(60_000);
	});
});

describe('importAreas: coordinates', () => {
	it('reprojects RD New to WGS84 (Leiden is near x 93000, y 463000)', () => {
		const text = collection([
			feature({ WK_CODE: 'WK054601', WK_NAAM: 'West', GM_CODE: 'GM0546' }, polygon(square(92_000, 462_500, 1_000))),
			feature({ WK_CODE: 'WK054602', WK_NAAM: 'Oost', GM_CODE: 'GM0546' }, polygon(square(93_000, 462_500, 1_000)))
		]);
		const r = ok(importAreas(text, 'GM0546'));
		expect(r.crs).toBe('RD');
		const [lon, lat] = center({ type: 'MultiPolygon', coordinates: r.areas.map((a) => (a.geometry as Polygon).coordinates) });
		expect(Math.abs(lon - 4.49)).toBeLessThan(0.01);
		expect(Math.abs(lat - 52.16)).toBeLessThan(0.01);
		expectWellFormed(r.areas);
	});

	it('accepts a crs member naming EPSG:28992 or CRS84', () => {
		const rd = collection([feature({ WK_CODE: 'WK054601' }, polygon(square(92_000, 462_000, 1_000)))], { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } } });
		expect(ok(importAreas(rd, 'GM0546')).crs).toBe('RD');
		const wgs = collection([feature({ WK_CODE: 'WK054601' }, polygon(square(4.48, 52.15, 0.01)))], { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } });
		expect(ok(importAreas(wgs, 'GM0546')).crs).toBe('WGS84');
	});

	it('refuses other coordinate systems, a crs member that does not fit, and swapped lat/lon', () => {
		const mercator = collection([feature({ WK_CODE: 'WK054601' }, polygon(square(499_000, 6_830_000, 1_000)))]);
		expect(problems(importAreas(mercator, 'GM0546'))[0]).toMatch(/^De coördinaten zijn niet in RD \(EPSG:28992\) of WGS84/);
		const named = collection([feature({ WK_CODE: 'WK054601' }, polygon(square(4.48, 52.15, 0.01)))], { crs: { type: 'name', properties: { name: 'EPSG:3857' } } });
		expect(problems(importAreas(named, 'GM0546'))[0]).toMatch(/niet in RD.*EPSG:3857/);
		const lying = collection([feature({ WK_CODE: 'WK054601' }, polygon(square(4.48, 52.15, 0.01)))], { crs: { type: 'name', properties: { name: 'EPSG:28992' } } });
		expect(problems(importAreas(lying, 'GM0546'))[0]).toMatch(/zegt dat de coördinaten in RD/);
		const swapped = collection([feature({ WK_CODE: 'WK054601' }, polygon(square(52.15, 4.48, 0.01)))]);
		expect(problems(importAreas(swapped, 'GM0546'))[0]).toMatch(/omgedraaid/);
	});
});

describe('importAreas: property names', () => {
	const geometry = polygon(square(4.48, 52.15, 0.01));

	it('reads CBS shapefile names (upper case) with population', () => {
		const r = ok(importAreas(collection([feature({ WK_CODE: 'wk054603 ', WK_NAAM: ' Leiden-Noord ', GM_CODE: 'GM0546', AANT_INW: 15_320 }, geometry)]), 'gm0546'));
		expect(r.areas[0]).toMatchObject({ code: 'WK054603', name: 'Leiden-Noord', level: 'wijk', parentCode: 'GM0546', population: 15_320 });
	});

	it('reads PDOK WFS names, with camelCase population and codes without prefix', () => {
		const r = ok(importAreas(collection([feature({ wijkcode: '054603', wijknaam: 'Leiden-Noord', gemeentecode: '0546', aantalInwoners: '900' }, geometry)]), '0546'));
		expect(r.areas[0]).toMatchObject({ code: 'WK054603', parentCode: 'GM0546', population: 900 });
		const lower = ok(importAreas(collection([feature({ wijkcode: 'WK054603', wijknaam: 'N', gemeentecode: 'GM0546', aantal_inwoners: -99_999_999 }, geometry)]), 'GM0546'));
		expect(lower.areas[0]!.population).toBeNull();
	});

	it('reads cartomap statcode/statnaam, in any letter case', () => {
		const r = ok(importAreas(collection([feature({ StatCode: 'WK054603', STATNAAM: 'Leiden-Noord', Bevolkingsaantal: 12 }, geometry)]), 'GM0546'));
		expect(r.areas[0]).toMatchObject({ code: 'WK054603', name: 'Leiden-Noord', population: 12 });
	});

	it('keeps wijken and buurten, each buurt with its wijk (property or derived from its code)', () => {
		const text = collection([
			feature({ WK_CODE: 'WK054603', WK_NAAM: 'Leiden-Noord' }, polygon(square(4.48, 52.15, 0.02))),
			feature({ BU_CODE: 'BU05460301', BU_NAAM: 'Noord-West', WK_CODE: 'WK054603', GM_CODE: 'GM0546' }, polygon(square(4.48, 52.15, 0.01))),
			feature({ statcode: 'BU05460302', statnaam: 'Noord-Oost' }, polygon(square(4.49, 52.15, 0.01))),
			feature({ buurtcode: 'BU05460303', buurtnaam: 'Noord-Midden', wijkcode: 'WK054603', gemeentecode: 'GM0546' }, polygon(square(4.48, 52.16, 0.01)))
		]);
		const r = ok(importAreas(text, 'GM0546'));
		expect(r.areas.map((a) => [a.code, a.level, a.parentCode])).toEqual([
			['WK054603', 'wijk', 'GM0546'],
			['BU05460301', 'buurt', 'WK054603'],
			['BU05460302', 'buurt', 'WK054603'],
			['BU05460303', 'buurt', 'WK054603']
		]);
		expectWellFormed(r.areas);
	});

	it('tells when a buurt belongs to a wijk that is not in the file', () => {
		const text = collection([
			feature({ WK_CODE: 'WK054603', WK_NAAM: 'Leiden-Noord' }, polygon(square(4.48, 52.15, 0.01))),
			feature({ BU_CODE: 'BU05460401', BU_NAAM: 'Elders' }, polygon(square(4.5, 52.15, 0.01)))
		]);
		expect(ok(importAreas(text, 'GM0546')).notices.join(' ')).toMatch(/Buurt BU05460401 hoort bij een wijk die niet in het bestand staat/);
	});

	it('keeps names with HTML verbatim, trimmed and capped at 120 characters; a missing name becomes the code', () => {
		const long = 'x'.repeat(130);
		const text = collection([
			feature({ WK_CODE: 'WK054601', WK_NAAM: '  <script>alert(1)</script> ' }, polygon(square(4.48, 52.15, 0.01))),
			feature({ WK_CODE: 'WK054602', WK_NAAM: long }, polygon(square(4.49, 52.15, 0.01))),
			feature({ WK_CODE: 'WK054603' }, polygon(square(4.5, 52.15, 0.01)))
		]);
		const r = ok(importAreas(text, 'GM0546'));
		expect(r.areas.map((a) => a.name)).toEqual(['<script>alert(1)</script>', 'x'.repeat(120), 'WK054603']);
		expect(r.notices.join(' ')).toMatch(/ingekort/);
		expect(r.notices.join(' ')).toMatch(/1 gebied heeft geen naam/);
	});
});

describe('importAreas: other gemeenten', () => {
	it('skips and counts them', () => {
		const text = collection([
			feature({ WK_CODE: 'WK054601', WK_NAAM: 'A' }, polygon(square(4.48, 52.15, 0.01))),
			feature({ WK_CODE: 'WK053700', WK_NAAM: 'B', GM_CODE: 'GM0537' }, polygon(square(4.4, 52.2, 0.01))),
			feature({ WK_CODE: 'WK059900', WK_NAAM: 'C' }, polygon(square(4.4, 51.9, 0.01))),
			feature({ GM_CODE: 'GM0546', GM_NAAM: 'Leiden' }, polygon(square(4.47, 52.14, 0.05)))
		]);
		const r = ok(importAreas(text, 'GM0546'));
		expect(r.areas.map((a) => a.code)).toEqual(['WK054601']);
		expect(r.otherGemeenten).toBe(2);
		expect(r.notices).toContain('2 gebieden van andere gemeenten zijn overgeslagen.');
		expect(r.notices.join(' ')).toMatch(/grens van de gemeente zelf is overgeslagen/);
	});

	it('names the gemeente and the gemeenten the file has when none is left', () => {
		const text = collection([
			feature({ WK_CODE: 'WK053700', WK_NAAM: 'B' }, polygon(square(4.4, 52.2, 0.01))),
			feature({ BU_CODE: 'BU05990001', BU_NAAM: 'C' }, polygon(square(4.4, 51.9, 0.01)))
		]);
		const [problem] = problems(importAreas(text, 'GM0546'));
		expect(problem).toMatch(/geen wijken of buurten van gemeente GM0546/);
		expect(problem).toMatch(/GM0537, GM0599/);
	});

	it('refuses a gemeente code that is not one', () => {
		expect(problems(importAreas(leiden, 'Leiden'))[0]).toMatch(/gemeentecode 'Leiden' klopt niet/);
	});
});

describe('importAreas: bad input gives Dutch problems, never an exception', () => {
	const good = (code: string, x = 4.48) => feature({ WK_CODE: code, WK_NAAM: code }, polygon(square(x, 52.15, 0.01)));

	it('not JSON, not a FeatureCollection, no features', () => {
		expect(problems(importAreas('{"type": "FeatureCollection", features: [', 'GM0546'))[0]).toMatch(/geen geldig GeoJSON/);
		expect(problems(importAreas('', 'GM0546'))[0]).toMatch(/geen geldig GeoJSON/);
		expect(problems(importAreas('{"type":"Feature","geometry":null}', 'GM0546'))[0]).toMatch(/geen GeoJSON FeatureCollection/);
		expect(problems(importAreas('[1,2]', 'GM0546'))[0]).toMatch(/geen GeoJSON FeatureCollection/);
		expect(problems(importAreas('{"type":"FeatureCollection","features":[]}', 'GM0546'))[0]).toMatch(/geen gebieden/);
	});

	it('too large, checked before parsing', () => {
		const [problem] = problems(importAreas('x'.repeat(2 * 1024 * 1024), 'GM0546', { maxBytes: 1024 * 1024 }));
		expect(problem).toMatch(/te groot \(2 MB\).*hoogstens 1 MB/);
	});

	it('features without a CBS code: how many and an example', () => {
		const text = collection([good('WK054601'), feature({ naam: 'Zonder code' }, polygon(square(4.5, 52.15, 0.01))), { type: 'Feature', geometry: null }, 'rubbish']);
		expect(problems(importAreas(text, 'GM0546'))).toEqual([expect.stringMatching(/^3 gebieden hebben geen CBS-code \(bijvoorbeeld gebied nr\. 2\)/)]);
	});

	it('codes that are not CBS codes', () => {
		const text = collection([good('WK054601'), feature({ statcode: 'WK12', statnaam: 'X' }, polygon(square(4.5, 52.15, 0.01)))]);
		expect(problems(importAreas(text, 'GM0546'))[0]).toMatch(/'WK12' \(gebied nr\. 2\) is geen geldige wijkcode/);
	});

	it('duplicate codes', () => {
		const text = collection([good('WK054601'), good('WK054601', 4.5), good('WK054602', 4.52)]);
		expect(problems(importAreas(text, 'GM0546'))).toEqual([expect.stringMatching(/^De code WK054601 staat 2 keer in het bestand/)]);
	});

	it('broken polygons, each named by its code, all reported', () => {
		const bowtie = [[4.48, 52.15], [4.49, 52.16], [4.49, 52.15], [4.48, 52.16], [4.48, 52.15]];
		const text = collection([
			good('WK054600'),
			feature({ WK_CODE: 'WK054601', WK_NAAM: 'Punt' }, { type: 'Point', coordinates: [4.48, 52.15] }),
			feature({ WK_CODE: 'WK054602', WK_NAAM: 'Kort' }, polygon([[4.48, 52.15], [4.49, 52.15], [4.48, 52.15]])),
			feature({ WK_CODE: 'WK054603', WK_NAAM: 'Open' }, polygon(square(4.48, 52.15, 0.01).slice(0, 4))),
			feature({ WK_CODE: 'WK054604', WK_NAAM: 'Leeg' }, null),
			feature({ WK_CODE: 'WK054605', WK_NAAM: 'Geen getal' }, polygon([[4.48, 52.15], [4.49, null], [4.49, 52.16], [4.48, 52.15]])),
			feature({ WK_CODE: 'WK054606', WK_NAAM: 'Tekst' }, polygon([[4.48, 52.15], ['4.49', 52.15], [4.49, 52.16], [4.48, 52.15]]))
		]);
		const found = problems(importAreas(text, 'GM0546'));
		expect(found).toEqual([
			expect.stringMatching(/^Wijk WK054601 \(Punt\): de vorm is van het type 'Point'/),
			expect.stringMatching(/^Wijk WK054602 \(Kort\): een rand van de vorm heeft maar 3 punten/),
			expect.stringMatching(/^Wijk WK054603 \(Open\): een rand van de vorm is niet gesloten/),
			expect.stringMatching(/^Wijk WK054604 \(Leeg\): er is geen vorm/),
			expect.stringMatching(/^Wijk WK054605 \(Geen getal\): .*geen getal/),
			expect.stringMatching(/^Wijk WK054606 \(Tekst\): .*geen getal/)
		]);
		const invalid = collection([good('WK054600'), feature({ WK_CODE: 'WK054607', WK_NAAM: 'Strik' }, polygon(bowtie))]);
		expect(problems(importAreas(invalid, 'GM0546'))).toEqual([expect.stringMatching(/^Wijk WK054607 \(Strik\): de vorm is niet geldig/)]);
	});

	it('caps the list at 20 problems', () => {
		const text = collection(Array.from({ length: 25 }, (_, i) => feature({ WK_CODE: `WK0546${String(i).padStart(2, '0')}` }, null)));
		const found = problems(importAreas(text, 'GM0546'));
		expect(found).toHaveLength(21);
		expect(found[20]).toBe('En nog 5 problemen.');
	});
});

describe('importAreas: simplification', () => {
	/** A circle of 2,000 points with wavy spokes, split into `n` neighbouring wedges. */
	function wedges(n: number): string {
		const [cx, cy, r] = [4.49, 52.16, 0.03];
		const rim = (i: number): Position => {
			const a = (2 * Math.PI * i) / 2000;
			return [cx + r * Math.cos(a) * 1.6, cy + r * Math.sin(a)];
		};
		const spoke = (k: number): Position[] => {
			// 60 points from the centre to the rim, with a wave: a shared border to simplify.
			const end = rim((k * 2000) / n);
			return Array.from({ length: 59 }, (_, s) => {
				const t = (s + 1) / 60;
				const wave = 0.002 * Math.sin(t * Math.PI * 3) + 0.00002 * Math.sin(s * 2.1);
				return [cx + t * (end[0]! - cx) - wave * (end[1]! - cy) / r, cy + t * (end[1]! - cy) + wave * (end[0]! - cx) / r];
			});
		};
		const features = Array.from({ length: n }, (_, k) => {
			const arc = Array.from({ length: 2000 / n + 1 }, (_, i) => rim((k * 2000) / n + i));
			const ring = [[cx, cy], ...spoke(k), ...arc, ...spoke((k + 1) % n).reverse(), [cx, cy]];
			return feature({ statcode: `WK05460${k}`, statnaam: `Taartpunt ${k}` }, polygon(ring));
		});
		return collection(features);
	}

	it('reduces a detailed input, keeps every area valid and neighbours sharing identical border vertices', () => {
		const r = ok(importAreas(wedges(5), 'GM0546'));
		expect(r.areas).toHaveLength(5);
		expect(r.bytesBefore).toBeGreaterThan(50_000);
		expect(r.bytesAfter).toBeLessThan(r.bytesBefore / 4);
		expectWellFormed(r.areas);
		const vertices = r.areas.map((a) => new Set((a.geometry as Polygon).coordinates[0]!.map((p) => p.join(','))));
		for (let k = 0; k < 5; k++) {
			const next = (k + 1) % 5;
			const shared = [...vertices[k]!].filter((v) => vertices[next]!.has(v));
			// The centre, the rim point and the spoke's wave points that survived simplification.
			expect(shared.length).toBeGreaterThanOrEqual(4);
		}
		// No gaps and no overlaps: together the wedges are one polygon without holes, with the same area.
		const merged = unionAll(r.areas);
		expect(merged).toHaveLength(1);
		expect(merged[0]).toHaveLength(1);
		const sum = r.areas.reduce((s, a) => s - ringSignedArea((a.geometry as Polygon).coordinates[0]!), 0);
		expect(Math.abs(ringSignedArea(merged[0]![0]!))).toBeCloseTo(sum, 10);
	});

	it('keeps 30 wijken on a detailed grid under 100 KB', () => {
		// Grid lines computed from integers, so neighbours get bit-identical corners.
		const X = (i: number) => (4400 + 20 * i) / 1000;
		const Y = (j: number) => (52100 + 15 * j) / 1000;
		// A side of 100 points with a little noise (zero at the corners); a shared side gets the same points for both.
		const side = (x0: number, y0: number, x1: number, y1: number): Position[] =>
			Array.from({ length: 100 }, (_, s) => {
				const t = s / 100;
				const noise = 0.0003 * Math.sin(Math.PI * t) * Math.sin((x0 + y0 + x1 + y1) * 1e4 + s * 1.7);
				return [x0 + t * (x1 - x0) + (y1 === y0 ? 0 : noise), y0 + t * (y1 - y0) + (x1 === x0 ? 0 : noise)];
			});
		const features = [];
		for (let i = 0; i < 6; i++) {
			for (let j = 0; j < 5; j++) {
				const [x0, x1, y0, y1] = [X(i), X(i + 1), Y(j), Y(j + 1)];
				const bottom = side(x0, y0, x1, y0);
				const right = side(x1, y0, x1, y1);
				const top: Position[] = [[x1, y1], ...side(x0, y1, x1, y1).slice(1).reverse()];
				const left: Position[] = [[x0, y1], ...side(x0, y0, x0, y1).slice(1).reverse()];
				features.push(feature({ statcode: `WK0546${i}${j}`, statnaam: `Wijk ${i}${j}` }, polygon([...bottom, ...right, ...top, ...left, [x0, y0]])));
			}
		}
		const r = ok(importAreas(collection(features), 'GM0546'));
		expect(r.areas).toHaveLength(30);
		expect(r.bytesAfter).toBeLessThan(100 * 1024);
		expect(r.bytesAfter).toBeLessThan(r.bytesBefore);
		expectWellFormed(r.areas);
		const merged = unionAll(r.areas);
		expect(merged).toHaveLength(1);
		expect(merged[0]).toHaveLength(1);
	});

	it('never loses a small island: it gets its detail back instead of collapsing', () => {
		const island = [[4.5301, 52.1501], [4.5302, 52.1501], [4.53015, 52.1502], [4.5301, 52.1501]];
		const text = collection([
			feature({ statcode: 'WK054601', statnaam: 'Met eiland' }, { type: 'MultiPolygon', coordinates: [[square(4.48, 52.15, 0.05)], [island]] }),
			feature({ statcode: 'WK054602', statnaam: 'Buur' }, polygon(square(4.43, 52.15, 0.05)))
		]);
		const r = ok(importAreas(text, 'GM0546'));
		const g = r.areas[0]!.geometry;
		expect(g.type).toBe('MultiPolygon');
		expect((g as MultiPolygon).coordinates).toHaveLength(2);
		expectWellFormed(r.areas);
	});
});
