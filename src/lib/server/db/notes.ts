// Notes pinned to the data: indicator × area × period or period range. A note's number is stored per
// indicator × area, given out under a lock (and a unique index), so note 3 is note 3 for every reader, on
// every chart and on every app instance. Only published notes reach the dashboard.
import { sql } from 'kysely';
import type { Viewer } from '../../domain/roles';
import type { NoteKind, Visibility } from '../../domain/vocabulary';
import { lock } from './locks';
import { readableFor } from './readable';
import { inTransaction, newId, now, type Scope } from './scope';

export interface Note {
	id: string;
	sessionId: string | null;
	number: number;
	indicatorCode: string;
	areaCode: string;
	periodFrom: string;
	periodTo: string;
	kind: NoteKind;
	body: string;
	repliesToNoteId: string | null;
	authorRole: string;
	authorOrganisationId: string | null;
	visibility: Visibility;
	publicationVersion: number | null;
	valueSeen: number | null;
	publishedAt: string | null;
	revision: number;
	createdAt: string;
	sessionTitle: string | null;
	sessionHeldOn: string | null;
	authorOrganisationName: string | null;
}

/** A note to store; the seed passes its own id and times. */
export interface NewNote {
	id?: string;
	sessionId: string | null;
	indicatorCode: string;
	areaCode: string;
	periodFrom: string;
	periodTo: string;
	kind: NoteKind;
	body: string;
	repliesToNoteId?: string | null;
	authorUserId?: string | null;
	authorRole: string;
	authorOrganisationId: string | null;
	visibility: Visibility;
	publicationVersion?: number | null;
	valueSeen?: number | null;
	publishedAt?: string | null;
	createdAt?: string;
}

const COLUMNS = [
	'n.id',
	'n.duiding_session_id as sessionId',
	'n.number',
	'n.indicator_code as indicatorCode',
	'n.area_code as areaCode',
	'n.period_from as periodFrom',
	'n.period_to as periodTo',
	'n.kind',
	'n.body',
	'n.replies_to_note_id as repliesToNoteId',
	'n.author_role as authorRole',
	'n.author_organisation_id as authorOrganisationId',
	'n.visibility',
	'n.publication_version as publicationVersion',
	'n.value_seen as valueSeen',
	'n.published_at as publishedAt',
	'n.revision',
	'n.created_at as createdAt',
	's.title as sessionTitle',
	's.held_on as sessionHeldOn',
	'o.name as authorOrganisationName'
] as const;

/** Notes with the session they were made in and the speaker's organisation. */
function fromNotes(scope: Scope) {
	return scope.db
		.selectFrom('notes as n')
		.leftJoin('duiding_sessions as s', 's.id', 'n.duiding_session_id')
		.leftJoin('organisations as o', (join) => join.onRef('o.id', '=', 'n.author_organisation_id').onRef('o.gemeente_code', '=', 'n.gemeente_code'))
		.select(COLUMNS)
		.where('n.gemeente_code', '=', scope.gemeente);
}

type Row = Omit<Note, 'number' | 'revision' | 'publicationVersion' | 'valueSeen'> & { number: number | string; revision: number | string; publicationVersion: number | string | null; valueSeen: number | string | null };

function toNote(row: Row): Note {
	return {
		...row,
		number: Number(row.number),
		revision: Number(row.revision),
		publicationVersion: row.publicationVersion === null ? null : Number(row.publicationVersion),
		valueSeen: row.valueSeen === null ? null : Number(row.valueSeen)
	};
}

