// Duidingssessies: the meetings where partners interpret figures together. Their notes, conclusions and
// afspraken live in notes.ts, conclusions.ts and afspraken.ts. Every change to a session or its content
// raises the session's revision: a facilitator's edit based on an older revision is refused (no silent
// overwrite), and participants following along poll the revision through the store, so it works across
// app instances.
import { sql } from 'kysely';
import type { DuidingSessionKind, DuidingSessionStatus } from '../../domain/vocabulary';
import { inTransaction, newId, now, type Scope } from './scope';

export interface SessionParticipant {
	role: string;
	organisationId: string | null;
	name: string | null;
}

export interface AgendaItem {
	position: number;
	indicatorCode: string;
	areaCode: string;
	question: string | null;
	/** The figure's rows as the session saw them (JSON), once it started. */
	seenRows: string | null;
}

export interface SessionDetails {
	title: string;
	heldOn: string;
	kind: DuidingSessionKind;
	themeCode: string | null;
	areaCodes: string[];
	participants: SessionParticipant[];
}

export interface NewSession extends SessionDetails {
	id?: string;
	status: DuidingSessionStatus;
	facilitatorUserId?: string | null;
	publicationVersion?: number | null;
	resultsPublishedAt?: string | null;
	agenda: { indicatorCode: string; areaCode: string; question?: string | null }[];
}

export interface SessionSummary {
	id: string;
	title: string;
	heldOn: string;
	kind: DuidingSessionKind;
	status: DuidingSessionStatus;
	themeCode: string | null;
	resultsPublishedAt: string | null;
}

export interface DuidingSession extends SessionSummary, SessionDetails {
	facilitatorUserId: string | null;
	publicationVersion: number | null;
	startedAt: string | null;
	currentPosition: number;
	timerMinutes: number | null;
	timerStartedAt: string | null;
	revision: number;
	changeCount: number;
	updatedAt: string;
	agenda: AgendaItem[];
}

const SUMMARY = ['id', 'title', 'held_on as heldOn', 'kind', 'status', 'theme_code as themeCode', 'results_published_at as resultsPublishedAt'] as const;

async function insertChildren(scope: Scope, id: string, details: Pick<SessionDetails, 'areaCodes' | 'participants'>, ids: () => string): Promise<void> {
	const gemeente_code = scope.gemeente;
	if (details.areaCodes.length) {
		await scope.db.insertInto('duiding_session_areas').values(details.areaCodes.map((area_code) => ({ duiding_session_id: id, area_code, gemeente_code }))).execute();
	}
	if (details.participants.length) {
		await scope.db
			.insertInto('duiding_session_participants')
			.values(details.participants.map((p, position) => ({ id: ids(), duiding_session_id: id, gemeente_code, position, role: p.role, organisation_id: p.organisationId, name: p.name ?? null })))
			.execute();
	}
}

async function insertAgenda(scope: Scope, id: string, agenda: NewSession['agenda'], from = 0): Promise<void> {
	if (!agenda.length) return;
	await scope.db
		.insertInto('duiding_session_agenda')
		.values(
			agenda.map((a, i) => ({
				duiding_session_id: id,
				gemeente_code: scope.gemeente,
				position: from + i,
				indicator_code: a.indicatorCode,
				area_code: a.areaCode,
				question: a.question ?? null,
				seen_rows: null
			}))
		)
		.execute();
}

/**
 * Adds a session with its areas, participants and agenda; returns its id.
 * One transaction: a session never exists without its areas, participants and agenda.
 */
export async function create(scope: Scope, session: NewSession, ids: () => string = newId): Promise<string> {
	return inTransaction(scope.db, async (db) => {
		const tx = { ...scope, db };
		const id = session.id ?? ids();
		const at = now();
		await db
			.insertInto('duiding_sessions')
			.values({
				id,
				gemeente_code: scope.gemeente,
				title: session.title,
				held_on: session.heldOn,
				kind: session.kind,
				theme_code: session.themeCode,
				facilitator_user_id: session.facilitatorUserId ?? null,
				status: session.status,
				publication_version: session.publicationVersion ?? null,
				started_at: null,
				current_position: 0,
				timer_minutes: null,
				timer_started_at: null,
				results_published_at: session.resultsPublishedAt ?? null,
				revision: 0,
				change_count: 0,
				created_at: at,
				updated_at: at
			})
			.execute();
		await insertChildren(tx, id, session, ids);
		await insertAgenda(tx, id, session.agenda);
		return id;
	});
}

