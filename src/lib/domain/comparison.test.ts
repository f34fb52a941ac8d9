import { describe, expect, it } from 'vitest';
import { cityScale } from './comparison';

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
