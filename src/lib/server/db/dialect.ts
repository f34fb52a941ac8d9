// Which store a Kysely instance talks to; the few statements that differ per store ask here.
import { PostgresAdapter, type QueryExecutorProvider } from 'kysely';

/** True when `db` talks to PostgreSQL. */
export function isPostgres(db: QueryExecutorProvider): boolean {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}
