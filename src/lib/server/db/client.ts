// Opens the store. SQLite (better-sqlite3) is the embedded default; a PostgreSQL dialect can be added here
// without touching repositories, which only see Kysely<Database>.
import SQLite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { migrations } from './migrations';
import { migrate } from './migrator';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/** Where the embedded database lives unless WIJKBEELD_DB says otherwise. */
export const DEFAULT_DB_PATH = 'var/wijkbeeld.db';

/** Opens (and creates) a SQLite database with WAL and foreign keys on; `:memory:` for tests. */
export function openSqlite(path: string): Db {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new SQLite(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** Opens the database and brings its schema up to date; throws DatabaseTooNewError for a newer one. */
export async function openDatabase(path: string): Promise<Db> {
	const db = openSqlite(path);
	try {
		await migrate(db as unknown as Kysely<unknown>, migrations);
	} catch (error) {
		await db.destroy();
		throw error;
	}
	return db;
}
