// Accounts: login throttling state, one-time invitation and reset links, and the public-dashboard setting.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('gemeenten').addColumn('public_dashboard', 'integer', (c) => c.notNull().defaultTo(1)).execute();

	await db.schema
		.createTable('login_throttles')
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('failures', 'integer', (c) => c.notNull())
		.addColumn('window_start', 'bigint', (c) => c.notNull())
		.addColumn('locked_until', 'bigint', (c) => c.notNull())
		.addPrimaryKeyConstraint('login_throttles_pk', ['gemeente_code', 'key'])
		.execute();

	await db.schema
		.createTable('account_tokens')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('uitnodiging', 'wachtwoord')`))
		.addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('role', 'text')
		.addColumn('organisation_id', 'text')
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.addColumn('created_by', 'text', (c) => c.references('users.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addForeignKeyConstraint('account_tokens_organisation_id_fk', ['gemeente_code', 'organisation_id'], 'organisations', ['gemeente_code', 'id'])
		.execute();
}
