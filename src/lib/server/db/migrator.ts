// Runs versioned migrations, each in its own transaction, so a failing migration leaves the database as it
// was. Kysely's own Migrator skips transactions on SQLite (it reports no transactional DDL), hence this one.
// Several app instances may start at once: every step runs under the `migrations` lock and re-reads the
// version inside it, so exactly one instance applies each migration and the others find it done.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect';
import { lock } from './locks';
import type { Migration } from './migrations';

export class DatabaseTooNewError extends Error {
	constructor(
		readonly databaseVersion: number,
		readonly knownVersion: number
	) {
		super(
			`The database has schema version ${databaseVersion}, but this version of Wijkbeeld knows up to ${knownVersion}. ` +
				'It was written by a newer Wijkbeeld: upgrade the app, or restore a backup made for this version. Nothing was changed.'
		);
		this.name = 'DatabaseTooNewError';
	}
}

export interface MigrationReport {
	from: number;
	to: number;
	applied: string[];
}

const LOCK = 'wijkbeeld:migrations';

/** Creates the bookkeeping tables (applied versions, lock rows) when missing. */
async function ensureBookkeeping(db: Kysely<unknown>): Promise<void> {
	const create = async (trx: Kysely<unknown>) => {
		await trx.schema.createTable('app_locks').ifNotExists().addColumn('name', 'text', (c) => c.primaryKey()).execute();
		await trx.schema
			.createTable('schema_migrations')
			.ifNotExists()
			.addColumn('version', 'integer', (c) => c.primaryKey())
			.addColumn('name', 'text', (c) => c.notNull())
			.addColumn('applied_at', 'text', (c) => c.notNull())
			.execute();
	};
	// PostgreSQL's `create table if not exists` races with itself across connections; SQLite's lock row
	// needs app_locks to exist first, and its DDL already waits for the write lock.
	if (isPostgres(db)) {
		await db.transaction().execute(async (trx) => {
			await lock(trx, LOCK);
			await create(trx);
		});
	} else await create(db);
}

/** The highest applied schema version, 0 for an empty database. */
export async function currentVersion(db: Kysely<unknown>): Promise<number> {
	await ensureBookkeeping(db);
	return readVersion(db);
}

async function readVersion(db: Kysely<unknown>): Promise<number> {
	const row = await sql<{ version: number | null }>`select max(version) as version from schema_migrations`.execute(db);
	return Number(row.rows[0]?.version ?? 0);
}

/** Applies every pending migration in order; refuses a database newer than `list` knows. */
export async function migrate(db: Kysely<unknown>, list: Migration[]): Promise<MigrationReport> {
	const sorted = [...list].sort((a, b) => a.version - b.version);
	sorted.forEach((m, i) => {
		if (m.version !== i + 1) throw new Error(`migration versions must be 1..n without gaps; found ${m.version} at position ${i + 1}`);
	});
	const known = sorted.length;
	const from = await currentVersion(db);
	if (from > known) throw new DatabaseTooNewError(from, known);
	const applied: string[] = [];
	for (const migration of sorted.slice(from)) {
		const done = await db.transaction().execute(async (trx) => {
			await lock(trx, LOCK);
			// Another instance may have applied it while this one waited for the lock.
			if ((await readVersion(trx)) >= migration.version) return false;
			await migration.up(trx);
			await sql`insert into schema_migrations (version, name, applied_at) values (${migration.version}, ${migration.name}, ${new Date().toISOString()})`.execute(trx);
			return true;
		});
		if (done) applied.push(`${migration.version}-${migration.name}`);
	}
	return { from, to: known, applied };
}
