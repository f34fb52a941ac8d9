import { error, fail, redirect } from '@sveltejs/kit';
import { requireSession } from '$lib/server/duiding/access';
import { agendaFields, choices, formFields, revisionOf } from '$lib/server/duiding/form';
import { preparation } from '$lib/server/duiding/prepare';
import * as workflow from '$lib/server/duiding/workflow';
import { isSessionStep } from '$lib/domain/duiding/session-rules';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The session for someone who may prepare it; others go to the session's own page. */
async function runnable(event: Pick<RequestEvent, 'locals' | 'url' | 'params' | 'getClientAddress'>) {
	const access = await requireSession(event.locals, event.url, event.params.id);
	if (!access.mayRun) {
		event.locals.refused = true;
		error(403, 'Alleen een facilitator, beleidsmedewerker of beheerder kan een sessie voorbereiden.');
	}
	return { ...access, actor: { ...access.actor, ip: event.getClientAddress() } };
}

export const load: PageServerLoad = async (event) => {
	const { session, viewer, actor } = await runnable(event);
	const [offered, prepared, impact] = await Promise.all([choices(event.locals.scope), preparation(event.locals.scope, viewer, session, actor), workflow.deletionImpact(event.locals.scope, session.id)]);
	return {
		session,
		choices: offered,
		...prepared,
		impact,
		created: event.url.searchParams.has('aangemaakt'),
		values: {
			titel: session.title,
			datum: session.heldOn,
			soort: session.kind,
			thema: session.themeCode ?? '',
			wijk: session.areaCodes,
			deelnemer_rol: session.participants.map((p) => p.role),
			deelnemer_organisatie: session.participants.map((p) => p.organisationId ?? ''),
			deelnemer_naam: session.participants.map((p) => p.name ?? '')
		} as Record<string, string | string[]>
	};
};

export const actions: Actions = {
	gegevens: async (event) => {
		const { session, actor } = await runnable(event);
		const values = formFields(await event.request.formData());
		const result = await workflow.updateDetails(event.locals.scope, actor, session.id, revisionOf(values), values);
		if (!result.ok) return fail(result.conflict ? 409 : 400, { form: 'gegevens', message: result.message, issues: result.issues ?? [], values });
		return { form: 'gegevens', done: result.message };
	},
	agenda: async (event) => {
		const { session, actor } = await runnable(event);
		const values = formFields(await event.request.formData());
		const result = await workflow.saveAgenda(event.locals.scope, actor, session.id, revisionOf(values), agendaFields(values));
		if (!result.ok) return fail(result.conflict ? 409 : 400, { form: 'agenda', message: result.message, issues: result.issues ?? [] });
		return { form: 'agenda', done: result.message };
	},
	stap: async (event) => {
		const { session, actor } = await runnable(event);
		const values = formFields(await event.request.formData());
		const which = values.stap;
		if (!isSessionStep(which)) return fail(400, { form: 'stap', message: 'Kies wat er met de sessie moet gebeuren.' });
		const result = await workflow.step(event.locals.scope, actor, session.id, revisionOf(values), which);
		if (!result.ok) return fail(result.conflict ? 409 : 400, { form: 'stap', message: result.message });
		if (which === 'start') redirect(303, `/duiding/${session.id}`);
		return { form: 'stap', done: result.message };
	},
	verwijderen: async (event) => {
		const { session, actor } = await runnable(event);
		const values = formFields(await event.request.formData());
		if (values.zeker !== 'ja') return fail(400, { form: 'verwijderen', message: 'Vink aan dat u de sessie echt wilt verwijderen.' });
		const result = await workflow.deleteSession(event.locals.scope, actor, session.id, values.bevestig === 'ja');
		if (!result.ok) return fail(400, { form: 'verwijderen', message: result.message, confirm: true });
		redirect(303, `/duiding?verwijderd=${encodeURIComponent(session.title)}`);
	}
};
