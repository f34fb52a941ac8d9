import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../figure';
import { anchorNote, anchorPeriods, correctionSince, valueAt } from './note-anchor';

const cell = (value: number | null, suppressed = false) => ({ value, suppressed, protectsOther: false, missingReason: null, n: null });
const rows: FigureRow[] = [
	{ period: '2024-Q4', area: cell(40), city: cell(400) },
	{ period: '2025-Q1', area: cell(44), city: cell(410) },
	{ period: '2025-Q2', area: cell(null, true), city: cell(420) },
	{ period: '2025-Q3', area: null, city: cell(430) }
];

describe('anchoring a note', () => {
	const periods = anchorPeriods(rows);

	it('pins to the periods the area has data for (a hidden cell counts, a period without the area does not)', () => {
		expect(periods).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
	});

	it('pins a point to one period', () => {
		expect(anchorNote('2025-Q1', '', periods)).toEqual({ ok: true, from: '2025-Q1', to: '2025-Q1' });
		expect(anchorNote('2025-q1', '2025-Q1', periods)).toEqual({ ok: true, from: '2025-Q1', to: '2025-Q1' });
	});

	it('pins a range, swapping ends given the wrong way round', () => {
		expect(anchorNote('2024-Q4', '2025-Q2', periods)).toEqual({ ok: true, from: '2024-Q4', to: '2025-Q2' });
		expect(anchorNote('2025-Q2', '2024-Q4', periods)).toEqual({ ok: true, from: '2024-Q4', to: '2025-Q2' });
	});

	it('refuses a period outside the figure’s data, saying which', () => {
		const outside = anchorNote('2023-Q1', '2025-Q1', periods);
		expect(outside.ok).toBe(false);
		expect(!outside.ok && outside.message).toContain('2023-Q1');
		expect(anchorNote('2025-Q3', '', periods).ok).toBe(false);
		expect(anchorNote('gisteren', '', periods).ok).toBe(false);
	});
});

describe('the value a session saw, and a figure corrected since', () => {
	it('reads the area’s value at a period, nothing for a hidden or absent cell', () => {
		expect(valueAt(rows, '2025-Q1')).toBe(44);
		expect(valueAt(rows, '2025-Q2')).toBeNull();
		expect(valueAt(rows, '2025-Q3')).toBeNull();
	});

	it('reports both values when the figure changed after the session', () => {
		expect(correctionSince(44, cell(47))).toEqual({ then: 44, now: 47 });
	});

	it('reports nothing when unchanged, unknown then, or hidden now', () => {
		expect(correctionSince(44, cell(44))).toBeNull();
		expect(correctionSince(null, cell(47))).toBeNull();
		expect(correctionSince(44, cell(null, true))).toBeNull();
		expect(correctionSince(44, null)).toBeNull();
	});
});
