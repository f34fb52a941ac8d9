import { describe, expect, it } from 'vitest';
import { deliveryQuarter, expectedRows, openQuarters, periodsDeliveredIn, type Assignment, type CatalogueIndicator } from './delivery-expected';
import type { Frequency } from './vocabulary';

function indicator(code: string, frequency: Frequency, extra: Partial<CatalogueIndicator> = {}): CatalogueIndicator {
	return { code, name: `Naam ${code}`, unit: 'aantal', frequency, validFrom: null, validTo: null, ...extra };
}
const assign = (indicatorCode: string, areaCode: string, validFrom: string | null = null): Assignment => ({ indicatorCode, areaCode, validFrom });

describe('deliveryQuarter', () => {
	it('is the last quarter of the period', () => {
		expect(deliveryQuarter('2025-Q3')).toBe('2025-Q3');
		expect(deliveryQuarter('2025-K1')).toBe('2025-Q1');
		expect(deliveryQuarter('2025-H1')).toBe('2025-Q2');
		expect(deliveryQuarter('2025-H2')).toBe('2025-Q4');
		expect(deliveryQuarter('2025')).toBe('2025-Q4');
	});
	it('throws on an invalid period', () => {
		expect(() => deliveryQuarter('2025-10-01')).toThrow();
	});
});

describe('periodsDeliveredIn', () => {
	it('gives each frequency its period in Q4', () => {
		expect(periodsDeliveredIn('2025-Q4', 'kwartaal')).toEqual(['2025-Q4']);
		expect(periodsDeliveredIn('2025-Q4', 'halfjaar')).toEqual(['2025-H2']);
		expect(periodsDeliveredIn('2025-Q4', 'jaar')).toEqual(['2025']);
		expect(periodsDeliveredIn('2025-Q4', 'tweejaarlijks')).toEqual(['2025']);
		expect(periodsDeliveredIn('2024-Q4', 'vierjaarlijks')).toEqual(['2024']);
	});
	it('gives the first half-year in Q2 and nothing yearly outside Q4', () => {
		expect(periodsDeliveredIn('2025-Q2', 'halfjaar')).toEqual(['2025-H1']);
		expect(periodsDeliveredIn('2025-Q2', 'jaar')).toEqual([]);
		expect(periodsDeliveredIn('2025-Q1', 'halfjaar')).toEqual([]);
		expect(periodsDeliveredIn('2025-Q3', 'halfjaar')).toEqual([]);
		expect(periodsDeliveredIn('2025-Q3', 'tweejaarlijks')).toEqual([]);
		expect(periodsDeliveredIn('2025-Q1', 'kwartaal')).toEqual(['2025-Q1']);
	});
	it('agrees with deliveryQuarter', () => {
		for (const quarter of ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']) {
			for (const f of ['kwartaal', 'halfjaar', 'jaar'] as const) {
				for (const p of periodsDeliveredIn(quarter, f)) expect(deliveryQuarter(p)).toBe(quarter);
			}
		}
	});
	it('refuses a quarter that is not a quarter', () => {
		expect(() => periodsDeliveredIn('2025', 'jaar')).toThrow();
	});
});

