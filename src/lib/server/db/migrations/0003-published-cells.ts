// Published cells: the published measurements (latest version per indicator × area × period) with the
// small-cell decision, written once per publication so no request has to suppress over all measurements.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('published_cells')
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('indicator_code', 'text', (c) => c.notNull())
		.addColumn('area_code', 'text', (c) => c.notNull())
		.addColumn('period', 'text', (c) => c.notNull())
		.addColumn('period_start', 'text', (c) => c.notNull())
		.addColumn('period_end', 'text', (c) => c.notNull())
		.addColumn('value', 'double precision')
		.addColumn('missing_reason', 'text')
		.addColumn('n', 'integer')
		.addColumn('toelichting', 'text')
		.addColumn('organisation', 'text', (c) => c.notNull())
		.addColumn('published_at', 'text')
		// 1 when the cell is hidden from every audience but intern (a small cell, or hidden so a small one cannot be derived).
		.addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
		.addPrimaryKeyConstraint('published_cells_pk', ['gemeente_code', 'indicator_code', 'area_code', 'period'])
		.execute();
	await db.schema.createIndex('published_cells_area_idx').on('published_cells').columns(['gemeente_code', 'area_code', 'indicator_code']).execute();

	await db.schema
		.createTable('publication_state')
		.addColumn('gemeente_code', 'text', (c) => c.primaryKey().references('gemeenten.code'))
		.addColumn('data_version', 'text', (c) => c.notNull())
		.addColumn('built_at', 'text', (c) => c.notNull())
		.execute();
}
