import { error, fail, redirect } from '@sveltejs/kit';
import { isSessionStep } from '$lib/domain/duiding/session-rules';
import { mayRead, type Viewer } from '$lib/domain/roles';
import * as afspraken from '$lib/server/db/afspraken';
import * as notes from '$lib/server/db/notes';
import { requireSession } from '$lib/server/duiding/access';
import { formFields, revisionOf } from '$lib/server/duiding/form';
import { carriedAfspraken } from '$lib/server/duiding/prepare';
import { sessionView, stepCount } from '$lib/server/duiding/session-view';
import * as workflow from '$lib/server/duiding/workflow';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { session, viewer, actor, mayRun } = await requireSession(locals, url, params.id);
	// ?punt=N browses on one's own; without it the page follows the facilitator's screen.
	const asked = Number(url.searchParams.get('punt'));
	const browsing = Number.isInteger(asked) && asked >= 1;
	const view = await sessionView(locals.scope, viewer, actor, session, browsing ? asked - 1 : session.currentPosition);
	return { session, view, mayRun, browsing, following: !browsing };
};

type Event = RequestEvent;

/** A note the user may read, or a 404 (an id guessed from elsewhere is not changed from here). */
async function requireReadableNote(scope: App.Locals['scope'], viewer: Viewer, id: string): Promise<void> {
	const note = await notes.get(scope, id);
	if (!note || !mayRead(viewer, note.visibility, note.authorOrganisationId)) error(404, 'Deze notitie bestaat niet (meer).');
}

/** Every action runs the session: only a facilitator, beleidsmedewerker or beheerder (others follow). */
async function context(event: Event) {
	const access = await requireSession(event.locals, event.url, event.params.id);
	if (!access.mayRun) {
		event.locals.refused = true;
		error(403, 'Alleen een facilitator, beleidsmedewerker of beheerder kan een sessie leiden.');
	}
	const fields = formFields(await event.request.formData());
	return { ...access, fields, actor: { ...access.actor, ip: event.getClientAddress() } };
}

function outcome(name: string, result: workflow.Result<unknown>, fields: Record<string, string | string[]>) {
	if (!result.ok) return fail(result.conflict ? 409 : 400, { form: name, message: result.message, issues: result.issues ?? [], values: fields, conflict: result.conflict === true });
	return { form: name, done: result.message };
}

export const actions: Actions = {
	/** The facilitator shows another step on every following screen. */
	tonen: async (event) => {
		const { session, actor, viewer, fields } = await context(event);
		const step = Number(fields.naar);
		const carried = await carriedAfspraken(event.locals.scope, viewer, session, actor);
		const total = stepCount(session, carried.length);
		if (!Number.isInteger(step) || step < 1 || step > total) return fail(400, { form: 'tonen', message: 'Dit agendapunt bestaat niet.' });
		const result = await workflow.show(event.locals.scope, actor, session.id, step - 1, total);
		if (!result.ok) return outcome('tonen', result, fields);
		redirect(303, `/duiding/${session.id}?punt=${step}`);
	},
	stap: async (event) => {
		const { session, actor, fields } = await context(event);
		const which = fields.stap;
		if (!isSessionStep(which)) return fail(400, { form: 'stap', message: 'Kies wat er met de sessie moet gebeuren.' });
		return outcome('stap', await workflow.step(event.locals.scope, actor, session.id, revisionOf(fields), which), fields);
	},
	timer: async (event) => {
		const { session, actor, fields } = await context(event);
		return outcome('timer', await workflow.setTimer(event.locals.scope, actor, session.id, Number(fields.minuten ?? 0)), fields);
	},
	notitie: async (event) => {
		const { session, actor, fields } = await context(event);
		return outcome('notitie', await workflow.addNote(event.locals.scope, actor, session.id, Number(fields.positie), fields), fields);
	},
	notitieAanpassen: async (event) => {
		const { session, actor, viewer, fields } = await context(event);
		await requireReadableNote(event.locals.scope, viewer, String(fields.id));
		return outcome(`notitie-${fields.id}`, await workflow.updateNote(event.locals.scope, actor, session.id, String(fields.id), revisionOf(fields), fields), fields);
	},
	notitieVerwijderen: async (event) => {
		const { session, actor, viewer, fields } = await context(event);
		await requireReadableNote(event.locals.scope, viewer, String(fields.id));
		return outcome('verwijderen', await workflow.removeNote(event.locals.scope, actor, session.id, String(fields.id)), fields);
	},
	conclusie: async (event) => {
		const { session, actor, fields } = await context(event);
		return outcome('conclusie', await workflow.addConclusion(event.locals.scope, actor, session.id, Number(fields.positie), fields), fields);
	},
	conclusieAanpassen: async (event) => {
		const { session, actor, fields } = await context(event);
		return outcome(`conclusie-${fields.id}`, await workflow.updateConclusion(event.locals.scope, actor, session.id, String(fields.id), revisionOf(fields), fields), fields);
	},
	conclusieVerwijderen: async (event) => {
		const { session, actor, fields } = await context(event);
		return outcome('verwijderen', await workflow.removeConclusion(event.locals.scope, actor, session.id, String(fields.id)), fields);
	},
	afspraak: async (event) => {
		const { session, actor, fields } = await context(event);
		return outcome('afspraak', await workflow.addAfspraak(event.locals.scope, actor, session.id, Number(fields.positie), fields), fields);
	},
	afspraakAanpassen: async (event) => {
		const { session, actor, viewer, fields } = await context(event);
		// This session's own afspraken; one carried into it only by status (following it up).
		const target = await afspraken.get(event.locals.scope, String(fields.id));
		const own = target?.sessionId === session.id;
		const carried = !own && fields.alleen_status === 'ja' && (await carriedAfspraken(event.locals.scope, viewer, session, actor)).some((a) => a.id === target?.id);
		if (!target || !mayRead(viewer, target.visibility, target.ownerOrganisationId) || (!own && !carried)) error(404, 'Deze afspraak bestaat niet (meer).');
		return outcome(`afspraak-${fields.id}`, await workflow.updateAfspraak(event.locals.scope, actor, target.id, revisionOf(fields), fields), fields);
	},
	afspraakVerwijderen: async (event) => {
		const { session, actor, fields } = await context(event);
		return outcome('verwijderen', await workflow.removeAfspraak(event.locals.scope, actor, session.id, String(fields.id)), fields);
	}
};
