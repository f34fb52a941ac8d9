import { describe, expect, it } from 'vitest';
import { intervalsWithin, isSmallCell, protectingCells, widthOf, type GroupCell, hiddenCells, suppressionOf } from './suppression';

describe('isSmallCell', () => {
	it('suppresses a survey figure with too few respondents', () => {
		expect(isSmallCell({ value: 7.8, n: 8, unit: 'rapportcijfer' }, 10)).toBe(true);
		expect(isSmallCell({ value: 7.8, n: 10, unit: 'rapportcijfer' }, 10)).toBe(false);
	});
	it('treats a count of persons as its own basis', () => {
		expect(isSmallCell({ value: 3, n: null, unit: 'aantal' }, 5)).toBe(true);
		expect(isSmallCell({ value: 5, n: null, unit: 'aantal' }, 5)).toBe(false);
	});
	it('leaves rates without n and missing values alone', () => {
		expect(isSmallCell({ value: 2, n: null, unit: 'procent' }, 5)).toBe(false);
		expect(isSmallCell({ value: null, n: 2, unit: 'procent' }, 5)).toBe(false);
	});
});

describe('intervalsWithin', () => {
	it('narrows each part by what the others can hold', () => {
		expect(intervalsWithin(7, [{ lo: 0, hi: 4 }, { lo: 5, hi: Infinity }])).toEqual([{ lo: 0, hi: 2 }, { lo: 5, hi: 7 }]);
		expect(widthOf({ lo: 0, hi: 2 })).toBe(3);
	});
});

describe('protectingCells', () => {
	// order: the value-independent order in which parts are taken (lower first)
	const part = (key: string, basis: number, order: number, primary = basis < 5): GroupCell => ({ key, basis, primary, isTotal: false, order });
	const total = (basis: number | null): GroupCell => ({ key: 'stad', basis, primary: false, isTotal: true, order: 0 });

	it('hides the next part in the fixed order, not the smallest', () => {
		expect([...protectingCells([total(60), part('a', 3, 1), part('b', 40, 3), part('c', 17, 2)], 5)]).toEqual(['c']);
		expect([...protectingCells([total(60), part('a', 3, 1), part('b', 40, 2), part('c', 17, 3)], 5)]).toEqual(['b']);
	});
	it('adds parts until the small cell keeps all of its minN possible values', () => {
		// With only b hidden: a + b = 9, b ≥ 5 → a ≤ 4, a in 0..4: five values. But with a = 3, b = 5: a + b = 8 → a ≤ 3.
		expect([...protectingCells([total(58), part('a', 3, 1), part('b', 5, 2), part('c', 50, 3)], 5)]).toEqual(['b', 'c']);
	});
	it('protects two small cells from each other', () => {
		// a + b = 1 would tell that both are 0 or 1.
		expect([...protectingCells([total(41), part('a', 0, 1), part('b', 1, 2), part('c', 40, 3)], 5)]).toEqual(['c']);
	});
	it('hides the total when the parts cannot protect each other', () => {
		expect([...protectingCells([total(5), part('a', 0, 1), part('b', 5, 2)], 5)]).toEqual(['b', 'stad']);
	});
	it('counts a part without a known basis as one more unknown, and still protects', () => {
		// n 50 + 50 published, a hidden 3, one wijk published without n, total 105. Hiding only the 3 leaves
		// 3 + unknown = 5, so the 3 lies in 0..5: six values, fewer than the minimum n of 10.
		const unknown: GroupCell = { key: 'd', basis: null, primary: false, isTotal: false, order: 4 };
		const extra = protectingCells([total(105), part('a', 50, 1, false), part('b', 50, 2, false), part('c', 3, 3, true), unknown], 10);
		expect(extra.size).toBeGreaterThan(0);
		expect(extra.has('d')).toBe(false);
	});
	it('does nothing without a published total or without a small cell', () => {
		expect(protectingCells([total(null), part('a', 3, 1), part('b', 40, 2)], 5).size).toBe(0);
		expect(protectingCells([part('a', 3, 1), part('b', 40, 2)], 5).size).toBe(0);
		expect(protectingCells([total(90), part('a', 50, 1), part('b', 40, 2)], 5).size).toBe(0);
	});
});

describe('suppressionOf', () => {
	const rules = new Map([['X', { unit: 'aantal', minN: 5 }]]);
	const row = (areaCode: string, value: number | null) => ({ indicatorCode: 'X', period: '2025-Q1', areaCode, value, n: null });

	it('says which cells are small and which only protect another', () => {
		const rows = [row('GM', 60), row('A', 3), row('B', 40), row('C', 17)];
		const reasons = suppressionOf(rows, rules, 'GM');
		expect(reasons.get(rows[1]!)).toBe('klein');
		const protecting = [...reasons].filter(([, reason]) => reason === 'beschermt').map(([r]) => r.areaCode);
		expect(protecting.length).toBeGreaterThan(0);
		expect(protecting).not.toContain('A');
		expect(new Set(reasons.keys())).toEqual(hiddenCells(rows, rules, 'GM'));
	});
	it('hides nothing when no cell is small', () => {
		expect(suppressionOf([row('GM', 60), row('A', 30), row('B', 30)], rules, 'GM').size).toBe(0);
	});
});
