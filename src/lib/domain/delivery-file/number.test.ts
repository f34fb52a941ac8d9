import { describe, expect, it } from 'vitest';
import { guessDecimal, readDutchNumber, readRowNumber } from './number';
import type { FileRow } from './types';

type Case = [text: string, decimal: ',' | '.' | null, value: number | null, ambiguous?: boolean];

const CASES: Case[] = [
	['7', null, 7],
	['  7 ', ',', 7],
	['-3', null, -3],
	['+3', '.', 3],
	['\u22123', null, -3],
	['0', null, 0],
	['12,5', null, 12.5],
	['12,5', ',', 12.5],
	['12,5', '.', 12.5],
	['12.5', null, 12.5],
	['12.5', ',', 12.5],
	['0.25', null, 0.25],
	[',5', ',', 0.5],
	['1.234', null, 1234, true],
	['1.234', ',', 1234],
	['1.234', '.', 1.234],
	['1,234', null, 1.234, true],
	['1,234', ',', 1.234],
	['1,234', '.', 1234],
	['0,250', null, 0.25],
	['0.250', null, 0.25],
	['1234,567', null, 1234.567],
	['1.234,5', null, 1234.5],
	['1.234,5', '.', 1234.5],
	['1,234.5', null, 1234.5],
	['1.234.567', null, 1234567],
	['1.234.567', ',', 1234567],
	['1.234.567', '.', null],
	['1,234,567', null, 1234567],
	['1.234.567,89', ',', 1234567.89],
	['1 234', null, 1234],
	['1\u00A0234,5', ',', 1234.5],
	['-1.234,5', null, -1234.5],
	['1,5E-07', null, 1.5e-7],
	['1e3', null, 1000],
	['50%', null, null],
	['€ 5', null, null],
	['12,5 uur', null, null],
	['1.23.4', null, null],
	['1,2.5', null, null],
	['12 34', null, null],
	['5,', null, null],
	['', null, null],
	['   ', ',', null],
	['-', null, null],
	['--3', null, null],
	['abc', null, null],
	['0x10', null, null],
	['Infinity', null, null],
	['1'.repeat(41), null, null]
];

describe('readDutchNumber', () => {
	it.each(CASES)('%j with decimal %j', (text, decimal, value, ambiguous = false) => {
		const read = readDutchNumber(text, decimal);
		if (value === null) expect(read).toEqual({ ok: false });
		else expect(read).toEqual({ ok: true, value, ambiguous });
	});
});

describe('readRowNumber', () => {
	const row = (waarde: string, numeric: FileRow['numeric']): FileRow => ({ line: 2, cells: { waarde }, raw: [waarde], numeric });
	it('reads an Excel number cell exactly, whatever the convention', () => {
		expect(readRowNumber(row('1.234', ['waarde']), 'waarde', ',')).toEqual({ ok: true, value: 1.234, ambiguous: false });
		expect(readRowNumber(row('1e-7', ['waarde']), 'waarde', null)).toEqual({ ok: true, value: 1e-7, ambiguous: false });
	});
	it('reads a text cell with the convention', () => {
		expect(readRowNumber(row('1.234', []), 'waarde', ',')).toEqual({ ok: true, value: 1234, ambiguous: false });
		expect(readRowNumber(row('1.234', []), 'waarde', null)).toEqual({ ok: true, value: 1234, ambiguous: true });
		expect(readRowNumber(row('', ['waarde']), 'waarde', null)).toEqual({ ok: false });
	});
});

describe('guessDecimal', () => {
	it.each([
		[['12,5', '3'], ',', false],
		[['1.234,5'], ',', false],
		[['0,250'], ',', false],
		[['12.5', '7'], '.', false],
		[['0.25'], '.', false],
		[['1,234.5'], '.', false],
		[['1.234', '5'], null, false],
		[['1,234'], null, false],
		[['3', '4'], null, false],
		[[], null, false],
		[['12,5', '12.5'], null, true],
		[['1 234,5'], ',', false]
	] as const)('%j → %j', (values, decimal, mixed) => {
		expect(guessDecimal(values)).toEqual({ decimal, mixed });
	});
});
