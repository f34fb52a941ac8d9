import { actorOf, visibleSessions } from '$lib/server/duiding/access';
import { RUN_ROLES } from '$lib/server/duiding/workflow';
import * as areas from '$lib/server/db/areas';
import * as themes from '$lib/server/db/themes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = actorOf(locals, url);
	const [list, wijken, themeList] = await Promise.all([visibleSessions(locals, actor), areas.list(locals.scope, 'wijk'), themes.list(locals.scope)]);
	return {
		sessions: list,
		themeNames: Object.fromEntries(themeList.map((t) => [t.code, t.name])),
		wijkNames: Object.fromEntries(wijken.map((w) => [w.code, w.name])),
		mayRun: RUN_ROLES.includes(actor.role)
	};
};
