// Actions (afspraken) agreed in a session; open ones return at the next session.
import type { ActionStatus, Visibility } from '../../domain/vocabulary';
import { newId, now, type Scope } from './scope';

export interface NewAction {
	id?: string;
	sessionId: string;
	body: string;
	owner: string;
	ownerOrganisationId: string | null;
	deadline: string | null;
	status: ActionStatus;
	followUpSessionId?: string | null;
	visibility: Visibility;
}

/** Records an action; returns its id. */
export async function create(scope: Scope, action: NewAction): Promise<string> {
	const id = action.id ?? newId();
	const closed = action.status === 'afgerond' || action.status === 'vervallen';
	await scope.db
		.insertInto('actions')
		.values({
			id,
			gemeente_code: scope.gemeente,
			session_id: action.sessionId,
			body: action.body,
			owner: action.owner,
			owner_organisation_id: action.ownerOrganisationId,
			deadline: action.deadline,
			status: action.status,
			follow_up_session_id: action.followUpSessionId ?? null,
			visibility: action.visibility,
			created_at: now(),
			closed_at: closed ? (action.deadline ?? now()) : null
		})
		.execute();
	return id;
}
