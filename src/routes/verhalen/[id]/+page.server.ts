import { fail, redirect } from '@sveltejs/kit';
import { renderStoryMarkdown } from '$lib/domain/story-markdown';
import { requireUser } from '$lib/server/auth/guards';
import { requireStory } from '$lib/server/stories/access';
import * as images from '$lib/server/stories/images';
import * as areas from '$lib/server/db/areas';
import * as indicators from '$lib/server/db/indicators';
import { choices, formFields, valuesOf } from '$lib/server/stories/form';
import * as workflow from '$lib/server/stories/workflow';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { story, actor } = await requireStory(locals, url, params.id);
	const [area, catalogue, image] = await Promise.all([story.areaCode ? areas.get(locals.scope, story.areaCode) : undefined, indicators.list(locals.scope), images.info(locals.scope, story.id)]);
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
		image: image ?? null,
		saved: url.searchParams.has('opgeslagen'),
		editable,
		values: editable ? valuesOf(story) : null,
		choices: editable ? await choices(locals.scope) : null,
		chooseOrganisation: actor?.role !== 'aanleveraar',
		findings: findings.map((f) => ({ key: workflow.findingKey(f), text: f.text, message: f.message, field: f.field, overrule: f.overrule ? { reason: f.overrule.reason } : null })),
		blockers: story.status === 'concept' && actor ? workflow.publicationBlockers(story) : [],
		mayReview: actor !== null && workflow.REVIEWER_ROLES.includes(actor.role),
		mayOverrule: actor !== null && workflow.OVERRULE_ROLES.includes(actor.role),
		mayWithdraw: actor !== null && (workflow.OVERRULE_ROLES.includes(actor.role) || story.authorId === actor.id)
	};
};

async function start(locals: App.Locals, url: URL, id: string) {
	const user = requireUser(locals, url);
	const { story } = await requireStory(locals, url, id);
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
	afbeelding: async ({ request, locals, url, params }) => {
		const { story, actor } = await start(locals, url, params.id);
		const form = await request.formData();
		const file = form.get('afbeelding');
		if (!(file instanceof File) || file.size === 0) return fail(400, { form: 'afbeelding', message: 'Kies een afbeelding.', issues: [] });
		if (file.size > images.MAX_IMAGE_BYTES) return fail(413, { form: 'afbeelding', message: 'De afbeelding is te groot. Hooguit 8 MB kan.', issues: [] });
		return answer('afbeelding', await workflow.setImage(locals.scope, actor, story, Number(form.get('revisie') ?? -1), new Uint8Array(await file.arrayBuffer()), String(form.get('alt') ?? '')));
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
