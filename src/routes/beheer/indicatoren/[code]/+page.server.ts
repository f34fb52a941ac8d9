import { error, fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import * as indicators from '$lib/server/db/indicators';
import * as themes from '$lib/server/db/themes';
import * as catalogue from '$lib/server/setup/catalogue';
import { valuesFromForm, valuesFromIndicator } from '../form-values';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireRole(locals, url, 'beheerder');
	const [indicator, themeList] = await Promise.all([indicators.get(locals.scope, params.code), themes.list(locals.scope)]);
	if (!indicator) error(404, 'Deze indicator bestaat niet.');
	const themeName = themeList.find((t) => t.code === indicator.themeCode)?.name ?? indicator.themeCode;
	return {
		indicator: { code: indicator.code, name: indicator.name, archived: indicator.archivedAt !== null, definitions: indicator.definitions },
		values: valuesFromIndicator(indicator, themeName),
		themes: themeList.map((t) => ({ code: t.code, name: t.name })),
		saved: url.searchParams.has('opgeslagen')
	};
};

const actor = (locals: App.Locals, url: URL, ip: string) => ({ id: requireRole(locals, url, 'beheerder').id, ip });

export const actions: Actions = {
	opslaan: async ({ request, locals, url, params, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const values = valuesFromForm(await request.formData());
		const result = await catalogue.saveIndicator(locals.scope, who, values, params.code);
		return result.ok ? { form: 'opslaan', done: result.message } : fail(400, { form: 'opslaan', message: result.message, issues: result.issues ?? [], values });
	},
	archiveren: async ({ request, locals, url, params, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const archived = String((await request.formData()).get('gearchiveerd')) === 'ja';
		const result = await catalogue.setIndicatorArchived(locals.scope, who, params.code, archived);
		return result.ok ? { form: 'archiveren', done: result.message } : fail(400, { form: 'archiveren', message: result.message });
	},
	verwijderen: async ({ request, locals, url, params, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		if (String((await request.formData()).get('bevestigd')) !== 'ja') return fail(400, { form: 'verwijderen', message: 'Vink aan dat u de indicator echt wilt verwijderen.' });
		const result = await catalogue.removeIndicator(locals.scope, who, params.code);
		if (!result.ok) return fail(409, { form: 'verwijderen', message: result.message });
		redirect(303, '/beheer/indicatoren');
	}
};
