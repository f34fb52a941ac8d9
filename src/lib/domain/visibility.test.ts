import { describe, expect, it } from 'vitest';
import { canRead, readableBy } from './visibility';

describe('visibility', () => {
	it('lets each audience read its own level and more public ones', () => {
		expect(readableBy('openbaar')).toEqual(['openbaar']);
		expect(readableBy('raad')).toEqual(['openbaar', 'raad']);
		expect(readableBy('partners')).toEqual(['openbaar', 'raad', 'partners']);
		expect(readableBy('intern')).toEqual(['openbaar', 'raad', 'partners', 'intern']);
	});
	it('never lets a more public audience read internal content', () => {
		expect(canRead('openbaar', 'intern')).toBe(false);
		expect(canRead('raad', 'partners')).toBe(false);
		expect(canRead('intern', 'openbaar')).toBe(true);
	});
});
