import { error, fail, redirect } from '@sveltejs/kit';
import { organisationTypes } from '$lib/domain/vocabulary';
import { requireRole } from '$lib/server/auth/guards';
import * as areas from '$lib/server/db/areas';
import * as indicators from '$lib/server/db/indicators';
import * as organisations from '$lib/server/db/organisations';
import * as setup from '$lib/server/setup/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireRole(locals, url, 'beheerder');
	const org = await organisations.get(locals.scope, params.id);
	if (!org) error(404, 'Deze organisatie bestaat niet.');
	const [assigned, current, all, areaList, city] = await Promise.all([
		organisations.assignments(locals.scope, org.id),
		indicators.listCurrent(locals.scope),
		indicators.list(locals.scope),
		areas.listAll(locals.scope),
		areas.get(locals.scope, locals.scope.gemeente)
	]);
	const areaName = new Map([...(city ? [[city.code, city.name] as const] : []), ...areaList.map((a) => [a.code, a.name] as const)]);
	const indicatorName = new Map(all.map((i) => [i.code, i.archivedAt ? `${i.name} (gearchiveerd)` : i.name]));
	// One line per indicator: the areas and the first period.
	const byIndicator = new Map<string, { areas: string[]; from: Set<string | null> }>();
	for (const a of assigned) {
		const entry = byIndicator.get(a.indicatorCode) ?? { areas: [], from: new Set() };
		entry.areas.push(areaName.get(a.areaCode) ?? a.areaCode);
		entry.from.add(a.validFrom);
		byIndicator.set(a.indicatorCode, entry);
	}
	return {
		organisation: org,
		added: url.searchParams.has('toegevoegd'),
		types: organisationTypes,
		assignments: [...byIndicator].map(([code, e]) => ({ code, name: indicatorName.get(code) ?? code, areas: e.areas, from: [...e.from] })),
		indicators: current.map((i) => ({ code: i.code, name: i.name })),
		areas: [
			...(city ? [{ code: city.code, name: `${city.name} (hele gemeente)` }] : []),
			...areaList.filter((a) => a.level === 'wijk' && !a.archivedAt).map((a) => ({ code: a.code, name: a.name }))
		]
	};
};

const actor = (locals: App.Locals, url: URL, ip: string) => ({ id: requireRole(locals, url, 'beheerder').id, ip });

export const actions: Actions = {
	wijzigen: async ({ request, locals, url, params, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const form = await request.formData();
		const fields = { naam: String(form.get('naam') ?? ''), soort: String(form.get('soort') ?? '') };
		const result = await setup.update(locals.scope, who, params.id, fields);
		return result.ok ? { form: 'wijzigen', done: result.message } : fail(400, { form: 'wijzigen', message: result.message, issues: result.issues ?? [], fields });
	},
	toewijzen: async ({ request, locals, url, params, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const form = await request.formData();
		const result = await setup.assign(locals.scope, who, params.id, {
			indicators: form.getAll('indicator').map(String),
			areas: form.getAll('gebied').map(String),
			from: String(form.get('vanaf') ?? '')
		});
		return result.ok ? { form: 'toewijzen', done: result.message } : fail(400, { form: 'toewijzen', message: result.message, issues: result.issues ?? [] });
	},
	stoppen: async ({ request, locals, url, params, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const form = await request.formData();
		const result = await setup.unassign(locals.scope, who, params.id, form.getAll('indicator').map(String));
		return result.ok ? { form: 'stoppen', done: result.message } : fail(400, { form: 'stoppen', message: result.message });
	},
	archiveren: async ({ request, locals, url, params, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const archived = String((await request.formData()).get('gearchiveerd')) === 'ja';
		const result = await setup.setArchived(locals.scope, who, params.id, archived);
		return result.ok ? { form: 'archiveren', done: result.message } : fail(400, { form: 'archiveren', message: result.message });
	},
	verwijderen: async ({ request, locals, url, params, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		if (String((await request.formData()).get('bevestigd')) !== 'ja') return fail(400, { form: 'verwijderen', message: 'Vink aan dat u de organisatie echt wilt verwijderen.' });
		const result = await setup.remove(locals.scope, who, params.id);
		if (!result.ok) return fail(409, { form: 'verwijderen', message: result.message });
		redirect(303, '/beheer/organisaties');
	}
};
