import { describe, expect, it } from 'vitest';
import { cityReference, cityScale } from './comparison';

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
