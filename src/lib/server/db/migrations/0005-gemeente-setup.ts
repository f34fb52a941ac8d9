// A gemeente set up in the app: the host name it is served under (a regional host serves several from one
// database), archiving instead of deleting for areas, indicators and organisations that history refers to,
// the successors of an area CBS redrew, and the period from which an organisation delivers an assignment.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('gemeenten').addColumn('hostname', 'text').execute();
	await sql`create unique index gemeenten_hostname_uq on gemeenten (hostname) where hostname is not null`.execute(db);

	await db.schema.alterTable('areas').addColumn('archived_at', 'text').execute();
	// JSON array of { code, share }: the areas of the current division that cover an archived one.
	await db.schema.alterTable('areas').addColumn('successors', 'text').execute();
	await db.schema.alterTable('indicators').addColumn('archived_at', 'text').execute();
	await db.schema.alterTable('organisations').addColumn('archived_at', 'text').execute();
	await db.schema.alterTable('organisation_assignments').addColumn('valid_from', 'text').execute();

	// An uploaded file checked and shown as a preview, waiting for "opslaan": kept in the store (never on an
	// instance's disk), so the save works on whichever instance receives it.
	await db.schema
		.createTable('pending_imports')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('payload', 'text', (c) => c.notNull())
		.execute();
}
