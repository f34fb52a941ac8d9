// Opens the store: SQLite in a file (better-sqlite3) is the embedded default; PostgreSQL (pg) is selected by
// DATABASE_URL for several app instances. Repositories only see Kysely<Database> and portable SQL.
import SQLite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations';
import { migrate } from './migrator';
import type { Database } from './schema';

import { isPostgres } from './dialect';

export { isPostgres };

export type Db = Kysely<Database>;

export type StoreConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; poolSize?: number };

/** Where the embedded database lives unless WIJKBEELD_DB says otherwise. */
export const DEFAULT_DB_PATH = 'var/wijkbeeld.db';

// Counts and sums of integer columns arrive as int8/numeric; as strings they would compare and add wrongly.
pg.types.setTypeParser(pg.types.builtins.INT8, (text) => Number(text));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (text) => Number(text));

/** Opens (and creates) a SQLite database with WAL and foreign keys on; `:memory:` for tests. */
export function openSqlite(path: string): Db {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new SQLite(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** A connection pool on PostgreSQL; nothing is connected until the first query. */
export function openPostgres(url: string, poolSize = 10): Db {
	const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'wijkbeeld', connectionTimeoutMillis: 30_000 });
	// An idle client that loses its server must not crash the process; the next query reconnects.
	pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
	return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** The address without its password, for messages and logs. */
export function redactUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.toString();
	} catch {
		return '(DATABASE_URL)';
	}
}

/** Says which store could not be opened, never with a password in it. */
export class StoreUnavailableError extends Error {
	constructor(config: StoreConfig, cause: unknown) {
		const reason = cause instanceof Error ? cause.message.replaceAll(config.kind === 'postgres' ? config.url : '\u0000', '(DATABASE_URL)') : String(cause);
		super(
			config.kind === 'postgres'
				? `Cannot connect to PostgreSQL at DATABASE_URL=${redactUrl(config.url)}: ${reason}. Check the host, port, database name, user and password in DATABASE_URL, and that the server accepts connections.`
				: `Cannot open the SQLite database WIJKBEELD_DB=${config.path}: ${reason}`
		);
		this.name = 'StoreUnavailableError';
	}
}

/**
 * Lets the query planner know the tables' sizes. SQLite keeps no statistics by itself and then scans 800,000
 * measurements where an index finds ten; `pragma optimize` analyses only what changed much. PostgreSQL's
 * autovacuum does this on its own.
 */
export async function refreshStatistics(db: Db): Promise<void> {
	if (!isPostgres(db)) await sql`pragma optimize=0x10002`.execute(db);
}

/** Opens the store and brings its schema up to date; throws DatabaseTooNewError for a newer one. A path means SQLite. */
export async function openDatabase(config: StoreConfig | string): Promise<Db> {
	const store: StoreConfig = typeof config === 'string' ? { kind: 'sqlite', path: config } : config;
	let db: Db;
	try {
		db = store.kind === 'sqlite' ? openSqlite(store.path) : openPostgres(store.url, store.poolSize);
		await sql`select 1`.execute(db);
	} catch (error) {
		throw new StoreUnavailableError(store, error);
	}
	try {
		await migrate(db as unknown as Kysely<unknown>, migrations);
		await refreshStatistics(db);
	} catch (error) {
		await db.destroy();
		throw error;
	}
	return db;
}
