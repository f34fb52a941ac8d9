import { readFileSync } from 'node:fs';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { planAreaChanges, type ExistingArea } from './area-changes';
import { importAreas, type ImportedArea } from './geo-import';

const root = new URL('../../../', import.meta.url);
function katwijk(file: string): ImportedArea[] {
	const r = importAreas(readFileSync(new URL(`tests/fixtures/gebieden/${file}`, root), 'utf8'), 'GM0537');
	if (!r.ok) throw new Error(r.problems.join(' | '));
	return r.areas;
}
const asExisting = (areas: ImportedArea[]): ExistingArea[] => areas.map((a) => ({ code: a.code, name: a.name, level: a.level, geometry: a.geometry, archived: false }));

const square = (x: number, y: number, w: number, h = w): Polygon => ({
	type: 'Polygon',
	coordinates: [[[x, y], [x, y + h], [x + w, y + h], [x + w, y], [x, y]] as Position[]]
});
const wijk = (code: string, name: string, geometry: Polygon): ImportedArea => ({ code, name, level: 'wijk', parentCode: 'GM0546', geometry, population: null });
const existing = (code: string, name: string, geometry: Polygon | null, extra: Partial<ExistingArea> = {}): ExistingArea => ({ code, name, level: 'wijk', geometry, archived: false, ...extra });

