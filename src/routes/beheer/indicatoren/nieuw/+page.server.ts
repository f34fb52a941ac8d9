import { fail, redirect } from '@sveltejs/kit';
import { defaultMinN } from '$lib/domain/catalogue-csv';
import { requireRole } from '$lib/server/auth/guards';
import * as themes from '$lib/server/db/themes';
import * as catalogue from '$lib/server/setup/catalogue';
import { valuesFromForm } from '../form-values';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'beheerder');
	const themeList = await themes.list(locals.scope);
	return {
		themes: themeList.map((t) => ({ code: t.code, name: t.name })),
		values: { thema: themeList[0]?.name ?? '', eenheid: 'aantal', frequentie: 'kwartaal', soort: 'output', richting: 'neutraal', aanleverder: 'organisatie', minimum_n: String(defaultMinN('aantal', 'output')) }
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url, getClientAddress }) => {
		const user = requireRole(locals, url, 'beheerder');
		const values = valuesFromForm(await request.formData());
		const result = await catalogue.saveIndicator(locals.scope, { id: user.id, ip: getClientAddress() }, values, null);
		if (!result.ok) return fail(400, { message: result.message, issues: result.issues ?? [], values });
		redirect(303, `/beheer/indicatoren/${result.value}?opgeslagen=1`);
	}
};
