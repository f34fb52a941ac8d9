import { describe, expect, it } from 'vitest';
import { compareNotes, comparePins } from './compare-notes';

const note = (id: string, areaCode: string, number: number, periodFrom: string, periodTo = periodFrom) => ({
	id,
	number,
	indicatorCode: 'X',
	areaCode,
	periodFrom,
	periodTo,
	kind: 'verklaring' as const,
	body: id,
	authorRole: 'r',
	visibility: 'openbaar' as const
});

describe('notes on a comparison chart', () => {
	const areas = [{ code: 'A', name: 'Noord' }, { code: 'B', name: 'Zuid' }];
	it('marks each note by its line, keeping the stored number', () => {
		const found = compareNotes([note('n1', 'A', 1, '2025-Q1'), note('z1', 'B', 1, '2025-Q1'), note('z2', 'B', 2, '2025-Q2')], 'X', areas, { from: null, to: null });
		expect(found.map((n) => [n.id, n.marker, n.areaName])).toEqual([['n1', 'A1', 'Noord'], ['z1', 'B1', 'Zuid'], ['z2', 'B2', 'Zuid']]);
		expect(comparePins(found)[2]).toEqual({ number: 2, from: '2025-Q2', to: '2025-Q2', marker: 'B2' });
	});
	it('leaves out other indicators, other areas and notes outside the chosen periods', () => {
		const other = { ...note('o', 'A', 3, '2025-Q1'), indicatorCode: 'Y' };
		const found = compareNotes([other, note('c', 'C', 1, '2025-Q1'), note('old', 'A', 2, '2020-Q1'), note('span', 'A', 4, '2020-Q1', '2025-Q1')], 'X', areas, { from: '2024-Q1', to: null });
		expect(found.map((n) => n.id)).toEqual(['span']);
	});
});
