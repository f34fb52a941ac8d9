import { describe, expect, it } from 'vitest';
import { inRange, parseRange, quarterChoices, rangeDates, rangeQuery } from './period-range';

describe('period range', () => {
	it('reads van and tot in any spelling, swaps them back and drops what it cannot read', () => {
		const notices: string[] = [];
		expect(parseRange(new URLSearchParams('van=Q3 2025&tot=2024-K1'), notices)).toEqual({ from: '2024-Q1', to: '2025-Q3' });
		expect(notices).toEqual(['De begin- en eindperiode waren omgedraaid; we hebben ze omgewisseld.']);
		const bad: string[] = [];
		expect(parseRange(new URLSearchParams('van=gisteren'), bad)).toEqual({ from: null, to: null });
		expect(bad[0]).toContain('"gisteren"');
	});

	it('holds periods that lie wholly within', () => {
		const range = { from: '2024-Q2', to: '2025-Q1' };
		expect(rangeDates(range)).toEqual({ from: '2024-04-01', to: '2025-03-31' });
		expect(inRange('2024-Q2', range)).toBe(true);
		expect(inRange('2024-Q1', range)).toBe(false);
		expect(inRange('2024-H2', range)).toBe(true);
		expect(inRange('2024', range)).toBe(false);
		expect(inRange('2019', { from: null, to: null })).toBe(true);
	});

	it('offers the quarters the data spans, and writes a query string', () => {
		expect(quarterChoices(['2024-Q3', '2025-H1', '2024'])).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
		expect(quarterChoices([])).toEqual([]);
		expect(rangeQuery({ from: '2024-Q1', to: null })).toBe('van=2024-Q1');
	});
});
