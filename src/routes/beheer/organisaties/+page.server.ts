import { fail, redirect } from '@sveltejs/kit';
import { organisationTypes } from '$lib/domain/vocabulary';
import { requireRole } from '$lib/server/auth/guards';
import * as organisations from '$lib/server/db/organisations';
import * as setup from '$lib/server/setup/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'beheerder');
	const [list, counts] = await Promise.all([organisations.list(locals.scope), organisations.assignmentCounts(locals.scope)]);
	return {
		organisations: list.map((o) => ({ ...o, indicators: counts.get(o.id)?.indicators ?? 0, areas: counts.get(o.id)?.areas ?? 0 })),
		types: organisationTypes
	};
};

export const actions: Actions = {
	toevoegen: async ({ request, locals, url, getClientAddress }) => {
		const user = requireRole(locals, url, 'beheerder');
		const form = await request.formData();
		const fields = { naam: String(form.get('naam') ?? ''), soort: String(form.get('soort') ?? '') };
		const result = await setup.create(locals.scope, { id: user.id, ip: getClientAddress() }, fields);
		if (!result.ok) return fail(400, { message: result.message, issues: result.issues ?? [], fields });
		redirect(303, `/beheer/organisaties/${result.value}?toegevoegd=1`);
	}
};
