import { describe, expect, it } from 'vitest';
import { isSmallCell, secondarySuppression } from './suppression';

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

describe('secondarySuppression', () => {
	const part = (key: string, value: number | null, primary = false, n: number | null = null) => ({ key, value, n, primary, isTotal: false });
	const total = (value: number | null) => ({ key: 'stad', value, n: null, primary: false, isTotal: true });

	it('hides the smallest other part when one part is hidden and the total is known', () => {
		expect([...secondarySuppression([total(60), part('a', 3, true), part('b', 40), part('c', 17)])]).toEqual(['c']);
	});
	it('uses n to choose among survey parts', () => {
		expect([...secondarySuppression([total(7.5), part('a', 8, true, 4), part('b', 7, false, 50), part('c', 9, false, 20)])]).toEqual(['c']);
	});
	it('does nothing when no total is published, or two parts are already hidden', () => {
		expect(secondarySuppression([total(null), part('a', 3, true), part('b', 40)]).size).toBe(0);
		expect(secondarySuppression([part('a', 3, true), part('b', 40)]).size).toBe(0);
		expect(secondarySuppression([total(50), part('a', 3, true), part('b', 2, true), part('c', 45)]).size).toBe(0);
	});
});
