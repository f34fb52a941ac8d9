import { env } from '$env/dynamic/private';
import { fail, redirect } from '@sveltejs/kit';
import { divisionPlot, type DivisionArea, type DivisionStatus } from '$lib/charts/division';
import type { AreaChangePlan } from '$lib/domain/area-changes';
import { decodeText } from '$lib/domain/catalogue-csv';
import { parsePopulationCsv } from '$lib/domain/population-csv';
import { parsePopulation } from '$lib/domain/setup-input';
import { requireRole } from '$lib/server/auth/guards';
import { maxGeoJsonBytes } from '$lib/server/config';
import * as areas from '$lib/server/db/areas';
import { renderToString } from '$lib/server/publish/render';
import * as setup from '$lib/server/setup/areas';
import type { Actions, PageServerLoad } from './$types';

const MAP_WIDTH = 560;

function statusOf(plan: AreaChangePlan | null, code: string): DivisionStatus {
	if (!plan) return 'ongewijzigd';
	if (plan.added.some((a) => a.code === code)) return 'nieuw';
	if (plan.renamed.some((a) => a.code === code)) return 'hernoemd';
	if (plan.reshaped.some((a) => a.code === code)) return 'nieuwe grens';
	return 'ongewijzigd';
}

const drawMap = (list: DivisionArea[], label: string) => (list.length ? renderToString((document) => divisionPlot(list, { width: MAP_WIDTH, label, document })) : null);

export const load: PageServerLoad = async ({ locals, url, getClientAddress }) => {
	const user = requireRole(locals, url, 'beheerder');
	const previewId = url.searchParams.get('voorbeeld');
	const [list, city, geometries, preview] = await Promise.all([
		areas.listAll(locals.scope),
		areas.get(locals.scope, locals.scope.gemeente),
		areas.listAllGeometries(locals.scope),
		previewId ? setup.getPreview(locals.scope, { id: user.id, ip: getClientAddress() }, previewId) : Promise.resolve(undefined)
	]);
	const names = new Map(list.map((a) => [a.code, a.name]));
	const current = list
		.filter((a) => !a.archivedAt && a.level !== 'gemeente' && geometries.has(a.code))
		.map((a) => ({ code: a.code, name: a.name, level: a.level as 'wijk' | 'buurt', geometry: geometries.get(a.code), status: 'ongewijzigd' as const }));
	return {
		maxMb: Math.round(maxGeoJsonBytes(env) / 1024 / 1024),
		city: city ? { code: city.code, name: city.name, population: city.population } : null,
		areas: list.map((a) => ({ ...a, successors: a.successors.map((s) => ({ ...s, name: names.get(s.code) ?? s.code })) })),
		map: drawMap(current, 'Kaart van de huidige wijken'),
		saved: url.searchParams.has('opgeslagen'),
		previewGone: previewId !== null && !preview,
		preview: preview
			? {
					id: preview.id,
					fileName: preview.fileName,
					notices: preview.notices,
					plan: preview.plan,
					wijken: preview.areas.filter((a) => a.level === 'wijk').length,
					buurten: preview.areas.filter((a) => a.level === 'buurt').length,
					areas: preview.areas.map((a) => ({ code: a.code, name: a.name, level: a.level, parentCode: a.parentCode, population: a.population })),
					map: drawMap(
						preview.areas.map((a) => ({ code: a.code, name: a.name, level: a.level, geometry: a.geometry, status: statusOf(preview.plan, a.code) })),
						'Voorbeeld van de nieuwe indeling'
					)
				}
			: null
	};
};

const actor = (locals: App.Locals, url: URL, ip: string) => ({ id: requireRole(locals, url, 'beheerder').id, ip });

export const actions: Actions = {
	voorbeeld: async ({ request, locals, url, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const file = (await request.formData()).get('bestand');
		if (!(file instanceof File) || file.size === 0) return fail(400, { form: 'voorbeeld', message: 'Kies een GeoJSON-bestand met wijken en buurten.', problems: [] as string[] });
		const max = maxGeoJsonBytes(env);
		if (file.size > max) {
			return fail(413, { form: 'voorbeeld', message: `Het bestand is ${Math.ceil(file.size / 1024 / 1024)} MB; hooguit ${Math.round(max / 1024 / 1024)} MB kan. Download bij PDOK alleen uw eigen gemeente, of zet de andere gemeenten uit het bestand.`, problems: [] as string[] });
		}
		const result = await setup.preview(locals.scope, who, decodeText(new Uint8Array(await file.arrayBuffer())), file.name.slice(0, 120), max);
		if (!result.ok) return fail(422, { form: 'voorbeeld', message: 'Dit bestand kunnen we niet gebruiken. Er is niets veranderd.', problems: result.problems });
		redirect(303, `/beheer/gebieden?voorbeeld=${result.value.id}#voorbeeld`);
	},
	opslaan: async ({ request, locals, url, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const result = await setup.apply(locals.scope, who, String((await request.formData()).get('voorbeeld') ?? ''));
		if (!result.ok) return fail(409, { form: 'opslaan', message: result.message, problems: [] as string[] });
		redirect(303, '/beheer/gebieden?opgeslagen=1');
	},
	inwoners: async ({ request, locals, url, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const form = await request.formData();
		const values: { code: string; population: number | null }[] = [];
		const problems: string[] = [];
		for (const [key, raw] of form) {
			if (!key.startsWith('inwoners-')) continue;
			const parsed = parsePopulation(String(raw));
			if (parsed.ok) values.push({ code: key.slice('inwoners-'.length), population: parsed.value });
			else problems.push(`${key.slice('inwoners-'.length)}: ${parsed.message}`);
		}
		if (problems.length) return fail(400, { form: 'inwoners', message: 'Niet opgeslagen: controleer de aantallen.', problems });
		const result = await setup.setPopulations(locals.scope, who, values);
		return result.ok ? { form: 'inwoners', done: result.message } : fail(400, { form: 'inwoners', message: result.message, problems: [] as string[] });
	},
	inwonersImporteren: async ({ request, locals, url, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const file = (await request.formData()).get('bestand');
		if (!(file instanceof File) || file.size === 0) return fail(400, { form: 'inwoners', message: 'Kies een CSV-bestand met code en inwoners.', problems: [] as string[] });
		if (file.size > 1024 * 1024) return fail(413, { form: 'inwoners', message: 'Het bestand is groter dan 1 MB. Zet er alleen code en inwoners per gebied in.', problems: [] as string[] });
		const known = new Set([locals.scope.gemeente, ...(await areas.listAll(locals.scope)).map((a) => a.code)]);
		const parsed = parsePopulationCsv(decodeText(new Uint8Array(await file.arrayBuffer())), known);
		if (!parsed.ok) return fail(422, { form: 'inwoners', message: 'Niets opgeslagen: het bestand heeft problemen.', problems: parsed.problems });
		const result = await setup.setPopulations(locals.scope, who, parsed.values);
		return result.ok ? { form: 'inwoners', done: result.message } : fail(400, { form: 'inwoners', message: result.message, problems: [] as string[] });
	},
	verwijderen: async ({ request, locals, url, getClientAddress }) => {
		const who = actor(locals, url, getClientAddress());
		const form = await request.formData();
		if (String(form.get('bevestigd')) !== 'ja') return fail(400, { form: 'verwijderen', message: 'Vink aan dat u het gebied echt wilt verwijderen.', problems: [] as string[] });
		const result = await setup.remove(locals.scope, who, String(form.get('code') ?? ''));
		return result.ok ? { form: 'verwijderen', done: result.message } : fail(409, { form: 'verwijderen', message: result.message, problems: [] as string[] });
	}
};
