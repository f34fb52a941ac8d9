// Named locks held until the end of the current transaction, so invariants hold with several app instances:
// one publication per gemeente at a time, one migration run, consecutive delivery versions, the last beheerder.
// PostgreSQL: a transaction-scoped advisory lock. SQLite: the database's single write lock, taken at once
// (a write to `app_locks`) so another process waits (busy_timeout) instead of failing later on upgrade.
import { sql, type QueryExecutorProvider } from 'kysely';
import { isPostgres } from './dialect';

/** Any Kysely instance, whatever its tables; it must be inside a transaction. */
type Transactional = QueryExecutorProvider & { readonly isTransaction: boolean };

/** Waits for the lock `name`; it is released when the transaction `trx` commits or rolls back. */
export async function lock(trx: Transactional, name: string): Promise<void> {
	if (!trx.isTransaction) throw new Error(`lock ${name} needs a transaction`);
	if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(trx);
	else await sql`insert into app_locks (name) values (${name}) on conflict (name) do nothing`.execute(trx);
}

/** Takes the lock `name` if nobody holds it; false when another transaction does. */
export async function tryLock(trx: Transactional, name: string): Promise<boolean> {
	if (!trx.isTransaction) throw new Error(`lock ${name} needs a transaction`);
	if (!isPostgres(trx)) {
		await lock(trx, name);
		return true;
	}
	const result = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtextextended(${name}, 0)) as locked`.execute(trx);
	return result.rows[0]?.locked === true;
}
