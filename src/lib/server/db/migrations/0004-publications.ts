// Publications as data: a numbered record per gemeente of every explicit publication, the current number on
// the gemeente's row, at most one published delivery per organisation × period, and the housekeeping clock.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	// 0 until the first publication; the app publishes what an older database already had on start.
	await db.schema.alterTable('gemeenten').addColumn('publication_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();

	await db.schema
		.createTable('publications')
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		// JSON: { deliveries: string[], groups: number, everything: boolean }
		.addColumn('changes', 'text', (c) => c.notNull())
		.addColumn('published_by', 'text', (c) => c.references('users.id'))
		.addColumn('published_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('publications_pk', ['gemeente_code', 'version'])
		.execute();

	await db.schema.dropTable('publication_state').execute();

	// Two published versions of one organisation × period cannot both exist, whatever runs concurrently.
	await sql`create unique index deliveries_one_published_uq on deliveries (gemeente_code, organisation_id, period) where status = 'gepubliceerd'`.execute(db);

	await db.schema
		.createTable('housekeeping_runs')
		.addColumn('job', 'text', (c) => c.primaryKey())
		.addColumn('last_run_at', 'text', (c) => c.notNull())
		.execute();
}
