// What the preparation page of a session shows: the agenda with names, suggestions, the afspraken that
// come back, stories from its wijken since the last session, and what deleting it would take along.
import { carriedInto } from '../../domain/duiding/afspraken';
import type { Viewer } from '../../domain/roles';
import * as afspraken from '../db/afspraken';
import type { DuidingSession } from '../db/duiding-sessions';
import * as sessions from '../db/duiding-sessions';
import type { Scope } from '../db/scope';
import { newStoriesFor, suggestionsFor } from './figures';
import { followableIds, readable } from './access';
import type { Actor } from './workflow';

/**
 * The afspraken from earlier sessions about the same wijken or theme that come back at `session`: only from
 * sessions `actor` may open, and at levels `viewer` may read.
 */
export async function carriedAfspraken(scope: Scope, viewer: Viewer, session: DuidingSession, actor: Actor) {
	const earlier = await followableIds(scope, actor, await sessions.earlierRelated(scope, session));
	return carriedInto(session, readable(viewer, await afspraken.listInContext(scope, earlier)));
}

/** The date of the latest earlier session about the same wijken or theme; null when there is none. */
export async function lastSessionOn(scope: Scope, session: DuidingSession): Promise<string | null> {
	const earlier = await sessions.earlierRelated(scope, session);
	const all = await sessions.list(scope);
	return all.filter((s) => earlier.includes(s.id)).map((s) => s.heldOn).sort().at(-1) ?? null;
}

export async function preparation(scope: Scope, viewer: Viewer, session: DuidingSession, actor: Actor) {
	const since = await lastSessionOn(scope, session);
	const [suggestions, stories, carried] = await Promise.all([suggestionsFor(scope, viewer, session, since), newStoriesFor(scope, viewer, session, since), carriedAfspraken(scope, viewer, session, actor)]);
	return { since, suggestions, stories: stories.map((s) => ({ id: s.id, title: s.title, areaCode: s.areaCode, period: s.period })), carried };
}
