// Afspraken agreed in a session, with an owner (an organisation or a role, which need not have an account),
// a deadline and a status. Open ones come back at the next session about the same wijk or theme.
import { sql } from 'kysely';
import type { AfspraakFields } from '../../domain/duiding/session-input';
import type { AfspraakStatus, Visibility } from '../../domain/vocabulary';
import { newId, now, type Scope } from './scope';

export interface Afspraak extends AfspraakFields {
	id: string;
	sessionId: string;
	indicatorCode: string | null;
	areaCode: string | null;
	revision: number;
	createdAt: string;
	closedAt: string | null;
}

/** An afspraak with the session it was made in: for lists across sessions. */
export interface AfspraakInContext extends Afspraak {
	sessionTitle: string;
	sessionHeldOn: string;
	sessionThemeCode: string | null;
	sessionAreaCodes: string[];
}

export interface NewAfspraak extends AfspraakFields {
	id?: string;
	sessionId: string;
	indicatorCode?: string | null;
	areaCode?: string | null;
	authorUserId?: string | null;
	createdAt?: string;
	closedAt?: string | null;
}

const closes = (status: AfspraakStatus) => status === 'afgerond' || status === 'vervallen';

const COLUMNS = [
	'f.id',
	'f.duiding_session_id as sessionId',
	'f.indicator_code as indicatorCode',
	'f.area_code as areaCode',
	'f.body',
	'f.owner',
	'f.owner_organisation_id as ownerOrganisationId',
	'f.deadline',
	'f.status',
	'f.visibility',
	'f.revision',
	'f.created_at as createdAt',
	'f.closed_at as closedAt'
] as const;

/** Records an afspraak; returns its id. */
export async function create(scope: Scope, a: NewAfspraak): Promise<string> {
	const id = a.id ?? newId();
	const at = a.createdAt ?? now();
	await scope.db
		.insertInto('afspraken')
		.values({
			id,
			gemeente_code: scope.gemeente,
			duiding_session_id: a.sessionId,
			indicator_code: a.indicatorCode ?? null,
			area_code: a.areaCode ?? null,
			body: a.body,
			owner: a.owner,
			owner_organisation_id: a.ownerOrganisationId,
			deadline: a.deadline,
			status: a.status,
			visibility: a.visibility,
			author_user_id: a.authorUserId ?? null,
			revision: 0,
			created_at: at,
			updated_at: at,
			closed_at: closes(a.status) ? (a.closedAt ?? at) : null
		})
		.execute();
	return id;
}

/** A session's afspraken, oldest first. */
export async function listForSession(scope: Scope, sessionId: string): Promise<Afspraak[]> {
	const rows = await scope.db.selectFrom('afspraken as f').select(COLUMNS).where('f.gemeente_code', '=', scope.gemeente).where('f.duiding_session_id', '=', sessionId).orderBy('f.created_at').orderBy('f.id').execute();
	return rows.map((r) => ({ ...r, revision: Number(r.revision) }));
}

/** Every afspraak of the gemeente (or of some sessions) with its session's title, date, theme and wijken. */
export async function listInContext(scope: Scope, sessionIds?: string[]): Promise<AfspraakInContext[]> {
	let query = scope.db
		.selectFrom('afspraken as f')
		.innerJoin('duiding_sessions as s', 's.id', 'f.duiding_session_id')
		.select([...COLUMNS, 's.title as sessionTitle', 's.held_on as sessionHeldOn', 's.theme_code as sessionThemeCode'])
		.where('f.gemeente_code', '=', scope.gemeente);
	if (sessionIds) query = query.where('f.duiding_session_id', 'in', sessionIds.length ? sessionIds : ['']);
	const rows = await query.orderBy('s.held_on').orderBy('f.created_at').orderBy('f.id').execute();
	const ids = [...new Set(rows.map((r) => r.sessionId))];
	const areas = ids.length
		? await scope.db.selectFrom('duiding_session_areas').select(['duiding_session_id', 'area_code']).where('gemeente_code', '=', scope.gemeente).where('duiding_session_id', 'in', ids).execute()
		: [];
	return rows.map((r) => ({ ...r, revision: Number(r.revision), sessionAreaCodes: areas.filter((a) => a.duiding_session_id === r.sessionId).map((a) => a.area_code) }));
}

/** One afspraak; null when the gemeente has none with this id. */
export async function get(scope: Scope, id: string): Promise<Afspraak | null> {
	const row = await scope.db.selectFrom('afspraken as f').select(COLUMNS).where('f.gemeente_code', '=', scope.gemeente).where('f.id', '=', id).executeTakeFirst();
	return row ? { ...row, revision: Number(row.revision) } : null;
}

/** Changes an afspraak when its revision is still `revision`; false on a conflict (or when it is gone). */
export async function update(
	scope: Scope,
	id: string,
	revision: number,
	change: Partial<{ body: string; owner: string; owner_organisation_id: string | null; deadline: string | null; status: AfspraakStatus; visibility: Visibility }>
): Promise<boolean> {
	const at = now();
	// Closing keeps the first moment it was closed (saving a closed afspraak again does not move it).
	const closedAt = change.status === undefined ? {} : { closed_at: closes(change.status) ? sql<string>`coalesce(closed_at, ${at})` : null };
	const result = await scope.db
		.updateTable('afspraken')
		.set({ ...change, ...closedAt, revision: sql<number>`revision + 1`, updated_at: at })
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.where('revision', '=', revision)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function remove(scope: Scope, id: string): Promise<boolean> {
	const result = await scope.db.deleteFrom('afspraken').where('gemeente_code', '=', scope.gemeente).where('id', '=', id).executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}
