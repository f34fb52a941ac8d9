// Login throttling state in the store, so several app instances share it. Every attempt is counted in
// one atomic statement before the password is checked, so parallel requests cannot slip past the limit.
import { sql } from 'kysely';
import type { ThrottlePolicy, ThrottleState } from '../../domain/throttle';
import type { Scope } from './scope';

/** The state for a key, or null when it has no recent attempts. */
export async function get(scope: Scope, key: string): Promise<ThrottleState | null> {
	const row = await scope.db
		.selectFrom('login_throttles')
		.select(['failures', 'window_start', 'locked_until'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('key', '=', key)
		.executeTakeFirst();
	return row ? { failures: Number(row.failures), windowStart: Number(row.window_start), lockedUntil: Number(row.locked_until) } : null;
}

/**
 * Counts one attempt for `key` at `at` (epoch ms) and returns the new state: a new window when the old one
 * has passed, and a lock once the attempts in the window reach the policy's maximum.
 */
export async function hit(scope: Scope, key: string, at: number, policy: ThrottlePolicy): Promise<ThrottleState> {
	const fresh = sql<boolean>`${at} - login_throttles.window_start > ${policy.windowMs}`;
	const failures = sql<number>`case when ${fresh} then 1 else login_throttles.failures + 1 end`;
	const result = await sql<{ failures: number; window_start: number; locked_until: number }>`
		insert into login_throttles (gemeente_code, key, failures, window_start, locked_until)
		values (${scope.gemeente}, ${key}, 1, ${at}, ${policy.maxFailures <= 1 ? at + policy.lockMs : 0})
		on conflict (gemeente_code, key) do update set
			failures = ${failures},
			window_start = case when ${fresh} then ${at} else login_throttles.window_start end,
			locked_until = case when ${failures} >= ${policy.maxFailures} then ${at + policy.lockMs} else login_throttles.locked_until end
		returning failures, window_start, locked_until`.execute(scope.db);
	const row = result.rows[0]!;
	return { failures: Number(row.failures), windowStart: Number(row.window_start), lockedUntil: Number(row.locked_until) };
}

/** Forgets a key's attempts (after a successful sign-in). */
export async function clear(scope: Scope, key: string): Promise<void> {
	await scope.db.deleteFrom('login_throttles').where('gemeente_code', '=', scope.gemeente).where('key', '=', key).execute();
}

/**
 * Takes back one counted attempt (a successful sign-in should not count against an office's shared IP
 * address), lifting a lock that attempt may have set. Never below zero.
 */
export async function forgive(scope: Scope, key: string, policy: ThrottlePolicy): Promise<void> {
	await sql`
		update login_throttles set
			failures = case when failures > 0 then failures - 1 else 0 end,
			locked_until = case when failures - 1 < ${policy.maxFailures} then 0 else locked_until end
		where gemeente_code = ${scope.gemeente} and key = ${key}`.execute(scope.db);
}
