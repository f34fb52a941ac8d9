import { fail } from '@sveltejs/kit';
import { decodeText } from '$lib/domain/catalogue-csv';
import { requireRole } from '$lib/server/auth/guards';
import * as indicators from '$lib/server/db/indicators';
import * as themes from '$lib/server/db/themes';
import * as catalogue from '$lib/server/setup/catalogue';
import type { Actions, PageServerLoad } from './$types';

/** A catalogue of a few hundred indicators is far below this; anything larger is not a catalogue. */
const MAX_CSV_BYTES = 2 * 1024 * 1024;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'beheerder');
	const [themeList, list] = await Promise.all([themes.list(locals.scope), indicators.list(locals.scope)]);
	return {
		themes: themeList.map((t) => ({ ...t, indicators: list.filter((i) => i.themeCode === t.code).map((i) => ({ code: i.code, name: i.name, unit: i.unit, frequency: i.frequency, archived: i.archivedAt !== null, versions: i.definitions.length })) })),
		count: list.length
	};
};

const actor = (locals: App.Locals, url: URL, ip: string) => ({ id: requireRole(locals, url, 'beheerder').id, ip });
const fieldsOf = (form: FormData) => ({ naam: String(form.get('naam') ?? ''), doel: String(form.get('doel') ?? '') });

export const actions: Actions = {
	thema: async ({ request, locals, url, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const form = await request.formData();
		const code = String(form.get('code') ?? '');
		const result = code ? await catalogue.updateTheme(locals.scope, who, code, fieldsOf(form)) : await catalogue.createTheme(locals.scope, who, fieldsOf(form));
		return result.ok ? { form: `thema-${code}`, done: result.message } : fail(400, { form: `thema-${code}`, message: result.message, issues: result.issues ?? [], fields: fieldsOf(form) });
	},
	themaVerwijderen: async ({ request, locals, url, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const code = String((await request.formData()).get('code') ?? '');
		const result = await catalogue.removeTheme(locals.scope, who, code);
		return result.ok ? { form: 'verwijderen', done: result.message } : fail(409, { form: 'verwijderen', message: result.message });
	},
	importeren: async ({ request, locals, url, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const file = (await request.formData()).get('bestand');
		if (!(file instanceof File) || file.size === 0) return fail(400, { form: 'importeren', message: 'Kies een CSV-bestand met indicatoren.', problems: [] as string[] });
		if (file.size > MAX_CSV_BYTES) return fail(413, { form: 'importeren', message: `Het bestand is te groot (${Math.ceil(file.size / 1024)} kB). Een lijst met indicatoren is hooguit 2 MB.`, problems: [] as string[] });
		const result = await catalogue.importCsv(locals.scope, who, decodeText(new Uint8Array(await file.arrayBuffer())));
		if (!result.ok) return fail(422, { form: 'importeren', message: result.message, problems: result.problems ?? [] });
		const absent = result.value.absent.length ? ` ${result.value.absent.length} bestaande indicatoren stonden niet in het bestand; die zijn niet veranderd.` : '';
		return { form: 'importeren', done: `${result.message}${absent}`, notices: result.value.notices };
	}
};