describe('expectedRows', () => {
	const indicators = [
		indicator('Q', 'kwartaal'),
		indicator('H', 'halfjaar'),
		indicator('J', 'jaar'),
		indicator('T', 'tweejaarlijks', { validFrom: '2021' }),
		indicator('V', 'vierjaarlijks', { validFrom: '2021-Q1' }),
		indicator('X', 'tweejaarlijks')
	];
	const all = indicators.flatMap((i) => [assign(i.code, 'WK2'), assign(i.code, 'WK1')]);

	it('lists every frequency in Q4, by catalogue order then area', () => {
		expect(expectedRows('2025-Q4', all, indicators)).toEqual([
			{ areaCode: 'WK1', indicatorCode: 'Q', period: '2025-Q4' },
			{ areaCode: 'WK2', indicatorCode: 'Q', period: '2025-Q4' },
			{ areaCode: 'WK1', indicatorCode: 'H', period: '2025-H2' },
			{ areaCode: 'WK2', indicatorCode: 'H', period: '2025-H2' },
			{ areaCode: 'WK1', indicatorCode: 'J', period: '2025' },
			{ areaCode: 'WK2', indicatorCode: 'J', period: '2025' },
			{ areaCode: 'WK1', indicatorCode: 'T', period: '2025' },
			{ areaCode: 'WK2', indicatorCode: 'T', period: '2025' },
			{ areaCode: 'WK1', indicatorCode: 'V', period: '2025' },
			{ areaCode: 'WK2', indicatorCode: 'V', period: '2025' }
		]);
	});
	it('follows the two- and four-yearly cycle from validFrom; without validFrom they are never expected', () => {
		const codes = (q: string) => [...new Set(expectedRows(q, all, indicators).map((r) => r.indicatorCode))];
		expect(codes('2024-Q4')).toEqual(['Q', 'H', 'J']);
		expect(codes('2023-Q4')).toEqual(['Q', 'H', 'J', 'T']);
		expect(codes('2029-Q4')).toEqual(['Q', 'H', 'J', 'T', 'V']);
		expect(codes('2019-Q4')).toEqual(['Q', 'H', 'J']);
	});
	it('gives only quarter figures in Q1, and the first half-year in Q2', () => {
		expect(expectedRows('2025-Q1', all, indicators).map((r) => r.period)).toEqual(['2025-Q1', '2025-Q1']);
		expect(expectedRows('2025-Q2', all, indicators).map((r) => `${r.indicatorCode} ${r.period}`)).toEqual([
			'Q 2025-Q2',
			'Q 2025-Q2',
			'H 2025-H1',
			'H 2025-H1'
		]);
	});
	it('respects the assignment validFrom', () => {
		const list = [assign('Q', 'WK1', '2025-Q4'), assign('Q', 'WK2', '2026-Q1'), assign('J', 'WK1', '2025-Q3'), assign('J', 'WK2', '2026')];
		expect(expectedRows('2025-Q4', list, indicators)).toEqual([
			{ areaCode: 'WK1', indicatorCode: 'Q', period: '2025-Q4' },
			{ areaCode: 'WK1', indicatorCode: 'J', period: '2025' }
		]);
		expect(expectedRows('2025-Q3', list, indicators)).toEqual([]);
	});
	it('respects the indicator validFrom and validTo', () => {
		const catalogue = [
			indicator('OLD', 'kwartaal', { validTo: '2025-Q3' }),
			indicator('NEW', 'kwartaal', { validFrom: '2026-Q1' }),
			indicator('YEAR_ENDED', 'jaar', { validTo: '2025-Q2' }),
			indicator('YEAR_GONE', 'jaar', { validTo: '2024' })
		];
		const list = catalogue.map((i) => assign(i.code, 'WK1'));
		expect(expectedRows('2025-Q4', list, catalogue).map((r) => r.indicatorCode)).toEqual(['YEAR_ENDED']);
		expect(expectedRows('2025-Q3', list, catalogue).map((r) => r.indicatorCode)).toEqual(['OLD']);
	});
	it('ignores assignments of unknown indicators and repeated assignments', () => {
		expect(expectedRows('2025-Q4', [assign('NOPE', 'WK1'), assign('Q', 'WK1'), assign('Q', 'WK1')], indicators)).toEqual([
			{ areaCode: 'WK1', indicatorCode: 'Q', period: '2025-Q4' }
		]);
	});
});

describe('openQuarters', () => {
	it('gives the ended quarters, newest first, 8 by default', () => {
		expect(openQuarters('2025-11-15')).toEqual(['2025-Q3', '2025-Q2', '2025-Q1', '2024-Q4', '2024-Q3', '2024-Q2', '2024-Q1', '2023-Q4']);
	});
	it('counts a quarter as ended only after its last day', () => {
		expect(openQuarters('2025-09-30', 1)).toEqual(['2025-Q2']);
		expect(openQuarters('2025-10-01', 1)).toEqual(['2025-Q3']);
		expect(openQuarters('2025-12-31', 2)).toEqual(['2025-Q3', '2025-Q2']);
		expect(openQuarters('2026-01-01', 2)).toEqual(['2025-Q4', '2025-Q3']);
	});
	it('refuses a value that is not a date', () => {
		expect(() => openQuarters('morgen')).toThrow();
		expect(() => openQuarters('2025-13-01')).toThrow();
	});
});