/** Pins a note to indicator × area × period range with the next number of that figure; returns its id and number. */
export async function create(scope: Scope, note: NewNote): Promise<{ id: string; number: number }> {
	return inTransaction(scope.db, async (db) => {
		await lock(db, `notes:${scope.gemeente}:${note.indicatorCode}:${note.areaCode}`);
		// The next number of this figure: after the last one given out, even if that note was deleted since.
		const counter = await db
			.selectFrom('note_counters')
			.select('last_number')
			.where('gemeente_code', '=', scope.gemeente)
			.where('indicator_code', '=', note.indicatorCode)
			.where('area_code', '=', note.areaCode)
			.executeTakeFirst();
		const number = Number(counter?.last_number ?? 0) + 1;
		if (counter) {
			await db
				.updateTable('note_counters')
				.set({ last_number: number })
				.where('gemeente_code', '=', scope.gemeente)
				.where('indicator_code', '=', note.indicatorCode)
				.where('area_code', '=', note.areaCode)
				.execute();
		} else {
			await db.insertInto('note_counters').values({ gemeente_code: scope.gemeente, indicator_code: note.indicatorCode, area_code: note.areaCode, last_number: number }).execute();
		}
		const id = note.id ?? newId();
		const at = note.createdAt ?? now();
		await db
			.insertInto('notes')
			.values({
				id,
				gemeente_code: scope.gemeente,
				duiding_session_id: note.sessionId,
				number,
				indicator_code: note.indicatorCode,
				area_code: note.areaCode,
				period_from: note.periodFrom,
				period_to: note.periodTo,
				kind: note.kind,
				body: note.body,
				replies_to_note_id: note.repliesToNoteId ?? null,
				author_user_id: note.authorUserId ?? null,
				author_role: note.authorRole,
				author_organisation_id: note.authorOrganisationId,
				visibility: note.visibility,
				publication_version: note.publicationVersion ?? null,
				value_seen: note.valueSeen ?? null,
				published_at: note.publishedAt ?? null,
				revision: 0,
				created_at: at,
				updated_at: at
			})
			.execute();
		return { id, number };
	});
}

/** One note of the gemeente; null when there is none. */
export async function get(scope: Scope, id: string): Promise<Note | null> {
	const row = await fromNotes(scope).where('n.id', '=', id).executeTakeFirst();
	return row ? toNote(row) : null;
}

/** A session's notes, published or not, in agenda-free order (figure, number). */
export async function listForSession(scope: Scope, sessionId: string): Promise<Note[]> {
	const rows = await fromNotes(scope).where('n.duiding_session_id', '=', sessionId).orderBy('n.indicator_code').orderBy('n.area_code').orderBy('n.number').execute();
	return rows.map(toNote);
}

/** Changes a note's text, kind, speaker, periods or visibility when its revision is still `revision`; false on a conflict. */
export async function update(
	scope: Scope,
	id: string,
	revision: number,
	change: Partial<{ body: string; kind: NoteKind; author_role: string; author_organisation_id: string | null; period_from: string; period_to: string; visibility: Visibility; replies_to_note_id: string | null }>
): Promise<boolean> {
	const result = await scope.db
		.updateTable('notes')
		.set({ ...change, revision: sql<number>`revision + 1`, updated_at: now() })
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.where('revision', '=', revision)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Deletes a note (a tegenspraak on it loses its target, not its text). */
export async function remove(scope: Scope, id: string): Promise<boolean> {
	await scope.db.updateTable('notes').set({ replies_to_note_id: null }).where('gemeente_code', '=', scope.gemeente).where('replies_to_note_id', '=', id).execute();
	const result = await scope.db.deleteFrom('notes').where('gemeente_code', '=', scope.gemeente).where('id', '=', id).executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

/** Marks every note of a session published at `at` (its visibility already chosen); returns how many. */
export async function publishSession(scope: Scope, sessionId: string, at: string): Promise<number> {
	const result = await scope.db
		.updateTable('notes')
		.set({ published_at: at, updated_at: at })
		.where('gemeente_code', '=', scope.gemeente)
		.where('duiding_session_id', '=', sessionId)
		.where('published_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

/** Published notes the viewer may read, for some areas and optionally one indicator, in number order. */
export async function listReadable(scope: Scope, viewer: Viewer, filter: { areaCodes?: string[]; indicatorCode?: string } = {}): Promise<Note[]> {
	let query = fromNotes(scope).where('n.published_at', 'is not', null).where(readableFor(viewer, 'n.visibility', 'n.author_organisation_id'));
	if (filter.areaCodes) query = query.where('n.area_code', 'in', filter.areaCodes.length ? filter.areaCodes : ['']);
	if (filter.indicatorCode) query = query.where('n.indicator_code', '=', filter.indicatorCode);
	const rows = await query.orderBy('n.indicator_code').orderBy('n.area_code').orderBy('n.number').execute();
	return rows.map(toNote);
}
