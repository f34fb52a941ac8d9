import { error, fail } from '@sveltejs/kit';
import { filterAfspraken } from '$lib/domain/duiding/afspraken';
import { byFollowUp, countByStatus, parseAfspraakFilter, statusChoices, toAfspraakRow, toFilterQuery } from '$lib/domain/duiding/afspraak-list';
import { requireRole } from '$lib/server/auth/guards';
import { actorOf } from '$lib/server/duiding/access';
import * as list from '$lib/server/duiding/afspraken-list';
import { RUN_ROLES, updateAfspraak } from '$lib/server/duiding/workflow';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor, viewer } = actorOf(locals, url);
	const [all, names] = await Promise.all([list.listReadable(locals, actor, viewer), list.names(locals.scope)]);
	const filter = parseAfspraakFilter(url.searchParams);
	const today = list.today();
	// The counts answer "how many of what I chose are in each status", so they ignore the status filter.
	const counts = countByStatus(filterAfspraken(all, { ...filter, status: undefined }, today), today);
	const wijkCount = [...names.areas.keys()].filter((code) => code !== locals.scope.gemeente).length;
	const owners = [...new Set(all.map((a) => a.owner))].sort((a, b) => a.localeCompare(b, 'nl'));
	return {
		filter: { eigenaar: filter.owner ?? '', wijk: filter.area ?? '', thema: filter.theme ?? '', status: filter.status ?? '' },
		query: toFilterQuery(filter),
		afspraken: filterAfspraken(all, filter, today)
			.sort(byFollowUp)
			.map((a) => toAfspraakRow(a, names, today))
			// A session about every wijk would list all ten in a narrow column.
			.map((row) => (wijkCount > 1 && row.wijken.length === wijkCount ? { ...row, wijken: ['alle wijken'] } : row)),
		total: all.length,
		counts: statusChoices.map((status) => ({ status, count: counts[status] })),
		choices: {
			owners,
			wijken: [...names.areas].filter(([code]) => code !== locals.scope.gemeente).map(([code, name]) => ({ code, name })),
			themes: [...names.themes].map(([code, name]) => ({ code, name })),
			statuses: statusChoices
		},
		mayChange: RUN_ROLES.includes(actor.role),
		today
	};
};

export const actions: Actions = {
	status: async ({ request, locals, url, getClientAddress }) => {
		const user = requireRole(locals, url, ...RUN_ROLES);
		const { actor, viewer } = actorOf(locals, url);
		const form = await request.formData();
		const id = String(form.get('afspraak') ?? '');
		// Only an afspraak the user may read can be changed here; any other id is unknown to them.
		if (!(await list.listReadable(locals, actor, viewer)).some((a) => a.id === id)) error(404, 'Deze afspraak bestaat niet (meer), of u heeft er geen toegang toe.');
		const revision = Number(form.get('revision'));
		if (!Number.isInteger(revision)) return fail(400, { afspraak: id, message: 'Laad de pagina opnieuw en probeer het nog eens.', done: null });
		const result = await updateAfspraak(locals.scope, { ...actor, id: user.id, ip: getClientAddress() }, id, revision, { alleen_status: 'ja', status: String(form.get('status') ?? '') });
		if (!result.ok) return fail(result.conflict ? 409 : 400, { afspraak: id, message: result.message, done: null });
		return { afspraak: id, message: null, done: result.message };
	}
};
