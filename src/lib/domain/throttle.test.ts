import { describe, expect, it } from 'vitest';
import { lockedUntil, minutesLeft } from './throttle';

describe('throttle', () => {
	it('is locked only before lockedUntil', () => {
		expect(lockedUntil(null, 10)).toBeNull();
		expect(lockedUntil({ failures: 5, windowStart: 0, lockedUntil: 100 }, 99)).toBe(100);
		expect(lockedUntil({ failures: 5, windowStart: 0, lockedUntil: 100 }, 100)).toBeNull();
	});
	it('rounds the waiting time up to whole minutes', () => {
		expect(minutesLeft(90_000, 0)).toBe(2);
		expect(minutesLeft(1, 0)).toBe(1);
	});
});
