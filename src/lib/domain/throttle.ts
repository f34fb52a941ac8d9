/** Login throttling: after too many attempts within a window, a key (account or IP) is locked for a while. The counting happens atomically in the store (server/db/throttles.ts). */

export interface ThrottlePolicy {
	/** Attempts allowed within the window before locking. */
	maxFailures: number;
	windowMs: number;
	lockMs: number;
}

/** Per account: 5 failures in 15 minutes lock it for 15 minutes. */
export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** Per IP address: 20 failures in 15 minutes (several people may share an office address). */
export const IP_POLICY: ThrottlePolicy = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export interface ThrottleState {
	failures: number;
	/** Epoch ms of the first failure of the current window. */
	windowStart: number;
	/** Epoch ms until which the key is locked; 0 when not locked. */
	lockedUntil: number;
}

/** Epoch ms until which the key is locked at `now`, or null when it may try. */
export function lockedUntil(state: ThrottleState | null, now: number): number | null {
	return state && state.lockedUntil > now ? state.lockedUntil : null;
}

/** Whole minutes (at least 1) until `until`, for the message to the user. */
export function minutesLeft(until: number, now: number): number {
	return Math.max(1, Math.ceil((until - now) / 60_000));
}
