import { describe, expect, it } from 'vitest';
import { isComplete, parseCompareSelection, toQuery } from './compare-selection';

const known = { wijken: ['WK01', 'WK02', 'WK03', 'WK04', 'WK05'], indicators: ['A', 'B', 'C'] };
const parse = (query: string) => parseCompareSelection(new URLSearchParams(query), known);

describe('parseCompareSelection', () => {
	it('reads a complete selection and writes it back the same', () => {
		const s = parse('wijken=WK01,WK02&indicatoren=A,B&van=2023-Q1&tot=2025-Q4');
		expect(s).toEqual({ wijken: ['WK01', 'WK02'], city: false, indicators: ['A', 'B'], from: '2023-Q1', to: '2025-Q4', notices: [] });
		expect(toQuery(s)).toBe('wijken=WK01%2CWK02&indicatoren=A%2CB&van=2023-Q1&tot=2025-Q4');
		expect(isComplete(s)).toBe(true);
	});

	it('takes a wijk against the city', () => {
		const s = parse('wijken=WK03&stad=1&indicatoren=C');
		expect([s.wijken, s.city, isComplete(s)]).toEqual([['WK03'], true, true]);
	});

	it('ignores unknown codes and malformed periods with a notice, never an error', () => {
		const s = parse("wijken=WK01,WK99,<script>&indicatoren=A,ZZZ&van=2025-Q9&tot=morgen");
		expect(s.wijken).toEqual(['WK01']);
		expect(s.indicators).toEqual(['A']);
		expect([s.from, s.to]).toEqual([null, null]);
		expect(s.notices).toEqual([
			'Onbekende wijk(en) genegeerd: WK99, <script>.',
			'Onbekende indicator(en) genegeerd: ZZZ.',
			'Periode "2025-Q9" begrijpen we niet en is genegeerd.',
			'Periode "morgen" begrijpen we niet en is genegeerd.'
		]);
		expect(isComplete(s)).toBe(false);
	});

	it('keeps at most four areas and six indicators, and swaps a reversed range', () => {
		const s = parse('wijken=WK01,WK02,WK03,WK04,WK05&stad=1&van=2025&tot=2021');
		expect(s.wijken).toEqual(['WK01', 'WK02', 'WK03']);
		expect([s.from, s.to]).toEqual(['2021', '2025']);
		expect(s.notices).toHaveLength(2);
	});

	it('reads the repeated fields a form sends', () => {
		const s = parse('wijk=WK01&wijk=WK02&indicator=A&indicator=B&van=&tot=');
		expect([s.wijken, s.indicators, s.from, s.to, s.notices]).toEqual([['WK01', 'WK02'], ['A', 'B'], null, null, []]);
	});

	it('accepts other period spellings and drops duplicates', () => {
		const s = parse('wijken=WK01,WK01,WK02&indicatoren=A&van=Q1%202024');
		expect(s.wijken).toEqual(['WK01', 'WK02']);
		expect(s.from).toBe('2024-Q1');
	});
});
