// Duidingssessies run in the app. Names that cannot be mistaken: `duiding_session_*` (a "session" is a login)
// and `afspraken` (an "action" is a SvelteKit form action or an audit action). New kinds and states
// (concept → gepland → bezig → afgerond), an agenda question per figure and the figure as the session saw
// it, a revision on everything two facilitators may edit at once, and notes that are numbered per figure
// (the same number for every reader), reach the dashboard only once published, and record the publication
// version and the value the session looked at.
//
// SQLite cannot change a CHECK constraint in place, so every table of the practice is built anew and the
// rows copied; the parent is built as `duiding_sessions_next` and renamed last, which also renames the
// references of the new child tables (SQLite and PostgreSQL both follow a renamed parent).
import { sql, type Kysely } from 'kysely';

const VISIBILITY = sql`visibility in ('openbaar', 'raad', 'partners', 'intern')`;

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('duiding_sessions_next')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('held_on', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('duidingssessie', 'kwartaalgesprek', 'vertelsessie', 'leersessie', 'raadsavond')`))
		.addColumn('theme_code', 'text')
		.addColumn('facilitator_user_id', 'text', (c) => c.references('users.id'))
		.addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('concept', 'gepland', 'bezig', 'afgerond')`))
		// The publication the session looked at: set when it starts.
		.addColumn('publication_version', 'integer')
		// When it started: an afspraak closed from then on stays on its record.
		.addColumn('started_at', 'text')
		// The agenda item the facilitator shows; participants following along see the same.
		.addColumn('current_position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('timer_minutes', 'integer')
		.addColumn('timer_started_at', 'text')
		.addColumn('results_published_at', 'text')
		// Raised by an edit of the details or agenda: an edit based on an older one is a conflict.
		.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
		// Raised by every change (a note, the shown item): participants following along poll it.
		.addColumn('change_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addForeignKeyConstraint('duiding_sessions_theme_fk', ['gemeente_code', 'theme_code'], 'themes', ['gemeente_code', 'code'])
		.execute();
	await sql`insert into duiding_sessions_next (id, gemeente_code, title, held_on, kind, theme_code, facilitator_user_id, status, publication_version, current_position, results_published_at, revision, created_at, updated_at)
		select id, gemeente_code, title, held_on,
			case type when 'kwartaalgesprek' then 'kwartaalgesprek' else 'duidingssessie' end,
			theme_code, facilitator_user_id,
			case status when 'gehouden' then 'afgerond' else status end,
			null, 0, case when status = 'gepland' then null else created_at end, 0, created_at, created_at
		from duiding_sessions`.execute(db);

	await db.schema
		.createTable('duiding_session_areas')
		.addColumn('duiding_session_id', 'text', (c) => c.notNull().references('duiding_sessions_next.id').onDelete('cascade'))
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('area_code', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('duiding_session_areas_pk', ['duiding_session_id', 'area_code'])
		.addForeignKeyConstraint('duiding_session_areas_area_fk', ['gemeente_code', 'area_code'], 'areas', ['gemeente_code', 'code'])
		.execute();
	await sql`insert into duiding_session_areas select session_id, gemeente_code, area_code from session_areas`.execute(db);

	await db.schema
		.createTable('duiding_session_participants')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('duiding_session_id', 'text', (c) => c.notNull().references('duiding_sessions_next.id').onDelete('cascade'))
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('organisation_id', 'text')
		.addColumn('name', 'text')
		.addForeignKeyConstraint('duiding_session_participants_organisation_fk', ['gemeente_code', 'organisation_id'], 'organisations', ['gemeente_code', 'id'])
		.execute();
	await sql`insert into duiding_session_participants (id, duiding_session_id, gemeente_code, position, role, organisation_id, name)
		select id, session_id, gemeente_code, 0, role, organisation_id, name from session_participants`.execute(db);

	await db.schema
		.createTable('duiding_session_agenda')
		.addColumn('duiding_session_id', 'text', (c) => c.notNull().references('duiding_sessions_next.id').onDelete('cascade'))
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('indicator_code', 'text', (c) => c.notNull())
		.addColumn('area_code', 'text', (c) => c.notNull())
		.addColumn('question', 'text')
		// The figure's rows (JSON) as the session saw them, recorded when it starts: the report prints these.
		.addColumn('seen_rows', 'text')
		.addPrimaryKeyConstraint('duiding_session_agenda_pk', ['duiding_session_id', 'position'])
		.addForeignKeyConstraint('duiding_session_agenda_indicator_fk', ['gemeente_code', 'indicator_code'], 'indicators', ['gemeente_code', 'code'])
		.addForeignKeyConstraint('duiding_session_agenda_area_fk', ['gemeente_code', 'area_code'], 'areas', ['gemeente_code', 'code'])
		.execute();
	// An agenda item without a wijk was about the whole gemeente, whose own area has the gemeente's code.
	await sql`insert into duiding_session_agenda (duiding_session_id, gemeente_code, position, indicator_code, area_code, question, seen_rows)
		select session_id, gemeente_code, position, indicator_code, coalesce(area_code, gemeente_code), null, null from session_agenda`.execute(db);

	await db.schema
		.createTable('notes_next')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('duiding_session_id', 'text', (c) => c.references('duiding_sessions_next.id').onDelete('cascade'))
		// Per indicator × area, stored: note 3 is note 3 for every reader and on every chart.
		.addColumn('number', 'integer', (c) => c.notNull())
		.addColumn('indicator_code', 'text', (c) => c.notNull())
		.addColumn('area_code', 'text', (c) => c.notNull())
		.addColumn('period_from', 'text', (c) => c.notNull())
		.addColumn('period_to', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('verklaring', 'vraag', 'signaal', 'context', 'tegenspraak', 'datakanttekening')`))
		.addColumn('body', 'text', (c) => c.notNull())
		// A tegenspraak names the note it disagrees with.
		.addColumn('replies_to_note_id', 'text')
		.addColumn('author_user_id', 'text', (c) => c.references('users.id'))
		// The speaker: role as said ("opbouwwerker"), and organisation.
		.addColumn('author_role', 'text', (c) => c.notNull())
		.addColumn('author_organisation_id', 'text')
		.addColumn('visibility', 'text', (c) => c.notNull().check(VISIBILITY))
		// What the session looked at: the publication version and the figure's value at `period_to`.
		.addColumn('publication_version', 'integer')
		.addColumn('value_seen', 'double precision')
		// Only published notes reach the dashboard.
		.addColumn('published_at', 'text')
		.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addForeignKeyConstraint('notes_indicator_fk', ['gemeente_code', 'indicator_code'], 'indicators', ['gemeente_code', 'code'])
		.addForeignKeyConstraint('notes_area_fk', ['gemeente_code', 'area_code'], 'areas', ['gemeente_code', 'code'])
		.addForeignKeyConstraint('notes_author_organisation_fk', ['gemeente_code', 'author_organisation_id'], 'organisations', ['gemeente_code', 'id'])
		.execute();
	// Existing notes were shown as they were written: published, numbered in the order the charts showed them.
	await sql`insert into notes_next (id, gemeente_code, duiding_session_id, number, indicator_code, area_code, period_from, period_to, kind, body, replies_to_note_id, author_user_id, author_role, author_organisation_id, visibility, publication_version, value_seen, published_at, revision, created_at, updated_at)
		select id, gemeente_code, session_id,
			row_number() over (partition by gemeente_code, indicator_code, area_code order by period_from, created_at, id),
			indicator_code, area_code, period_from, period_to, kind, body, null, author_user_id, author_role, author_organisation_id, visibility, null, null, created_at, 0, created_at, created_at
		from notes`.execute(db);

	await db.schema
		.createTable('conclusions_next')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('duiding_session_id', 'text', (c) => c.notNull().references('duiding_sessions_next.id').onDelete('cascade'))
		// About one agenda figure, or a theme, or the session as a whole (both null).
		.addColumn('indicator_code', 'text')
		.addColumn('area_code', 'text')
		.addColumn('theme_code', 'text')
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('visibility', 'text', (c) => c.notNull().check(VISIBILITY))
		.addColumn('author_user_id', 'text', (c) => c.references('users.id'))
		.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await sql`insert into conclusions_next (id, gemeente_code, duiding_session_id, indicator_code, area_code, theme_code, body, visibility, author_user_id, revision, created_at, updated_at)
		select id, gemeente_code, session_id, null, null, null, body, visibility, null, 0, created_at, created_at from conclusions`.execute(db);

	await db.schema
		.createTable('afspraken')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('gemeente_code', 'text', (c) => c.notNull().references('gemeenten.code'))
		.addColumn('duiding_session_id', 'text', (c) => c.notNull().references('duiding_sessions_next.id').onDelete('cascade'))
		.addColumn('indicator_code', 'text')
		.addColumn('area_code', 'text')
		.addColumn('body', 'text', (c) => c.notNull())
		// An organisation or a role; it need not have an account.
		.addColumn('owner', 'text', (c) => c.notNull())
		.addColumn('owner_organisation_id', 'text')
		.addColumn('deadline', 'text')
		.addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'loopt', 'afgerond', 'vervallen')`))
		.addColumn('visibility', 'text', (c) => c.notNull().check(VISIBILITY))
		.addColumn('author_user_id', 'text', (c) => c.references('users.id'))
		.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('closed_at', 'text')
		.addForeignKeyConstraint('afspraken_owner_organisation_fk', ['gemeente_code', 'owner_organisation_id'], 'organisations', ['gemeente_code', 'id'])
		.execute();
	await sql`insert into afspraken (id, gemeente_code, duiding_session_id, indicator_code, area_code, body, owner, owner_organisation_id, deadline, status, visibility, author_user_id, revision, created_at, updated_at, closed_at)
		select id, gemeente_code, session_id, null, null, body, owner, owner_organisation_id, deadline,
			case status when 'bezig' then 'loopt' else status end,
			visibility, null, 0, created_at, coalesce(closed_at, created_at), closed_at
		from actions`.execute(db);

	for (const table of ['actions', 'conclusions', 'notes', 'session_agenda', 'session_participants', 'session_areas', 'duiding_sessions']) {
		await db.schema.dropTable(table).execute();
	}
	await db.schema.alterTable('duiding_sessions_next').renameTo('duiding_sessions').execute();
	await db.schema.alterTable('notes_next').renameTo('notes').execute();
	await db.schema.alterTable('conclusions_next').renameTo('conclusions').execute();

	// The last number given out per figure: a deleted note's number is never given to another note.
	await db.schema
		.createTable('note_counters')
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('indicator_code', 'text', (c) => c.notNull())
		.addColumn('area_code', 'text', (c) => c.notNull())
		.addColumn('last_number', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('note_counters_pk', ['gemeente_code', 'indicator_code', 'area_code'])
		.execute();
	await sql`insert into note_counters (gemeente_code, indicator_code, area_code, last_number)
		select gemeente_code, indicator_code, area_code, max(number) from notes group by gemeente_code, indicator_code, area_code`.execute(db);

	await db.schema.createIndex('notes_anchor_idx').on('notes').columns(['gemeente_code', 'indicator_code', 'area_code']).execute();
	await db.schema.createIndex('notes_number_unique').unique().on('notes').columns(['gemeente_code', 'indicator_code', 'area_code', 'number']).execute();
	await db.schema.createIndex('notes_session_idx').on('notes').column('duiding_session_id').execute();
	await db.schema.createIndex('conclusions_session_idx').on('conclusions').column('duiding_session_id').execute();
	await db.schema.createIndex('afspraken_session_idx').on('afspraken').column('duiding_session_id').execute();
	await db.schema.createIndex('duiding_sessions_held_idx').on('duiding_sessions').columns(['gemeente_code', 'held_on']).execute();
}
