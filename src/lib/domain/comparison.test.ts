import { describe, expect, it } from 'vitest';
import { cityComparisonName, cityReference, cityScale, scaledCityCell } from './comparison';

describe('cityScale', () => {
	it('scales counts by the share of inhabitants', () => {
		expect(cityScale('aantal', 16_000, 128_000)).toBe(0.125);
	});
	it('leaves rates and unknown populations alone', () => {
		expect(cityScale('procent', 16_000, 128_000)).toBe(1);
		expect(cityScale('per 1.000 inwoners', 16_000, 128_000)).toBe(1);
		expect(cityScale('aantal', null, 128_000)).toBe(1);
		expect(cityScale('aantal', 16_000, 0)).toBe(1);
	});
});

describe('cityReference', () => {
	it('uses the average wijk for counts and the city itself for rates', () => {
		expect(cityReference('aantal', 'Leiden', 1000, 10)).toEqual({ name: 'gemiddelde wijk', value: 100 });
		expect(cityReference('procent', 'Leiden', 44, 10)).toEqual({ name: 'Leiden', value: 44 });
		expect(cityReference('aantal', 'Leiden', null, 10)).toEqual({ name: 'gemiddelde wijk', value: null });
	});
});

describe('scaledCityCell and cityComparisonName', () => {
	const cell = { value: 1000, n: null, suppressed: false, protectsOther: false, missingReason: null };
	it('scales a count and names it so', () => {
		expect(scaledCityCell(cell, 0.125)?.value).toBe(125);
		expect(cityComparisonName('Leiden', 'Stevenshof', 0.125)).toBe('Leiden, omgerekend naar het aantal inwoners van Stevenshof');
	});
	it('leaves a rate, a hidden cell and a missing one as they are', () => {
		expect(scaledCityCell(cell, 1)).toBe(cell);
		expect(scaledCityCell({ ...cell, value: null, suppressed: true }, 0.5)?.value).toBeNull();
		expect(scaledCityCell(null, 0.5)).toBeNull();
		expect(cityComparisonName('Leiden', 'Stevenshof', 1)).toBe('Leiden');
	});
});