/** Sessions of the gemeente, most recent first. */
export async function list(scope: Scope): Promise<SessionSummary[]> {
	return scope.db.selectFrom('duiding_sessions').select(SUMMARY).where('gemeente_code', '=', scope.gemeente).orderBy('held_on', 'desc').orderBy('created_at', 'desc').orderBy('id').execute();
}

/** A session with its areas, participants and agenda; null when the gemeente has no such session. */
export async function get(scope: Scope, id: string): Promise<DuidingSession | null> {
	const row = await scope.db
		.selectFrom('duiding_sessions')
		.select([
			...SUMMARY,
			'facilitator_user_id as facilitatorUserId',
			'publication_version as publicationVersion',
			'started_at as startedAt',
			'current_position as currentPosition',
			'timer_minutes as timerMinutes',
			'timer_started_at as timerStartedAt',
			'revision',
			'change_count as changeCount',
			'updated_at as updatedAt'
		])
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const [areaRows, participants, agenda] = await Promise.all([
		scope.db.selectFrom('duiding_session_areas').select('area_code').where('gemeente_code', '=', scope.gemeente).where('duiding_session_id', '=', id).orderBy('area_code').execute(),
		scope.db
			.selectFrom('duiding_session_participants')
			.select(['role', 'organisation_id as organisationId', 'name'])
			.where('gemeente_code', '=', scope.gemeente)
			.where('duiding_session_id', '=', id)
			.orderBy('position')
			.orderBy('id')
			.execute(),
		scope.db
			.selectFrom('duiding_session_agenda')
			.select(['position', 'indicator_code as indicatorCode', 'area_code as areaCode', 'question', 'seen_rows as seenRows'])
			.where('gemeente_code', '=', scope.gemeente)
			.where('duiding_session_id', '=', id)
			.orderBy('position')
			.execute()
	]);
	return {
		...row,
		publicationVersion: row.publicationVersion === null ? null : Number(row.publicationVersion),
		currentPosition: Number(row.currentPosition),
		timerMinutes: row.timerMinutes === null ? null : Number(row.timerMinutes),
		revision: Number(row.revision),
		changeCount: Number(row.changeCount),
		areaCodes: areaRows.map((a) => a.area_code),
		participants,
		agenda: agenda.map((a) => ({ ...a, position: Number(a.position) }))
	};
}

/** How often the session changed; null when it does not exist. Followers poll this (one cheap query). */
export async function changeCount(scope: Scope, id: string): Promise<number | null> {
	const row = await scope.db.selectFrom('duiding_sessions').select('change_count').where('gemeente_code', '=', scope.gemeente).where('id', '=', id).executeTakeFirst();
	return row ? Number(row.change_count) : null;
}

type SessionColumns = Partial<{ started_at: string; status: DuidingSessionStatus; current_position: number; timer_minutes: number | null; timer_started_at: string | null; publication_version: number | null; results_published_at: string | null; title: string; held_on: string; kind: DuidingSessionKind; theme_code: string | null; facilitator_user_id: string | null }>;

/** Records that something in the session changed (with further column changes), so followers reload; false when it is gone or not in `onlyIfStatus`. */
export async function touch(scope: Scope, id: string, set: SessionColumns = {}, onlyIfStatus?: DuidingSessionStatus[]): Promise<boolean> {
	let query = scope.db
		.updateTable('duiding_sessions')
		.set({ ...set, change_count: sql<number>`change_count + 1`, updated_at: now() })
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id);
	if (onlyIfStatus) query = query.where('status', 'in', onlyIfStatus);
	const result = await query.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/**
 * An edit of details, agenda or state: raises the revision when it is still `expected` (and the change count).
 * False when someone changed the session meanwhile (or it is gone): the caller refuses and shows the conflict.
 */
