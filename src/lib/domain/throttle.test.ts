import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, afterFailure, lockedUntil, minutesLeft, type ThrottleState } from './throttle';

const minute = 60_000;

describe('throttle', () => {
	it('locks after the fifth failure within the window, for fifteen minutes', () => {
		let state: ThrottleState | null = null;
		for (let i = 0; i < 4; i++) {
			state = afterFailure(state, i * minute, ACCOUNT_POLICY);
			expect(lockedUntil(state, i * minute)).toBeNull();
		}
		state = afterFailure(state, 4 * minute, ACCOUNT_POLICY);
		expect(lockedUntil(state, 4 * minute)).toBe(19 * minute);
		expect(lockedUntil(state, 19 * minute - 1)).toBe(19 * minute);
		expect(lockedUntil(state, 19 * minute)).toBeNull();
	});

	it('starts a new window when the old one has passed', () => {
		let state = afterFailure(null, 0, ACCOUNT_POLICY);
		for (let i = 1; i < 4; i++) state = afterFailure(state, i * minute, ACCOUNT_POLICY);
		state = afterFailure(state, 16 * minute, ACCOUNT_POLICY);
		expect(state.failures).toBe(1);
		expect(lockedUntil(state, 16 * minute)).toBeNull();
	});

	it('rounds the waiting time up to whole minutes', () => {
		expect(minutesLeft(90_000, 0)).toBe(2);
		expect(minutesLeft(1, 0)).toBe(1);
	});
});
