import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { choices, formFields } from '$lib/server/stories/form';
import * as workflow from '$lib/server/stories/workflow';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireRole(locals, url, ...workflow.WRITER_ROLES);
	const offered = await choices(locals.scope);
	// Started from a figure card: its indicator and wijk are chosen already.
	const indicator = url.searchParams.get('indicator');
	const area = url.searchParams.get('gebied');
	return {
		choices: offered,
		chooseOrganisation: user.role !== 'aanleveraar',
		values: {
			soort: 'inwonersverhaal',
			zichtbaar: 'partners',
			gebied: area && offered.areas.some((a) => a.code === area) ? area : (offered.areas[0]?.code ?? ''),
			indicator: indicator && offered.indicators.some((i) => i.code === indicator) ? [indicator] : []
		} as Record<string, string | string[]>
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const user = requireRole(locals, url, ...workflow.WRITER_ROLES);
		const values = formFields(await request.formData());
		const result = await workflow.save(locals.scope, { id: user.id, role: user.role, organisationId: user.organisationId }, null, 0, values);
		if (!result.ok) return fail(400, { message: result.message, issues: result.issues ?? [], values });
		redirect(303, `/verhalen/${result.value}?opgeslagen=1`);
	}
};
