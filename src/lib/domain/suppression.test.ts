import { describe, expect, it } from 'vitest';
import { isSmallCell } from './suppression';

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
