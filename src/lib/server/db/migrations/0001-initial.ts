// The initial schema. Composite keys start with gemeente_code so every lookup is scoped to one tenant.
// Rows point at organisations and deliveries of their own gemeente only (composite foreign keys).
// Types are limited to text, integer and double precision so the same DDL runs on PostgreSQL.
import { sql, type Kysely } from 'kysely';

type Db = Kysely<unknown>;

const tenantFk = (table: string) => `${table}_gemeente_fk`;

export async function up(db: Db): Promise<void> {
	await db.schema
		.createTable('gemeenten')
		.addColumn('code', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('areas')
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('code', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('gemeente', 'wijk', 'buurt')`))
		.addColumn('parent_code', 'text')
		.addColumn('geometry', 'text')
		.addColumn('population', 'integer')
		.addPrimaryKeyConstraint('areas_pk', ['gemeente_code', 'code'])
		.addForeignKeyConstraint(tenantFk('areas'), ['gemeente_code'], 'gemeenten', ['code'])
		.addForeignKeyConstraint('areas_parent_fk', ['gemeente_code', 'parent_code'], 'areas', ['gemeente_code', 'code'])
		.execute();

	await db.schema
		.createTable('organisations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('gemeente', 'welzijnsorganisatie', 'overig')`))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addForeignKeyConstraint(tenantFk('organisations'), ['gemeente_code'], 'gemeenten', ['code'])
		.addUniqueConstraint('organisations_name_uq', ['gemeente_code', 'name'])
		.addUniqueConstraint('organisations_tenant_uq', ['gemeente_code', 'id'])
		.execute();

	await db.schema
		.createTable('themes')
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('code', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('themes_pk', ['gemeente_code', 'code'])
		.addForeignKeyConstraint(tenantFk('themes'), ['gemeente_code'], 'gemeenten', ['code'])
		.execute();

	await db.schema
		.createTable('indicators')
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('code', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('theme_code', 'text', (c) => c.notNull())
		.addColumn('unit', 'text', (c) => c.notNull())
		.addColumn('frequency', 'text', (c) =>
			c.notNull().check(sql`frequency in ('kwartaal', 'halfjaar', 'jaar', 'tweejaarlijks', 'vierjaarlijks')`)
		)
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('output', 'outcome', 'context', 'ervaring')`))
		.addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('hoger', 'lager', 'neutraal')`))
		.addColumn('delivered_by', 'text', (c) => c.notNull().check(sql`delivered_by in ('organisatie', 'gemeente')`))
		.addColumn('target_value', 'double precision')
		.addColumn('target_note', 'text')
		.addColumn('min_n', 'integer', (c) => c.notNull().defaultTo(5))
		.addColumn('valid_from', 'text')
		.addColumn('valid_to', 'text')
		.addColumn('position', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('indicators_pk', ['gemeente_code', 'code'])
		.addForeignKeyConstraint('indicators_theme_fk', ['gemeente_code', 'theme_code'], 'themes', ['gemeente_code', 'code'])
		.execute();

	await db.schema
		.createTable('indicator_definitions')
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('indicator_code', 'text', (c) => c.notNull())
		.addColumn('valid_from', 'text', (c) => c.notNull())
		.addColumn('definition', 'text', (c) => c.notNull())
		.addColumn('change_note', 'text')
		.addPrimaryKeyConstraint('indicator_definitions_pk', ['gemeente_code', 'indicator_code', 'valid_from'])
		.addForeignKeyConstraint('indicator_definitions_indicator_fk', ['gemeente_code', 'indicator_code'], 'indicators', [
			'gemeente_code',
			'code'
		])
		.execute();

	await db.schema
		.createTable('organisation_assignments')
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('organisation_id', 'text', (c) => c.notNull())
		.addColumn('indicator_code', 'text', (c) => c.notNull())
		.addColumn('area_code', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('organisation_assignments_pk', ['organisation_id', 'indicator_code', 'area_code'])
		.addForeignKeyConstraint('organisation_assignments_indicator_fk', ['gemeente_code', 'indicator_code'], 'indicators', [
			'gemeente_code',
			'code'
		])
		.addForeignKeyConstraint('organisation_assignments_area_fk', ['gemeente_code', 'area_code'], 'areas', ['gemeente_code', 'code'])
		.addForeignKeyConstraint('organisation_assignments_organisation_id_fk', ['gemeente_code', 'organisation_id'], 'organisations', ['gemeente_code', 'id'])
		.execute();

	await db.schema
		.createTable('users')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) =>
			c.notNull().check(sql`role in ('lezer', 'aanleveraar', 'facilitator', 'beleidsmedewerker', 'beheerder')`)
		)
		.addColumn('organisation_id', 'text')
		.addColumn('password_hash', 'text')
		.addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addForeignKeyConstraint(tenantFk('users'), ['gemeente_code'], 'gemeenten', ['code'])
		.addUniqueConstraint('users_email_uq', ['gemeente_code', 'email'])
		.addForeignKeyConstraint('users_organisation_id_fk', ['gemeente_code', 'organisation_id'], 'organisations', ['gemeente_code', 'id'])
		.execute();

	await db.schema
		.createTable('auth_sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('auth_sessions_user_idx').on('auth_sessions').column('user_id').execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('user_id', 'text', (c) => c.references('users.id'))
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('subject', 'text')
		.addColumn('detail', 'text')
		.addColumn('ip', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('audit_log_time_idx').on('audit_log').columns(['gemeente_code', 'created_at']).execute();

	await db.schema
		.createTable('deliveries')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('organisation_id', 'text', (c) => c.notNull())
		.addColumn('period', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('replaces_id', 'text')
		.addColumn('status', 'text', (c) =>
			c.notNull().check(sql`status in ('concept', 'ingediend', 'gepubliceerd', 'vervangen')`)
		)
		.addColumn('file_name', 'text')
		.addColumn('file_sha256', 'text')
		.addColumn('validation_report', 'text')
		.addColumn('created_by', 'text', (c) => c.references('users.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('submitted_at', 'text')
		.addColumn('published_at', 'text')
		.addUniqueConstraint('deliveries_version_uq', ['organisation_id', 'period', 'version'])
		.addUniqueConstraint('deliveries_tenant_uq', ['gemeente_code', 'id'])
		.addForeignKeyConstraint('deliveries_organisation_id_fk', ['gemeente_code', 'organisation_id'], 'organisations', ['gemeente_code', 'id'])
		.addForeignKeyConstraint('deliveries_replaces_id_fk', ['gemeente_code', 'replaces_id'], 'deliveries', ['gemeente_code', 'id'])
		.execute();

	await db.schema
		.createTable('measurements')
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('delivery_id', 'text', (c) => c.notNull())
		.addColumn('indicator_code', 'text', (c) => c.notNull())
		.addColumn('area_code', 'text', (c) => c.notNull())
		.addColumn('period', 'text', (c) => c.notNull())
		.addColumn('period_start', 'text', (c) => c.notNull())
		.addColumn('period_end', 'text', (c) => c.notNull())
		.addColumn('value', 'double precision')
		.addColumn('missing_reason', 'text')
		.addColumn('n', 'integer')
		.addColumn('numerator', 'double precision')
		.addColumn('denominator', 'double precision')
		.addColumn('toelichting', 'text')
		.addPrimaryKeyConstraint('measurements_pk', ['delivery_id', 'indicator_code', 'area_code', 'period'])
		.addForeignKeyConstraint('measurements_indicator_fk', ['gemeente_code', 'indicator_code'], 'indicators', ['gemeente_code', 'code'])
		.addForeignKeyConstraint('measurements_area_fk', ['gemeente_code', 'area_code'], 'areas', ['gemeente_code', 'code'])
		.addCheckConstraint('measurements_value_or_reason', sql`value is not null or missing_reason is not null`)
		.addForeignKeyConstraint('measurements_delivery_id_fk', ['gemeente_code', 'delivery_id'], 'deliveries', ['gemeente_code', 'id'])
		.execute();
	await db.schema
		.createIndex('measurements_lookup_idx')
		.on('measurements')
		.columns(['gemeente_code', 'indicator_code', 'area_code', 'period_start'])
		.execute();

	await db.schema
		.createTable('stories')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull())
		.addColumn('source_role', 'text', (c) => c.notNull())
		.addColumn('area_code', 'text')
		.addColumn('period', 'text')
		.addColumn('collected_by_organisation_id', 'text')
		.addColumn('collected_by_user_id', 'text', (c) => c.references('users.id'))
		.addColumn('consent_date', 'text')
		.addColumn('consent_scope', 'text')
		.addColumn('consent_withdrawn_at', 'text')
		.addColumn('privacy_check', 'text', (c) => c.notNull().defaultTo('niet gecontroleerd'))
		.addColumn('privacy_checked_at', 'text')
		.addColumn('visibility', 'text', (c) => c.notNull().check(sql`visibility in ('openbaar', 'raad', 'partners', 'intern')`))
		.addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('concept', 'gepubliceerd', 'ingetrokken')`))
		.addColumn('image_path', 'text')
		.addColumn('image_alt', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addForeignKeyConstraint('stories_area_fk', ['gemeente_code', 'area_code'], 'areas', ['gemeente_code', 'code'])
		.addForeignKeyConstraint('stories_collected_by_organisation_id_fk', ['gemeente_code', 'collected_by_organisation_id'], 'organisations', ['gemeente_code', 'id'])
		.execute();

	await db.schema
		.createTable('story_themes')
		.addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('theme_code', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('story_themes_pk', ['story_id', 'theme_code'])
		.addForeignKeyConstraint('story_themes_theme_fk', ['gemeente_code', 'theme_code'], 'themes', ['gemeente_code', 'code'])
		.execute();

	await db.schema
		.createTable('story_indicators')
		.addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('indicator_code', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('story_indicators_pk', ['story_id', 'indicator_code'])
		.addForeignKeyConstraint('story_indicators_indicator_fk', ['gemeente_code', 'indicator_code'], 'indicators', [
			'gemeente_code',
			'code'
		])
		.execute();

	await db.schema
		.createTable('duiding_sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('held_on', 'text', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull())
		.addColumn('theme_code', 'text')
		.addColumn('facilitator_user_id', 'text', (c) => c.references('users.id'))
		.addColumn('data_version', 'text')
		.addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('gepland', 'gehouden', 'afgerond')`))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addForeignKeyConstraint('duiding_sessions_theme_fk', ['gemeente_code', 'theme_code'], 'themes', ['gemeente_code', 'code'])
		.execute();

	await db.schema
		.createTable('session_areas')
		.addColumn('session_id', 'text', (c) => c.notNull().references('duiding_sessions.id').onDelete('cascade'))
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('area_code', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('session_areas_pk', ['session_id', 'area_code'])
		.addForeignKeyConstraint('session_areas_area_fk', ['gemeente_code', 'area_code'], 'areas', ['gemeente_code', 'code'])
		.execute();

	await db.schema
		.createTable('session_participants')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('session_id', 'text', (c) => c.notNull().references('duiding_sessions.id').onDelete('cascade'))
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('organisation_id', 'text')
		.addColumn('name', 'text')
		.addForeignKeyConstraint('session_participants_organisation_id_fk', ['gemeente_code', 'organisation_id'], 'organisations', ['gemeente_code', 'id'])
		.execute();

	await db.schema
		.createTable('session_agenda')
		.addColumn('session_id', 'text', (c) => c.notNull().references('duiding_sessions.id').onDelete('cascade'))
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('indicator_code', 'text', (c) => c.notNull())
		.addColumn('area_code', 'text')
		.addPrimaryKeyConstraint('session_agenda_pk', ['session_id', 'position'])
		.addForeignKeyConstraint('session_agenda_indicator_fk', ['gemeente_code', 'indicator_code'], 'indicators', [
			'gemeente_code',
			'code'
		])
		.execute();

	await db.schema
		.createTable('notes')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('session_id', 'text', (c) => c.references('duiding_sessions.id'))
		.addColumn('indicator_code', 'text', (c) => c.notNull())
		.addColumn('area_code', 'text', (c) => c.notNull())
		.addColumn('period_from', 'text', (c) => c.notNull())
		.addColumn('period_to', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) =>
			c.notNull().check(sql`kind in ('verklaring', 'vraag', 'signaal', 'context', 'tegenspraak', 'datakanttekening')`)
		)
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('author_user_id', 'text', (c) => c.references('users.id'))
		.addColumn('author_role', 'text', (c) => c.notNull())
		.addColumn('author_organisation_id', 'text')
		.addColumn('visibility', 'text', (c) => c.notNull().check(sql`visibility in ('openbaar', 'raad', 'partners', 'intern')`))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addForeignKeyConstraint('notes_indicator_fk', ['gemeente_code', 'indicator_code'], 'indicators', ['gemeente_code', 'code'])
		.addForeignKeyConstraint('notes_area_fk', ['gemeente_code', 'area_code'], 'areas', ['gemeente_code', 'code'])
		.addForeignKeyConstraint('notes_author_organisation_id_fk', ['gemeente_code', 'author_organisation_id'], 'organisations', ['gemeente_code', 'id'])
		.execute();
	await db.schema.createIndex('notes_anchor_idx').on('notes').columns(['gemeente_code', 'indicator_code', 'area_code']).execute();

	await db.schema
		.createTable('conclusions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('session_id', 'text', (c) => c.notNull().references('duiding_sessions.id').onDelete('cascade'))
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('visibility', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('actions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('session_id', 'text', (c) => c.notNull().references('duiding_sessions.id').onDelete('cascade'))
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('owner', 'text', (c) => c.notNull())
		.addColumn('owner_organisation_id', 'text')
		.addColumn('deadline', 'text')
		.addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'bezig', 'afgerond', 'vervallen')`))
		.addColumn('follow_up_session_id', 'text', (c) => c.references('duiding_sessions.id'))
		.addColumn('visibility', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('closed_at', 'text')
		.addForeignKeyConstraint('actions_owner_organisation_id_fk', ['gemeente_code', 'owner_organisation_id'], 'organisations', ['gemeente_code', 'id'])
		.execute();
}
