// Deliveries through the browser: a concept keeps the user's rows and its check report until it is
// submitted (then its measurements are written); every uploaded file is kept in the store with its
// checksum; every step (uploaded, submitted, sent back with a reason, published, restored) is an event with
// who and when. A gemeente may let submission publish at once.
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('deliveries').addColumn('draft', 'text').execute();
	// Raised on every change of the draft: a fix or submission based on an older draft is refused, not lost.
	await db.schema.alterTable('deliveries').addColumn('draft_revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
	await db.schema.alterTable('gemeenten').addColumn('submit_publishes', 'integer', (c) => c.notNull().defaultTo(0)).execute();

	await db.schema
		.createTable('delivery_files')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('delivery_id', 'text', (c) => c.notNull())
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('content', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
		.addColumn('sha256', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
		.addColumn('uploaded_at', 'text', (c) => c.notNull())
		.addForeignKeyConstraint('delivery_files_delivery_fk', ['gemeente_code', 'delivery_id'], 'deliveries', ['gemeente_code', 'id'])
		.execute();
	await db.schema.createIndex('delivery_files_delivery_idx').on('delivery_files').columns(['gemeente_code', 'delivery_id']).execute();

	await db.schema
		.createTable('delivery_events')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('delivery_id', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('reason', 'text')
		.addColumn('user_id', 'text', (c) => c.references('users.id'))
		.addColumn('at', 'text', (c) => c.notNull())
		.addForeignKeyConstraint('delivery_events_delivery_fk', ['gemeente_code', 'delivery_id'], 'deliveries', ['gemeente_code', 'id'])
		.execute();
	await db.schema.createIndex('delivery_events_delivery_idx').on('delivery_events').columns(['gemeente_code', 'delivery_id']).execute();
}
