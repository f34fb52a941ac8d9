import { describe, expect, it } from 'vitest';
import { nearestPeriod, spanPeriods } from './pin';

const periods = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1'];
const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('pinning by pointing', () => {
	it('picks the period nearest to a click', () => {
		expect(nearestPeriod(at('2024-05-10'), periods)).toBe('2024-Q2');
		expect(nearestPeriod(at('2023-01-01'), periods)).toBe('2024-Q1');
		expect(nearestPeriod(at('2030-01-01'), periods)).toBe('2025-Q1');
		expect(nearestPeriod(at('2024-05-10'), [])).toBeNull();
	});

	it('takes every period a drag touches, whichever way it goes', () => {
		expect(spanPeriods(at('2024-05-01'), at('2024-11-01'), periods)).toEqual({ from: '2024-Q2', to: '2024-Q4' });
		expect(spanPeriods(at('2024-11-01'), at('2024-05-01'), periods)).toEqual({ from: '2024-Q2', to: '2024-Q4' });
	});

	it('only pins to periods the figure has data for', () => {
		// A gap in the data (no 2024-Q3) is skipped at the ends, kept inside the range.
		expect(spanPeriods(at('2024-07-15'), at('2024-08-15'), ['2024-Q2', '2024-Q4'])).toEqual({ from: '2024-Q2', to: '2024-Q2' });
		expect(spanPeriods(at('2024-05-01'), at('2024-11-01'), ['2024-Q2', '2024-Q4'])).toEqual({ from: '2024-Q2', to: '2024-Q4' });
	});
});