export async function bump(
	scope: Scope,
	id: string,
	expected: number | null,
	set: SessionColumns = {},
	onlyIfStatus?: DuidingSessionStatus[]
): Promise<boolean> {
	let query = scope.db
		.updateTable('duiding_sessions')
		.set({ ...set, revision: sql<number>`revision + 1`, change_count: sql<number>`change_count + 1`, updated_at: now() })
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id);
	if (expected !== null) query = query.where('revision', '=', expected);
	if (onlyIfStatus) query = query.where('status', 'in', onlyIfStatus);
	const result = await query.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Replaces the session's areas and participants (after a successful `bump`, in its transaction). */
export async function replaceDetails(scope: Scope, id: string, details: Pick<SessionDetails, 'areaCodes' | 'participants'>): Promise<void> {
	await scope.db.deleteFrom('duiding_session_areas').where('gemeente_code', '=', scope.gemeente).where('duiding_session_id', '=', id).execute();
	await scope.db.deleteFrom('duiding_session_participants').where('gemeente_code', '=', scope.gemeente).where('duiding_session_id', '=', id).execute();
	await insertChildren(scope, id, details, newId);
}

/** Replaces the agenda, keeping what a figure already recorded as seen (after a successful `bump`). */
export async function replaceAgenda(scope: Scope, id: string, agenda: { indicatorCode: string; areaCode: string; question: string | null }[]): Promise<void> {
	const before = await scope.db
		.selectFrom('duiding_session_agenda')
		.select(['indicator_code', 'area_code', 'seen_rows'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('duiding_session_id', '=', id)
		.execute();
	const seen = new Map(before.map((b) => [`${b.indicator_code}|${b.area_code}`, b.seen_rows]));
	await scope.db.deleteFrom('duiding_session_agenda').where('gemeente_code', '=', scope.gemeente).where('duiding_session_id', '=', id).execute();
	await insertAgenda(scope, id, agenda);
	for (const [position, item] of agenda.entries()) {
		const rows = seen.get(`${item.indicatorCode}|${item.areaCode}`);
		if (rows) await recordSeen(scope, id, position, rows);
	}
}

/** Records the rows of agenda item `position` as the session saw them. */
export async function recordSeen(scope: Scope, id: string, position: number, rows: string): Promise<void> {
	await scope.db
		.updateTable('duiding_session_agenda')
		.set({ seen_rows: rows })
		.where('gemeente_code', '=', scope.gemeente)
		.where('duiding_session_id', '=', id)
		.where('position', '=', position)
		.execute();
}

/** Deletes a session; its notes, conclusions, afspraken, areas, participants and agenda go with it. */
export async function remove(scope: Scope, id: string): Promise<boolean> {
	const result = await scope.db.deleteFrom('duiding_sessions').where('gemeente_code', '=', scope.gemeente).where('id', '=', id).executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

/** Sessions held before `heldOn` (or on it, created earlier) that share a wijk or the theme with the given ones. */
export async function earlierRelated(scope: Scope, session: { id: string; heldOn: string; areaCodes: string[]; themeCode: string | null }): Promise<string[]> {
	const rows = await scope.db
		.selectFrom('duiding_sessions as s')
		.select('s.id')
		.where('s.gemeente_code', '=', scope.gemeente)
		.where('s.id', '!=', session.id)
		.where('s.held_on', '<', session.heldOn)
		.where((eb) =>
			eb.or([
				...(session.themeCode ? [eb('s.theme_code', '=', session.themeCode)] : []),
				eb.exists(
					eb
						.selectFrom('duiding_session_areas as a')
						.select('a.area_code')
						.whereRef('a.duiding_session_id', '=', 's.id')
						.where('a.area_code', 'in', session.areaCodes.length ? session.areaCodes : [''])
				)
			])
		)
		.execute();
	return rows.map((r) => r.id);
}
