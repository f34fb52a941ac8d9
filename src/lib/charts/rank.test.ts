import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { breakableName, describeRanking, lineCount, longestPiece, rankingPrecision, rankPlot, sortForRanking, UNROUNDED_ORDER_NOTE } from './rank';
import { formatChange } from './format';
import { comparePlot } from './compare';
import { mapAreas, mapLabel, mapPlot, describeMap } from './map';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const doc = document as unknown as Document;
const rows = [
	{ area: 'Noord', value: 12 },
	{ area: 'Zuid', value: null },
	{ area: 'Oost', value: 30 }
];

describe('rankPlot', () => {
	it('sorts highest first and puts wijken without a number last', () => {
		expect(sortForRanking(rows).map((r) => r.area)).toEqual(['Oost', 'Noord', 'Zuid']);
		expect(describeRanking(rows, 'aantal')).toBe('Hoogste: Oost met 30. Laagste: Noord met 12. Zonder getal: Zuid.');
	});
	it('draws a bar per number, says "geen getal" otherwise, and a labelled city line', () => {
		const svg = rankPlot(rows, { width: 500, unit: 'aantal', label: 'x', city: { name: 'gemiddelde wijk', value: 20 }, document: doc });
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.querySelectorAll('rect')).toHaveLength(2);
		const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
		expect(texts).toEqual(expect.arrayContaining(['geen getal', 'gemiddelde wijk', '30', '12']));
	});
});

describe('comparePlot', () => {
	it('gives each area its own dash pattern and an end label', () => {
		const points = [
			{ period: '2025-Q1', area: 'A', role: 'wijk' as const, value: 1 },
			{ period: '2025-Q2', area: 'A', role: 'wijk' as const, value: 2 },
			{ period: '2025-Q1', area: 'B', role: 'wijk' as const, value: 3 },
			{ period: '2025-Q2', area: 'B', role: 'wijk' as const, value: 4 }
		];
		const svg = comparePlot(points, { areas: ['A', 'B'], width: 500, unit: 'aantal', label: 'x', document: doc });
		const dashes = [...svg.querySelectorAll('g[stroke-width="2"]')].map((g) => g.getAttribute('stroke-dasharray'));
		expect(dashes).toEqual([null, '8,3']);
		expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['A', 'B']));
	});
});

describe('mapPlot', () => {
	const square = (x: number) => ({ type: 'Polygon', coordinates: [[[x, 52], [x, 52.01], [x + 0.01, 52.01], [x + 0.01, 52], [x, 52]]] });
	it('writes every wijk’s value on the map, and "geen getal" where there is none', () => {
		const areas = [
			{ code: 'A', name: 'Alfa', geometry: square(4.4), value: 41 },
			{ code: 'B', name: 'Beta', geometry: square(4.42), value: null }
		];
		const svg = mapPlot(areas, { width: 300, label: 'kaart', document: doc });
		const text = svg.textContent ?? '';
		expect(text).toContain('41');
		expect(text).toContain('geen getal');
		expect(describeMap(areas)).toContain('Hoogste waarde: Alfa (41)');
	});
	it('maps counts per 1,000 inhabitants, so a big wijk is not darker for its size alone', () => {
		const cell = (value: number) => ({ value });
		const areas = mapAreas(
			[{ code: 'A', name: 'Groot', geometry: square(4.4) }, { code: 'B', name: 'Klein', geometry: square(4.42) }, { code: 'C', name: 'Onbekend', geometry: square(4.44) }],
			[{ code: 'A', cell: cell(200), population: 20_000 }, { code: 'B', cell: cell(60), population: 3_000 }, { code: 'C', cell: cell(50), population: null }],
			'aantal'
		);
		expect(areas.map((a) => a.value)).toEqual([10, 20, null]);
		expect(mapLabel('Bezoeken', 'aantal')).toBe('Kaart: Bezoeken per wijk, per 1.000 inwoners');
		expect(mapAreas([{ code: 'A', name: 'Groot', geometry: square(4.4) }], [{ code: 'A', cell: cell(44), population: 20_000 }], 'procent')[0]!.value).toBe(44);
	});
});

