import { describe, expect, it } from 'vitest';
import {
	comparePeriods,
	normalizePeriod,
	parsePeriod,
	periodEnd,
	periodLabel,
	periodMidpoint,
	periodRange,
	periodStart,
	periodWithin,
	requirePeriod,
	toPeriodCode
} from './periods';

describe('parsePeriod', () => {
	it.each([
		['2025-Q3', '2025-Q3'],
		['2025-K3', '2025-Q3'],
		['2025 Q3', '2025-Q3'],
		['Q3 2025', '2025-Q3'],
		['K3 2025', '2025-Q3'],
		['q3-2025', '2025-Q3'],
		['2025q3', '2025-Q3'],
		['2025/Q3', '2025-Q3'],
		['2025-KW3', '2025-Q3'],
		['  2025-Q1  ', '2025-Q1'],
		['2025-H1', '2025-H1'],
		['2025 h2', '2025-H2'],
		['H2 2024', '2024-H2'],
		['2025-HJ1', '2025-H1'],
		['2025', '2025'],
		[' 2021 ', '2021']
	])('reads %j as %s', (input, code) => {
		const result = parsePeriod(input);
		expect(result.ok).toBe(true);
		if (result.ok) expect(toPeriodCode(result.period)).toBe(code);
	});

	it.each([
		['', /leeg/],
		['   ', /leeg/],
		['2025-Q5', /Kwartaal 5 .*"2025-Q5"/],
		['2025-Q0', /Kwartaal 0/],
		['2025-K9', /Kwartaal 9/],
		['2025-H3', /Halfjaar 3 .*"2025-H3"/],
		['2025-H0', /Halfjaar 0/],
		['Q3', /Onbekende periode "Q3"/],
		['25-Q3', /Onbekende periode "25-Q3"/],
		['2025-13', /Onbekende periode "2025-13"/],
		['2025-Q3-1', /Onbekende periode/],
		['derde kwartaal', /Onbekende periode "derde kwartaal"/],
		['2025-X1', /Onbekende periode "2025-X1"/],
		['Q3 2025 Q4', /Onbekende periode/],
		['1850', /tussen 1900 en 2100/],
		['3025-Q1', /tussen 1900 en 2100/]
	])('rejects %j with a message naming it', (input, message) => {
		const result = parsePeriod(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});

	it('treats null-ish input as empty instead of crashing', () => {
		expect(parsePeriod(undefined as unknown as string).ok).toBe(false);
	});
});

describe('requirePeriod and normalizePeriod', () => {
	it('throws naming the value', () => {
		expect(() => requirePeriod('2025-Q7')).toThrow(/"2025-Q7"/);
	});
	it('normalises spellings', () => {
		expect(normalizePeriod('Q4 2023')).toBe('2023-Q4');
	});
});

describe('period dates', () => {
	it('gives first and last day', () => {
		expect(periodStart(requirePeriod('2025-Q3'))).toBe('2025-07-01');
		expect(periodEnd(requirePeriod('2025-Q3'))).toBe('2025-09-30');
		expect(periodEnd(requirePeriod('2024-Q1'))).toBe('2024-03-31');
		expect(periodStart(requirePeriod('2025-H2'))).toBe('2025-07-01');
		expect(periodEnd(requirePeriod('2025-H1'))).toBe('2025-06-30');
		expect(periodEnd(requirePeriod('2025'))).toBe('2025-12-31');
	});
	it('puts the midpoint inside the period', () => {
		const mid = periodMidpoint(requirePeriod('2025-Q1')).toISOString();
		expect(mid > '2025-02-01' && mid < '2025-03-01').toBe(true);
	});
	it('orders by start, shorter first', () => {
		const codes = ['2025', '2025-H1', '2024-Q4', '2025-Q1', '2025-Q2'];
		const sorted = codes.map(requirePeriod).sort(comparePeriods).map(toPeriodCode);
		expect(sorted).toEqual(['2024-Q4', '2025-Q1', '2025-H1', '2025', '2025-Q2']);
	});
});

describe('periodRange', () => {
	it('lists quarters across a year boundary', () => {
		expect(periodRange(requirePeriod('2024-Q3'), requirePeriod('2025-Q2')).map(toPeriodCode)).toEqual([
			'2024-Q3',
			'2024-Q4',
			'2025-Q1',
			'2025-Q2'
		]);
	});
	it('lists half-years and years', () => {
		expect(periodRange(requirePeriod('2024-H2'), requirePeriod('2025-H2')).map(toPeriodCode)).toEqual(['2024-H2', '2025-H1', '2025-H2']);
		expect(periodRange(requirePeriod('2021'), requirePeriod('2023')).map(toPeriodCode)).toEqual(['2021', '2022', '2023']);
	});
	it('is empty when reversed and refuses mixed kinds', () => {
		expect(periodRange(requirePeriod('2025-Q2'), requirePeriod('2025-Q1'))).toEqual([]);
		expect(() => periodRange(requirePeriod('2025-Q1'), requirePeriod('2025'))).toThrow(/mixes kinds/);
	});
});

describe('periodWithin', () => {
	it('compares by dates, across kinds', () => {
		expect(periodWithin('2024-Q3', '2024-Q1', '2024-Q4')).toBe(true);
		expect(periodWithin('2024-Q1', '2024', '2024')).toBe(true);
		expect(periodWithin('2024', '2024-Q1', '2024-Q4')).toBe(true);
		expect(periodWithin('2024', '2024-Q1', '2024-Q3')).toBe(false);
		expect(periodWithin('2025-Q1', '2024-H1', '2024-H2')).toBe(false);
		expect(periodWithin('2024-H2', '2024-Q3', '2024-Q4')).toBe(true);
	});
});

describe('periodLabel', () => {
	it('speaks Dutch', () => {
		expect(periodLabel(requirePeriod('2025-Q3'))).toBe('3e kwartaal 2025');
		expect(periodLabel(requirePeriod('2025-H1'))).toBe('1e halfjaar 2025');
		expect(periodLabel(requirePeriod('2025'))).toBe('2025');
	});
});

describe('parsePeriod on hostile input', () => {
	it('refuses a megabyte-long value at once, without echoing it whole', () => {
		const started = performance.now();
		const result = parsePeriod(`2025${' '.repeat(1_000_000)}Q`);
		expect(result.ok).toBe(false);
		expect(performance.now() - started).toBeLessThan(500);
		if (!result.ok) expect(result.message.length).toBeLessThan(200);
	});
});