describe('planAreaChanges', () => {
	it('shows the Katwijk re-division: a split wijk, a renamed wijk, new and removed buurten', () => {
		const plan = planAreaChanges(asExisting(katwijk('katwijk-rd.geojson')), katwijk('katwijk-2025-herindeling.geojson'));
		expect(plan.added.map((a) => a.code)).toEqual(['BU05370400', 'BU05370401', 'BU05370500', 'BU05370501', 'WK053704', 'WK053705']);
		expect(plan.renamed).toEqual([{ code: 'WK053700', from: 'Katwijk aan Zee', to: 'Katwijk Zee-Noord' }]);
		expect(plan.reshaped).toEqual([]);
		expect(plan.unchanged).toEqual(['BU05370000', 'BU05370001', 'BU05370002', 'BU05370100', 'BU05370101', 'BU05370300', 'BU05370301', 'BU05370302', 'WK053701', 'WK053703']);
		expect(plan.removed.map((r) => r.code)).toEqual(['BU05370200', 'BU05370201', 'BU05370202', 'WK053702']);

		const rijnsburg = plan.removed.find((r) => r.code === 'WK053702')!;
		expect(rijnsburg).toMatchObject({ name: 'Rijnsburg', level: 'wijk' });
		expect(rijnsburg.successors.map((s) => s.code).sort()).toEqual(['WK053704', 'WK053705']);
		expect(rijnsburg.successors[0]!.share).toBeGreaterThanOrEqual(rijnsburg.successors[1]!.share);
		expect(rijnsburg.successors.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 2);

		// A buurt that moved to a new wijk under a new code has the new buurt as its one successor.
		const centrum = plan.removed.find((r) => r.code === 'BU05370200')!;
		expect(centrum.successors).toEqual([{ code: 'BU05370400', name: 'Rijnsburg-Centrum', share: expect.closeTo(1, 2) }]);
		// A buurt split into two.
		const klei = plan.removed.find((r) => r.code === 'BU05370202')!;
		expect(klei.successors.map((s) => s.code).sort()).toEqual(['BU05370500', 'BU05370501']);
	});

	it('the same file twice changes nothing', () => {
		const areas = katwijk('katwijk-rd.geojson');
		const plan = planAreaChanges(asExisting(areas), areas);
		expect(plan).toEqual({ added: [], renamed: [], reshaped: [], unchanged: areas.map((a) => a.code).sort(), removed: [] });
	});

	it('a merge: two old wijken, each with the new wijk as successor', () => {
		const plan = planAreaChanges(
			[existing('WK054601', 'West', square(4.48, 52.15, 0.01)), existing('WK054602', 'Oost', square(4.49, 52.15, 0.01))],
			[wijk('WK054610', 'Samen', square(4.48, 52.15, 0.02, 0.01))]
		);
		expect(plan.added).toEqual([{ code: 'WK054610', name: 'Samen', level: 'wijk' }]);
		expect(plan.removed).toEqual([
			{ code: 'WK054601', name: 'West', level: 'wijk', successors: [{ code: 'WK054610', name: 'Samen', share: expect.closeTo(1, 2) }] },
			{ code: 'WK054602', name: 'Oost', level: 'wijk', successors: [{ code: 'WK054610', name: 'Samen', share: expect.closeTo(1, 2) }] }
		]);
	});

	it('a reshape above 1% counts, a smaller one does not; successors below 5% are left out', () => {
		const plan = planAreaChanges(
			[existing('WK054601', 'A', square(4.48, 52.15, 0.01)), existing('WK054602', 'B', square(4.5, 52.15, 0.01)), existing('WK054603', 'C', square(4.52, 52.15, 0.01))],
			[
				wijk('WK054601', 'A', square(4.48, 52.15, 0.0105, 0.01)), // 5% larger
				wijk('WK054602', 'B', square(4.5, 52.15, 0.01005, 0.01)), // 0.5% larger
				wijk('WK054604', 'D', square(4.5203, 52.15, 0.01)), // covers 97% of C
				wijk('WK054605', 'E', square(4.5103, 52.15, 0.01)) // covers 3% of C
			]
		);
		expect(plan.reshaped).toEqual([{ code: 'WK054601', name: 'A' }]);
		expect(plan.unchanged).toEqual(['WK054602']);
		expect(plan.removed).toEqual([{ code: 'WK054603', name: 'C', level: 'wijk', successors: [{ code: 'WK054604', name: 'D', share: expect.closeTo(0.97, 2) }] }]);
	});

	it('ignores gemeente areas and archived areas; an archived code that comes back is added; no shape before is a reshape', () => {
		const plan = planAreaChanges(
			[
				existing('GM0546', 'Leiden', square(4.4, 52.1, 0.2), { level: 'gemeente' }),
				existing('WK054601', 'Oud', square(4.48, 52.15, 0.01), { archived: true }),
				existing('WK054602', 'Weg', square(4.49, 52.15, 0.01), { archived: true }),
				existing('WK054603', 'Zonder vorm', null),
				existing('WK054604', 'Ook zonder vorm', null)
			],
			[wijk('WK054601', 'Terug', square(4.48, 52.15, 0.01)), wijk('WK054603', 'Zonder vorm', square(4.5, 52.15, 0.01))]
		);
		expect(plan.added).toEqual([{ code: 'WK054601', name: 'Terug', level: 'wijk' }]);
		expect(plan.reshaped).toEqual([{ code: 'WK054603', name: 'Zonder vorm' }]);
		expect(plan.removed).toEqual([{ code: 'WK054604', name: 'Ook zonder vorm', level: 'wijk', successors: [] }]);
		expect(plan.unchanged).toEqual([]);
	});

	it('successors have the same level', () => {
		const plan = planAreaChanges(
			[existing('WK054601', 'A', square(4.48, 52.15, 0.01))],
			[{ code: 'BU05460201', name: 'Buurt', level: 'buurt', parentCode: 'WK054602', geometry: square(4.48, 52.15, 0.01), population: null }]
		);
		expect(plan.removed[0]!.successors).toEqual([]);
	});

	it('is quick enough for 300 buurten', () => {
		const grid = (dx: number) => {
			const out: ImportedArea[] = [];
			for (let i = 0; i < 20; i++) {
				for (let j = 0; j < 15; j++) {
					out.push({ code: `BU0546${String(i).padStart(2, '0')}${String(j).padStart(2, '0')}`, name: `${i}-${j}`, level: 'buurt', parentCode: 'WK054600', geometry: square(4.4 + i * 0.005 + dx, 52.1 + j * 0.004, 0.005, 0.004), population: null });
				}
			}
			return out;
		};
		const old = grid(0).map((a) => ({ ...a, code: a.code.replace('BU0546', 'BU0547') }));
		const start = performance.now();
		const plan = planAreaChanges(asExisting(old), grid(0.001));
		expect(performance.now() - start).toBeLessThan(5_000);
		expect(plan.removed).toHaveLength(300);
		expect(plan.added).toHaveLength(300);
		// Shifted by a fifth of a cell: most of each old buurt is in one new buurt, a fifth in its neighbour.
		const middle = plan.removed.find((r) => r.name === '5-5')!;
		expect(middle.successors.map((s) => s.share)).toEqual([expect.closeTo(0.8, 2), expect.closeTo(0.2, 2)]);
	});
});
