import { env } from '$env/dynamic/private';
import { fail, redirect } from '@sveltejs/kit';
import { openQuarters } from '$lib/domain/delivery-expected';
import { maxUploadBytes } from '$lib/server/config';
import * as organisations from '$lib/server/db/organisations';
import { isReviewer, organisationFor, requireDeliveryUser } from '$lib/server/deliveries/access';
import * as workflow from '$lib/server/deliveries/workflow';
import type { Actions, PageServerLoad } from './$types';

const today = () => new Date().toISOString().slice(0, 10);

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireDeliveryUser(locals, url);
	const reviewer = isReviewer(user);
	const all = (await organisations.list(locals.scope)).filter((o) => !o.archivedAt);
	const organisationId = organisationFor(user, url.searchParams.get('organisatie'));
	const organisation = organisationId ? all.find((o) => o.id === organisationId) : undefined;
	const quarters = openQuarters(today(), 4);
	// A reviewer without a choice sees every organisation's latest quarters, with what is late.
	const overview = reviewer && !organisation ? await Promise.all(all.map(async (o) => ({ id: o.id, name: o.name, quarters: await workflow.quarterOverview(locals.scope, o.id, quarters, today()) }))) : null;
	return {
		reviewer,
		organisations: reviewer ? all.map((o) => ({ id: o.id, name: o.name })) : [],
		organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
		quarters: organisation ? await workflow.quarterOverview(locals.scope, organisation.id, openQuarters(today(), 8), today()) : [],
		overview: overview?.map((o) => ({ ...o, quarters: o.quarters.map((q) => ({ quarter: q.quarter, expected: q.expected, late: q.late, status: q.versions[0]?.shownStatus ?? null, id: q.versions[0]?.id ?? null })) })) ?? null,
		maxMb: Math.round(maxUploadBytes(env) / 1024 / 1024),
		noOrganisation: !reviewer && !organisation
	};
};

export const actions: Actions = {
	inlezen: async ({ request, locals, url }) => {
		const user = requireDeliveryUser(locals, url);
		const form = await request.formData();
		const organisationId = organisationFor(user, String(form.get('organisatie') ?? ''));
		const quarter = String(form.get('periode') ?? '');
		const file = form.get('bestand');
		if (!organisationId || !(await organisations.get(locals.scope, organisationId))) return fail(400, { quarter, message: 'Kies eerst de organisatie.', problems: [] });
		if (!openQuarters(today(), 8).includes(quarter)) return fail(400, { quarter, message: 'Voor dit kwartaal kunt u niet aanleveren. Kies een kwartaal uit de lijst.', problems: [] });
		if (!(file instanceof File) || file.size === 0) return fail(400, { quarter, message: 'Kies een Excel- of CSV-bestand.', problems: [] });
		const max = maxUploadBytes(env);
		if (file.size > max) return fail(413, { quarter, message: `Het bestand is ${Math.ceil(file.size / 1024 / 1024)} MB; hooguit ${Math.round(max / 1024 / 1024)} MB kan. Zet er alleen de regels van dit kwartaal in.`, problems: [] });
		const result = await workflow.upload(locals.scope, { id: user.id, name: user.name }, organisationId, quarter, { name: file.name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()) }, { maxBytes: max });
		if (!result.ok) return fail(422, { quarter, message: 'Dit bestand kunnen we niet lezen. Er is niets opgeslagen.', problems: result.problems.map((p) => p.message) });
		redirect(303, `/aanleveren/${result.id}`);
	}
};
