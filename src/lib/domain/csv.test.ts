import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv';

describe('toCsv', () => {
	it('writes ; separated rows with decimal commas and a BOM', () => {
		expect(toCsv([['periode', 'waarde'], ['2025-Q1', 7.5], ['2025-Q2', null]])).toBe('\uFEFFperiode;waarde\r\n2025-Q1;7,5\r\n2025-Q2;\r\n');
	});
	it('quotes fields with separators, quotes and line breaks', () => {
		expect(toCsv([['a;b', 'zei "ja"', 'regel\nnieuw']])).toBe('\uFEFF"a;b";"zei ""ja""";"regel\nnieuw"\r\n');
	});
	it('neutralises texts a spreadsheet would run as a formula, but not numbers', () => {
		for (const danger of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
			expect(neutraliseFormula(danger).startsWith("'")).toBe(true);
		}
		expect(toCsv([[-5, '=1+1']])).toBe("\uFEFF-5;'=1+1\r\n");
		expect(neutraliseFormula('Leiden-Noord')).toBe('Leiden-Noord');
	});
});
