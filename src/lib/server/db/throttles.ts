// Login throttling state in the store, so several app instances share it.
import type { ThrottleState } from '../../domain/throttle';
import type { Scope } from './scope';

/** The state for a key, or null when it has no recent failures. */
export async function get(scope: Scope, key: string): Promise<ThrottleState | null> {
	const row = await scope.db
		.selectFrom('login_throttles')
		.select(['failures', 'window_start', 'locked_until'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('key', '=', key)
		.executeTakeFirst();
	return row ? { failures: Number(row.failures), windowStart: Number(row.window_start), lockedUntil: Number(row.locked_until) } : null;
}

/** Stores the state for a key. */
export async function save(scope: Scope, key: string, state: ThrottleState): Promise<void> {
	await scope.db
		.insertInto('login_throttles')
		.values({ gemeente_code: scope.gemeente, key, failures: state.failures, window_start: state.windowStart, locked_until: state.lockedUntil })
		.onConflict((oc) =>
			oc.columns(['gemeente_code', 'key']).doUpdateSet({ failures: state.failures, window_start: state.windowStart, locked_until: state.lockedUntil })
		)
		.execute();
}

/** Forgets a key's failures (after a successful sign-in). */
export async function clear(scope: Scope, key: string): Promise<void> {
	await scope.db.deleteFrom('login_throttles').where('gemeente_code', '=', scope.gemeente).where('key', '=', key).execute();
}
