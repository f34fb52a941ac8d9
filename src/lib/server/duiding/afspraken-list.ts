// What /acties and its CSV read: the afspraken a user may see across sessions, and the names to show them
// by. Checked per request in each load, action and endpoint that calls it.
import type { Viewer } from '../../domain/roles';
import type { Names } from '../../domain/duiding/afspraak-list';
import * as afspraken from '../db/afspraken';
import type { AfspraakInContext } from '../db/afspraken';
import * as areas from '../db/areas';
import * as indicators from '../db/indicators';
import type { Scope } from '../db/scope';
import * as themes from '../db/themes';
import { readable, visibleSessions } from './access';
import type { Actor } from './workflow';

/**
 * The afspraken `actor` may read: made in a session they may open (its results published, or one their
 * organisation takes part in; every session for those who run them), at a level they may read.
 */
export async function listReadable(locals: App.Locals, actor: Actor, viewer: Viewer): Promise<AfspraakInContext[]> {
	const [all, sessions] = await Promise.all([afspraken.listInContext(locals.scope), visibleSessions(locals, actor)]);
	const open = new Set(sessions.map((s) => s.id));
	return readable(
		viewer,
		all.filter((a) => open.has(a.sessionId))
	);
}

/** Names of every area (the gemeente too), theme and indicator of the gemeente, by code. */
export async function names(scope: Scope): Promise<Names> {
	const [wijken, city, themeList, catalogue] = await Promise.all([areas.list(scope, 'wijk'), areas.get(scope, scope.gemeente), themes.list(scope), indicators.list(scope)]);
	return {
		areas: new Map([...(city ? [[city.code, `${city.name} (hele gemeente)`] as const] : []), ...wijken.map((w) => [w.code, w.name] as const)]),
		themes: new Map(themeList.map((t) => [t.code, t.name])),
		indicators: new Map(catalogue.map((i) => [i.code, i.name]))
	};
}

/** Today's date (ISO) in the Netherlands: an afspraak is overdue from the day after its deadline there. */
export function today(at = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
