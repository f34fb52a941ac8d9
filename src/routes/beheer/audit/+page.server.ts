import { requireRole } from '$lib/server/auth/guards';
import * as audit from '$lib/server/db/audit';
import type { PageServerLoad } from './$types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The "what changed" line a setup change records (before → after), or null. */
function changesOf(detail: string | null): string | null {
	if (!detail) return null;
	try {
		const parsed = JSON.parse(detail) as { wijzigingen?: unknown };
		return typeof parsed.wijzigingen === 'string' && parsed.wijzigingen ? parsed.wijzigingen : null;
	} catch {
		return null;
	}
}

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'beheerder');
	// Search text is cut to a sensible length: it goes into a query and back into the page.
	const param = (name: string) => (url.searchParams.get(name)?.trim() ?? '').slice(0, 200);
	const filter = {
		action: param('actie'),
		who: param('wie'),
		from: DATE.test(param('van')) ? param('van') : '',
		to: DATE.test(param('tot')) ? param('tot') : ''
	};
	const ignored = (['van', 'tot'] as const).filter((name) => param(name) && !DATE.test(param(name)));
	const [entries, actions] = await Promise.all([audit.list(locals.scope, filter), audit.actions(locals.scope)]);
	return { entries: entries.map(({ detail, ...e }) => ({ ...e, changes: changesOf(detail) })), actions, filter, ignored };
};
