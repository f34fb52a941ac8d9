import { fail } from '@sveltejs/kit';
import { periodText } from '$lib/components/labels';
import { requireRole } from '$lib/server/auth/guards';
import * as audit from '$lib/server/db/audit';
import * as deliveries from '$lib/server/db/deliveries';
import * as publication from '$lib/server/publish/publication';
import type { Actions, PageServerLoad } from './$types';

const ROLES = ['beleidsmedewerker', 'beheerder'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRole(locals, url, ...ROLES);
	// Read fresh, not from locals: a publication by this very request (the action) must show at once.
	const [waiting, history, current] = await Promise.all([deliveries.list(locals.scope, ['ingediend']), publication.history(locals.scope), publication.currentVersion(locals.scope)]);
	return {
		current,
		mayReadLog: user.role === 'beheerder',
		waiting: waiting.map((d) => ({ id: d.id, organisation: d.organisationName, period: d.period, version: d.version, measurements: d.measurementCount, createdAt: d.createdAt, correction: d.version > 1 })),
		history: history.map((p) => ({ version: p.version, kind: p.kind, summary: p.summary, by: p.publishedByName, at: p.publishedAt, deliveries: p.changes.deliveries.length, groups: p.changes.everything ? null : p.changes.groups.length }))
	};
};

export const actions: Actions = {
	publiceren: async ({ request, locals, url, getClientAddress }) => {
		const user = requireRole(locals, url, ...ROLES);
		const chosen = [...new Set((await request.formData()).getAll('aanlevering').map(String))];
		if (chosen.length === 0) return fail(400, { message: 'Kies eerst een of meer aanleveringen om te publiceren.' });
		const waiting = new Map((await deliveries.list(locals.scope, ['ingediend'])).map((d) => [d.id, d]));
		const picked = chosen.map((id) => waiting.get(id));
		if (picked.some((d) => !d)) return fail(409, { message: 'Een gekozen aanlevering wacht niet meer op publicatie. Misschien heeft iemand anders haar net gepubliceerd. Bekijk de lijst opnieuw.' });
		const items = picked.map((d) => d!);
		const names = items.map((d) => `${d.organisationName} ${periodText(d.period)}${d.version > 1 ? ` (versie ${d.version})` : ''}`);
		try {
			const published = await publication.publish(locals.scope, {
				kind: 'aanlevering',
				summary: items.length === 1 ? `Aanlevering ${names[0]}` : `${items.length} aanleveringen: ${names.join(', ')}`,
				by: user.id,
				deliveries: items.map((d) => ({ id: d.id }))
			});
			await audit.record(locals.scope, { userId: user.id, action: 'publicatie', subject: `versie ${published.version}`, detail: { deliveries: published.changes.deliveries }, ip: getClientAddress() });
			return { done: `Gepubliceerd als versie ${published.version}. Iedereen ziet de nieuwe cijfers nu.` };
		} catch (error) {
			if (error instanceof deliveries.NotPublishableError) {
				const message =
					error.status === 'vervangen'
						? 'Van een gekozen aanlevering is al een nieuwere versie gepubliceerd. Er is niets veranderd. Bekijk de lijst opnieuw.'
						: 'Een gekozen aanlevering is intussen al gepubliceerd. Er is niets veranderd. Bekijk de lijst opnieuw.';
				return fail(409, { message });
			}
			throw error;
		}
	}
};
