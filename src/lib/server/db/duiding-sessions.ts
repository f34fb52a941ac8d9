// Duidingssessies: the sessions where partners interpret figures together. Their notes, conclusions and
// actions live in notes.ts, conclusions.ts and actions.ts.
import type { SessionStatus, SessionType } from '../../domain/vocabulary';
import { inTransaction, newId, now, type Scope } from './scope';

export interface NewSession {
	id?: string;
	title: string;
	heldOn: string;
	type: SessionType;
	themeCode: string | null;
	status: SessionStatus;
	dataVersion: string | null;
	areaCodes: string[];
	participants: { role: string; organisationId: string | null; name?: string | null }[];
	agenda: { indicatorCode: string; areaCode: string | null }[];
}

export interface SessionSummary {
	id: string;
	title: string;
	heldOn: string;
	type: SessionType;
	status: SessionStatus;
}

async function insertSession(scope: Scope, session: NewSession, ids: () => string = newId): Promise<string> {
	const id = session.id ?? ids();
	const gemeente_code = scope.gemeente;
	await scope.db
		.insertInto('duiding_sessions')
		.values({
			id,
			gemeente_code,
			title: session.title,
			held_on: session.heldOn,
			type: session.type,
			theme_code: session.themeCode,
			facilitator_user_id: null,
			data_version: session.dataVersion,
			status: session.status,
			created_at: now()
		})
		.execute();
	if (session.areaCodes.length) {
		await scope.db
			.insertInto('session_areas')
			.values(session.areaCodes.map((area_code) => ({ session_id: id, area_code, gemeente_code })))
			.execute();
	}
	if (session.participants.length) {
		await scope.db
			.insertInto('session_participants')
			.values(
				session.participants.map((p) => ({
					id: ids(),
					session_id: id,
					gemeente_code,
					role: p.role,
					organisation_id: p.organisationId,
					name: p.name ?? null
				}))
			)
			.execute();
	}
	if (session.agenda.length) {
		await scope.db
			.insertInto('session_agenda')
			.values(
				session.agenda.map((a, position) => ({
					session_id: id,
					gemeente_code,
					position,
					indicator_code: a.indicatorCode,
					area_code: a.areaCode
				}))
			)
			.execute();
	}
	return id;
}

/**
 * Adds a session with its areas, participants and agenda; returns its id.
 * One transaction: a session never exists without its areas, participants and agenda.
 */
export async function create(scope: Scope, session: NewSession, ids: () => string = newId): Promise<string> {
	return inTransaction(scope.db, (db) => insertSession({ ...scope, db }, session, ids));
}

/** Sessions of the gemeente, most recent first. */
export async function list(scope: Scope): Promise<SessionSummary[]> {
	return scope.db
		.selectFrom('duiding_sessions')
		.select(['id', 'title', 'held_on as heldOn', 'type', 'status'])
		.where('gemeente_code', '=', scope.gemeente)
		.orderBy('held_on', 'desc')
		.orderBy('id')
		.execute();
}
