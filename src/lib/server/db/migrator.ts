// Runs versioned migrations, each in its own transaction, so a failing migration leaves the database as it
// was. Kysely's own Migrator skips transactions on SQLite (it reports no transactional DDL), hence this one.
import { sql, type Kysely } from 'kysely';
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

/** The highest applied schema version, 0 for an empty database. */
export async function currentVersion(db: Kysely<unknown>): Promise<number> {
	await db.schema
		.createTable('schema_migrations')
		.ifNotExists()
		.addColumn('version', 'integer', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('applied_at', 'text', (c) => c.notNull())
		.execute();
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
		await db.transaction().execute(async (trx) => {
			await migration.up(trx);
			await sql`insert into schema_migrations (version, name, applied_at) values (${migration.version}, ${migration.name}, ${new Date().toISOString()})`.execute(
				trx
			);
		});
		applied.push(`${migration.version}-${migration.name}`);
	}
	return { from, to: known, applied };
}