describe('the ranking tie rule', () => {
	it('shows one decimal when that keeps different values apart', () => {
		expect(rankingPrecision([12.34, 12.46, null])).toEqual({ digits: 1, unroundedOrder: false });
	});
	it('shows more decimals where rounding would make a tie the unrounded values do not have', () => {
		expect(rankingPrecision([12.34, 12.31, 8])).toEqual({ digits: 2, unroundedOrder: false });
		const svg = rankPlot([{ area: 'A', value: 12.34 }, { area: 'B', value: 12.31 }], { width: 500, unit: 'procent', label: 'x', city: null, document: doc });
		expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['12,34', '12,31']));
	});
	it('keeps equal values equal: a real tie is no rounding tie', () => {
		expect(rankingPrecision([44, 44, 41])).toEqual({ digits: 1, unroundedOrder: false });
	});
	it('ranks by the unrounded value and says so when even three decimals look equal', () => {
		const rows = [{ area: 'A', value: 5.00001 }, { area: 'B', value: 5.00002 }];
		expect(rankingPrecision(rows.map((r) => r.value))).toEqual({ digits: 3, unroundedOrder: true });
		expect(sortForRanking(rows).map((r) => r.area)).toEqual(['B', 'A']);
		expect(describeRanking(rows, 'procent')).toContain(UNROUNDED_ORDER_NOTE);
	});
	it('draws a survey figure’s margin through its bar', () => {
		const svg = rankPlot([{ area: 'A', value: 44, margin: { low: 40, high: 48 } }, { area: 'B', value: 50, margin: { low: 46, high: 54 } }], { width: 500, unit: 'procent', label: 'x', city: null, document: doc });
		expect(svg.querySelectorAll('line').length).toBeGreaterThanOrEqual(2);
		expect(describeRanking([{ area: 'A', value: 44, margin: { low: 40, high: 48 } }], 'procent')).toContain('marge');
	});
});

describe('formatChange', () => {
	it('says percentage changes in procentpunt and never shows a real change as zero', () => {
		expect(formatChange(1.7, 'procent')).toBe('+1,7 procentpunt');
		expect(formatChange(-2, 'procent')).toBe('−2 procentpunt');
		expect(formatChange(0.04, 'procent')).toBe('+0,04 procentpunt');
		expect(formatChange(12, 'aantal')).toBe('+12');
		expect(formatChange(0.3, 'rapportcijfer')).toBe('+0,3 punt');
	});
});

describe('long wijk names on a narrow ranking', () => {
	it('may break before a place-name ending, never inside a short word', () => {
		expect(breakableName('Roodenburgerdistrict')).toBe('Roodenburger\u00addistrict');
		expect(breakableName('Bos- en Gasthuisdistrict')).toBe('Bos- en Gasthuis\u00addistrict');
		expect(breakableName('Binnenstad-Zuid')).toBe('Binnenstad-Zuid');
		expect(breakableName('Wijk')).toBe('Wijk');
		expect(longestPiece('Roodenburgerdistrict')).toBe(12);
		expect(longestPiece('Binnenstad-Zuid')).toBe(10);
	});

	it('counts the lines a name wraps to', () => {
		expect(lineCount('Noord', 10)).toBe(1);
		expect(lineCount(breakableName('Roodenburgerdistrict'), 14)).toBe(2);
		expect(lineCount('Bos- en Gasthuis\u00addistrict met een heel lange naam', 16)).toBe(4);
	});

	it('makes rows tall enough for names of three lines', () => {
		const long = 'Bos- en Gasthuisdistrict met een heel lange naam';
		const svg = rankPlot([{ area: long, value: 40 }, { area: 'Noord', value: 30 }], { width: 320, unit: 'procent', label: 'x', city: null, document: doc }) as SVGSVGElement;
		const bars = [...svg.querySelectorAll('rect')].map((r) => Number(r.getAttribute('y')));
		const lines = svg.querySelectorAll('text tspan').length;
		expect(lines).toBeGreaterThanOrEqual(3);
		// the bars are at least as far apart as the longest name is tall
		expect(Math.abs(bars[1]! - bars[0]!)).toBeGreaterThanOrEqual(12 * lines);
	});

	it('gives the names room for their longest piece, wrapped into taller rows', () => {
		const svg = rankPlot([{ area: 'Roodenburgerdistrict', value: 40 }, { area: 'Bos- en Gasthuisdistrict', value: 30 }], { width: 320, unit: 'procent', label: 'x', city: null, document: doc }) as SVGSVGElement;
		const lines = [...svg.querySelectorAll('text tspan')].map((t) => t.textContent);
		expect(lines).toEqual(['Roodenburger\u00ad-', 'district', 'Bos- en Gasthuis\u00ad-', 'district']);
	});
});
