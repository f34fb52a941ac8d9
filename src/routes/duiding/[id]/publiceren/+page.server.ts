import { error, fail, redirect } from '@sveltejs/kit';
import * as afspraken from '$lib/server/db/afspraken';
import * as conclusions from '$lib/server/db/conclusions';
import * as indicators from '$lib/server/db/indicators';
import * as notes from '$lib/server/db/notes';
import * as areas from '$lib/server/db/areas';
import { readable, requireSession } from '$lib/server/duiding/access';
import { toFigureNote } from '$lib/server/duiding/figures';
import { formFields } from '$lib/server/duiding/form';
import * as workflow from '$lib/server/duiding/workflow';
import type { Actions, PageServerLoad } from './$types';

async function runnable(locals: App.Locals, url: URL, id: string) {
	const access = await requireSession(locals, url, id);
	if (!access.mayRun) {
		locals.refused = true;
		error(403, 'Alleen een facilitator, beleidsmedewerker of beheerder kan een sessie publiceren.');
	}
	return access;
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { session, viewer } = await runnable(locals, url, params.id);
	const [sessionNotes, sessionConclusions, sessionAfspraken, catalogue, wijken] = await Promise.all([
		notes.listForSession(locals.scope, session.id),
		conclusions.listForSession(locals.scope, session.id),
		afspraken.listForSession(locals.scope, session.id),
		indicators.list(locals.scope),
		areas.list(locals.scope, 'wijk')
	]);
	const names = new Map<string, string>([...catalogue.map((i) => [i.code, i.name] as const), ...wijken.map((w) => [w.code, w.name] as const), [locals.scope.gemeente, 'hele gemeente']]);
	return {
		session,
		// Only what the facilitator may read; items at a higher level keep the level their author chose.
		notes: readable(viewer, sessionNotes).map((n) => ({ ...toFigureNote(n, viewer), figure: `${names.get(n.indicatorCode) ?? n.indicatorCode}, ${names.get(n.areaCode) ?? n.areaCode}` })),
		conclusions: readable(viewer, sessionConclusions),
		afspraken: readable(viewer, sessionAfspraken)
	};
};

export const actions: Actions = {
	default: async ({ locals, url, params, request, getClientAddress }) => {
		const { session, actor } = await runnable(locals, url, params.id);
		const fields = formFields(await request.formData());
		const result = await workflow.publishResults(locals.scope, { ...actor, ip: getClientAddress() }, session.id, fields);
		if (!result.ok) return fail(result.conflict ? 409 : 400, { message: result.message });
		redirect(303, `/duiding/${session.id}/publiceren?gepubliceerd=${result.value}`);
	}
};
