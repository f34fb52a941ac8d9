// Who may see a duidingssessie. Facilitators, beleidsmedewerkers and beheerders: every session. Others
// (signed in): a session whose results are published, and one their organisation takes part in once it is
// planned (to follow along on their own device). Within a session every note, conclusion and afspraak is
// shown only at a level the reader may read. Checked in every load, action and endpoint of /duiding.
import { error } from '@sveltejs/kit';
import { audienceForRole, mayRead, type Viewer } from '../../domain/roles';
import type { Visibility } from '../../domain/vocabulary';
import { requireUser } from '../auth/guards';
import type { DuidingSession, SessionSummary } from '../db/duiding-sessions';
import * as sessions from '../db/duiding-sessions';
import { RUN_ROLES, type Actor } from './workflow';

export interface SessionAccess {
	session: DuidingSession;
	actor: Actor;
	viewer: Viewer;
	/** May prepare, run and publish it. */
	mayRun: boolean;
}

/** True when a signed-in user who does not run sessions may open this one. */
export function mayFollow(actor: Actor, session: Pick<DuidingSession, 'status' | 'resultsPublishedAt'> & { participants?: DuidingSession['participants'] }): boolean {
	if (RUN_ROLES.includes(actor.role)) return true;
	if (session.resultsPublishedAt) return true;
	if (session.status === 'concept') return false;
	return actor.organisationId !== null && (session.participants ?? []).some((p) => p.organisationId === actor.organisationId);
}

/** The signed-in user as an actor with their viewer level. */
export function actorOf(locals: App.Locals, url: URL): { actor: Actor; viewer: Viewer } {
	const user = requireUser(locals, url);
	return {
		actor: { id: user.id, role: user.role, organisationId: user.organisationId },
		viewer: { audience: audienceForRole(user.role), organisationId: user.organisationId }
	};
}

/** The session and the acting user, or a 404 that says nothing about whether the session exists. */
export async function requireSession(locals: App.Locals, url: URL, id: string): Promise<SessionAccess> {
	const { actor, viewer } = actorOf(locals, url);
	const session = await sessions.get(locals.scope, id);
	if (!session || !mayFollow(actor, session)) error(404, 'Deze duidingssessie bestaat niet (meer), of u heeft er geen toegang toe.');
	return { session, actor, viewer, mayRun: RUN_ROLES.includes(actor.role) };
}

/** Of the sessions `ids`, those `actor` may open (for what is shown from them elsewhere: carried afspraken). */
export async function followableIds(scope: App.Locals['scope'], actor: Actor, ids: string[]): Promise<string[]> {
	if (RUN_ROLES.includes(actor.role)) return ids;
	const kept: string[] = [];
	for (const id of ids) {
		const session = await sessions.get(scope, id);
		if (session && mayFollow(actor, session)) kept.push(id);
	}
	return kept;
}

/** The sessions a user may see in the list (participation needs the participants: read per session). */
export async function visibleSessions(locals: App.Locals, actor: Actor): Promise<SessionSummary[]> {
	const all = await sessions.list(locals.scope);
	if (RUN_ROLES.includes(actor.role)) return all;
	const visible: SessionSummary[] = [];
	for (const summary of all) {
		if (summary.resultsPublishedAt) visible.push(summary);
		else if (summary.status !== 'concept' && actor.organisationId) {
			const session = await sessions.get(locals.scope, summary.id);
			if (session && mayFollow(actor, session)) visible.push(summary);
		}
	}
	return visible;
}

/** Keeps what `viewer` may read of items with a visibility and (for notes) a speaker's organisation. */
export function readable<T extends { visibility: Visibility; authorOrganisationId?: string | null; ownerOrganisationId?: string | null }>(viewer: Viewer, items: T[]): T[] {
	return items.filter((item) => mayRead(viewer, item.visibility, item.authorOrganisationId ?? item.ownerOrganisationId ?? null));
}
