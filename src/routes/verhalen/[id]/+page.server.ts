import { error, fail, redirect } from '@sveltejs/kit';
import { FINDING_LABELS } from '$lib/domain/privacy-check';
import { mayRead } from '$lib/domain/roles';
import { isPublishable } from '$lib/domain/story-rules';
import { renderStoryMarkdown } from '$lib/domain/story-markdown';
import { requireDashboard, requireUser } from '$lib/server/auth/guards';
import * as areas from '$lib/server/db/areas';
import * as indicators from '$lib/server/db/indicators';
import * as edits from '$lib/server/db/story-edits';
import { choices, formFields, valuesOf } from '$lib/server/stories/form';
import * as workflow from '$lib/server/stories/workflow';
import type { Actions, PageServerLoad } from './$types';

/** The story if the request may see it: published and readable, or (signed in) its author's or a reviewer's concept. */
async function storyFor(locals: App.Locals, url: URL, id: string) {
	const viewer = requireDashboard(locals, url);
	const story = await edits.get(locals.scope, id);
	if (!story) error(404, 'Dit verhaal bestaat niet (meer).');
	const user = locals.user;
	const actor = user ? { id: user.id, role: user.role, organisationId: user.organisationId } : null;
	const published = isPublishable({ ...story, consentWithdrawnAt: null }) && mayRead(viewer, story.visibility, story.collectedByOrganisationId);
	const worker = actor !== null && (story.authorId === actor.id || workflow.REVIEWER_ROLES.includes(actor.role));
	// Someone who may not see it learns nothing: the same answer as for a story that does not exist.
	if (!published && !worker) error(404, 'Dit verhaal bestaat niet (meer).');
	return { story, actor };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { story, actor } = await storyFor(locals, url, params.id);
	const [area, catalogue] = await Promise.all([story.areaCode ? areas.get(locals.scope, story.areaCode) : undefined, indicators.list(locals.scope)]);
	const editable = actor !== null && workflow.mayEdit(actor, story);
	const findings = story.status === 'concept' && actor ? workflow.findingsOf(story) : [];
	return {
		story: {
			id: story.id,
			title: story.title,
			html: renderStoryMarkdown(story.body),
			type: story.type,
			sourceRole: story.sourceRole,
			period: story.period,
			status: story.status,
			reviewRequested: story.reviewRequestedAt !== null,
			takedownReason: actor ? story.takedownReason : null,
			revision: story.revision,
			answerTopic: story.answerTopic,
			answerTrend: story.answerTrend,
			area: area ? { code: area.code, name: area.name, level: area.level, archived: area.archivedAt !== null } : null,
			indicators: catalogue.filter((i) => story.indicatorCodes.includes(i.code)).map((i) => ({ code: i.code, name: i.name, archived: i.archivedAt !== null }))
		},
		saved: url.searchParams.has('opgeslagen'),
		editable,
		values: editable ? valuesOf(story) : null,
		choices: editable ? await choices(locals.scope) : null,
		chooseOrganisation: actor?.role !== 'aanleveraar',
		findings: findings.map((f) => ({ key: workflow.findingKey(f), label: FINDING_LABELS[f.kind], text: f.text, message: f.message, field: f.field, overrule: f.overrule ? { reason: f.overrule.reason } : null })),
		blockers: story.status === 'concept' && actor ? workflow.publicationBlockers(story) : [],
		mayReview: actor !== null && workflow.REVIEWER_ROLES.includes(actor.role),
		mayOverrule: actor !== null && workflow.OVERRULE_ROLES.includes(actor.role),
		mayWithdraw: actor !== null && (workflow.OVERRULE_ROLES.includes(actor.role) || story.authorId === actor.id)
	};
};

async function start(locals: App.Locals, url: URL, id: string) {
	const user = requireUser(locals, url);
	const { story } = await storyFor(locals, url, id);
	return { story, actor: { id: user.id, role: user.role, organisationId: user.organisationId } };
}

const answer = (name: string, result: workflow.Result<unknown>) => (result.ok ? { form: name, done: result.message } : fail(result.issues ? 400 : 409, { form: name, message: result.message, issues: result.issues ?? [] }));

export const actions: Actions = {
	opslaan: async ({ request, locals, url, params }) => {
		const { story, actor } = await start(locals, url, params.id);
		const values = formFields(await request.formData());
		const result = await workflow.save(locals.scope, actor, story.id, Number(values.revisie ?? -1), values);
		// On a refusal the typed text comes back, so nothing the writer typed is lost.
		return result.ok ? { form: 'opslaan', done: result.message } : fail(result.issues ? 400 : 409, { form: 'opslaan', message: result.message, issues: result.issues ?? [], values });
	},
	review: async ({ request, locals, url, params }) => {
		const { story, actor } = await start(locals, url, params.id);
		return answer('review', await workflow.requestReview(locals.scope, actor, story, String((await request.formData()).get('vraag')) === 'ja'));
	},
	toestaan: async ({ request, locals, url, params }) => {
		const { story, actor } = await start(locals, url, params.id);
		const form = await request.formData();
		return answer('toestaan', await workflow.overrule(locals.scope, actor, story, String(form.get('bevinding') ?? ''), String(form.get('reden') ?? '')));
	},
	publiceren: async ({ locals, url, params }) => {
		const { story, actor } = await start(locals, url, params.id);
		return answer('publiceren', await workflow.publish(locals.scope, actor, story));
	},
	offline: async ({ request, locals, url, params }) => {
		const { story, actor } = await start(locals, url, params.id);
		return answer('offline', await workflow.takeDown(locals.scope, actor, story, String((await request.formData()).get('reden') ?? '')));
	},
	toestemming: async ({ request, locals, url, params }) => {
		const { story, actor } = await start(locals, url, params.id);
		if (String((await request.formData()).get('bevestigd')) !== 'ja') return fail(400, { form: 'toestemming', message: 'Vink aan dat de verteller de toestemming heeft ingetrokken.', issues: [] });
		const result = await workflow.withdrawConsent(locals.scope, actor, story);
		if (!result.ok) return fail(409, { form: 'toestemming', message: result.message, issues: [] });
		redirect(303, '/verhalen?verwijderd=1');
	}
};
