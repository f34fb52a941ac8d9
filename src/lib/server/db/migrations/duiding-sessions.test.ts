// Migration 0010 on a store that holds sessions from before it, on SQLite and PostgreSQL: every session, its
// wijken, agenda (an item without a wijk becomes the gemeente's), notes (numbered per figure, published),
// conclusions and afspraken (status bezig becomes loopt) survive under their new names.
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgres, openSqlite, type Db } from '../client';
import { migrate } from '../migrator';
import { postgresUrl, stores, type StoreKind } from '../test-fixtures';
import { migrations } from './index';

async function emptyStore(kind: StoreKind): Promise<{ db: Db; drop: () => Promise<void> }> {
	if (kind === 'sqlite') {
		const db = openSqlite(':memory:');
		return { db, drop: () => db.destroy() };
	}
	const name = `wb_mig_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
	const admin = openPostgres(postgresUrl('postgres'), 1);
	await sql`create database ${sql.id(name)}`.execute(admin);
	const db = openPostgres(postgresUrl(name), 2);
	return {
		db,
		drop: async () => {
			await db.destroy();
			await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
			await admin.destroy();
		}
	};
}

describe.each(stores)('migration 0010 (duidingssessies) on %s', (store) => {
	let drop: (() => Promise<void>) | undefined;
	afterEach(async () => drop?.());

	it('keeps every session, note, conclusion and afspraak, under the new names and values', async () => {
		const made = await emptyStore(store);
		drop = made.drop;
		const db = made.db as unknown as Kysely<unknown>;
		await migrate(db, migrations.slice(0, 9));
		const at = '2025-01-01T00:00:00Z';
		await sql`insert into gemeenten (code, name, created_at) values ('GM0001', 'Stad', ${at})`.execute(db);
		await sql`insert into areas (gemeente_code, code, name, level, parent_code) values ('GM0001', 'GM0001', 'Stad', 'gemeente', null), ('GM0001', 'WK000101', 'Noord', 'wijk', 'GM0001')`.execute(db);
		await sql`insert into themes (gemeente_code, code, name, description, position) values ('GM0001', 'meedoen', 'Meedoen', 'Doel', 1)`.execute(db);
		await sql`insert into indicators (gemeente_code, code, name, theme_code, unit, frequency, source, delivered_by, kind, direction, min_n, position)
			values ('GM0001', 'DEELN', 'Deelnemers', 'meedoen', 'aantal', 'kwartaal', 'registratie', 'organisatie', 'output', 'neutraal', 5, 1)`.execute(db);
		await sql`insert into duiding_sessions (id, gemeente_code, title, held_on, type, theme_code, status, created_at) values ('s1', 'GM0001', 'Oud', '2024-05-01', 'wijksessie', 'meedoen', 'gehouden', ${at}), ('s2', 'GM0001', 'Later', '2025-05-01', 'kwartaalgesprek', null, 'gepland', ${at})`.execute(db);
		await sql`insert into session_areas (session_id, gemeente_code, area_code) values ('s1', 'GM0001', 'WK000101')`.execute(db);
		await sql`insert into session_agenda (session_id, gemeente_code, position, indicator_code, area_code) values ('s1', 'GM0001', 0, 'DEELN', 'WK000101'), ('s1', 'GM0001', 1, 'DEELN', null)`.execute(db);
		await sql`insert into notes (id, gemeente_code, session_id, indicator_code, area_code, period_from, period_to, kind, body, author_role, visibility, created_at)
			values ('n2', 'GM0001', 's1', 'DEELN', 'WK000101', '2024-Q1', '2024-Q1', 'verklaring', 'Tweede', 'opbouwwerker', 'openbaar', '2024-05-01T12:00:00Z'),
			       ('n1', 'GM0001', 's1', 'DEELN', 'WK000101', '2023-Q4', '2024-Q1', 'context', 'Eerste', 'opbouwwerker', 'raad', '2024-05-01T11:00:00Z')`.execute(db);
		await sql`insert into conclusions (id, gemeente_code, session_id, body, visibility, created_at) values ('c1', 'GM0001', 's1', 'Conclusie', 'openbaar', ${at})`.execute(db);
		await sql`insert into actions (id, gemeente_code, session_id, body, owner, deadline, status, visibility, created_at) values ('a1', 'GM0001', 's1', 'Doen', 'wijkmanager', '2024-09-01', 'bezig', 'partners', ${at})`.execute(db);

		await migrate(db, migrations);

		const sessions = await sql<{ id: string; kind: string; status: string; results_published_at: string | null }>`select id, kind, status, results_published_at from duiding_sessions order by id`.execute(db);
		expect(sessions.rows).toEqual([
			{ id: 's1', kind: 'duidingssessie', status: 'afgerond', results_published_at: at },
			{ id: 's2', kind: 'kwartaalgesprek', status: 'gepland', results_published_at: null }
		]);
		const agenda = await sql<{ area_code: string }>`select area_code from duiding_session_agenda order by position`.execute(db);
		expect(agenda.rows.map((r) => r.area_code)).toEqual(['WK000101', 'GM0001']);
		const areasOf = await sql<{ area_code: string }>`select area_code from duiding_session_areas where duiding_session_id = 's1'`.execute(db);
		expect(areasOf.rows).toEqual([{ area_code: 'WK000101' }]);
		const notes = await sql<{ id: string; number: number; published_at: string | null }>`select id, number, published_at from notes order by number`.execute(db);
		expect(notes.rows.map((n) => [n.id, Number(n.number), n.published_at !== null])).toEqual([['n1', 1, true], ['n2', 2, true]]);
		const counter = await sql<{ last_number: number }>`select last_number from note_counters`.execute(db);
		expect(counter.rows.map((r) => Number(r.last_number))).toEqual([2]);
		expect((await sql<{ duiding_session_id: string }>`select duiding_session_id from conclusions`.execute(db)).rows).toEqual([{ duiding_session_id: 's1' }]);
		expect((await sql<{ status: string }>`select status from afspraken`.execute(db)).rows).toEqual([{ status: 'loopt' }]);
		// The renamed parent still cascades: deleting a session takes its notes and afspraken along.
		await sql`delete from duiding_sessions where id = 's1'`.execute(db);
		expect((await sql<{ c: number }>`select count(*) as c from notes`.execute(db)).rows.map((r) => Number(r.c))).toEqual([0]);
		expect((await sql<{ c: number }>`select count(*) as c from afspraken`.execute(db)).rows.map((r) => Number(r.c))).toEqual([0]);
	});
});
