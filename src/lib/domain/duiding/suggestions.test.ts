import { describe, expect, it } from 'vitest';
import { relativeChange, suggestAgenda, type Candidate } from './suggestions';

const candidate = (over: Partial<Candidate>): Candidate => ({
	indicatorCode: 'X',
	indicatorName: 'Deelnemers',
	themeCode: 't',
	unit: 'aantal',
	areaCode: 'WK01',
	areaName: 'Noord',
	previous: { period: '2025-Q2', value: 100 },
	latest: { period: '2025-Q3', value: 102 },
	geduid: true,
	newStories: 0,
	...over
});

describe('agenda suggestions', () => {
	it('computes the relative change, nothing without two known values', () => {
		expect(relativeChange(candidate({}))).toBeCloseTo(0.02);
		expect(relativeChange(candidate({ previous: null }))).toBeNull();
		expect(relativeChange(candidate({ previous: { period: '2025-Q2', value: 0 } }))).toBeNull();
	});

	it('suggests big changes, new stories and figures without a duiding, strongest first', () => {
		const list = [
			candidate({ indicatorCode: 'STABLE' }),
			candidate({ indicatorCode: 'UP', latest: { period: '2025-Q3', value: 150 }, geduid: false }),
			candidate({ indicatorCode: 'TOLD', newStories: 2 }),
			candidate({ indicatorCode: 'QUIET', geduid: false })
		];
		const found = suggestAgenda(list, new Set());
		expect(found.map((s) => s.indicatorCode)).toEqual(['UP', 'TOLD', 'QUIET']);
		expect(found[0]!.reasons.map((r) => r.reason)).toEqual(['grote verandering', 'nog niet geduid']);
		expect(found[0]!.reasons[0]!.text).toContain('Gestegen met 50%');
	});

	it('leaves out what is on the agenda already, and keeps to the limit', () => {
		const list = Array.from({ length: 20 }, (_, i) => candidate({ indicatorCode: `I${i}`, newStories: 1 }));
		expect(suggestAgenda(list, new Set(['I0|WK01'])).some((s) => s.indicatorCode === 'I0')).toBe(false);
		expect(suggestAgenda(list, new Set(), 5)).toHaveLength(5);
	});
});
