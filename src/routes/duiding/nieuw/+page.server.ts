import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { choices, formFields } from '$lib/server/duiding/form';
import * as workflow from '$lib/server/duiding/workflow';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, ...workflow.RUN_ROLES);
	return { choices: await choices(locals.scope), values: { soort: 'duidingssessie' } as Record<string, string | string[]> };
};

export const actions: Actions = {
	default: async ({ request, locals, url, getClientAddress }) => {
		const user = requireRole(locals, url, ...workflow.RUN_ROLES);
		const values = formFields(await request.formData());
		const result = await workflow.createSession(locals.scope, { id: user.id, role: user.role, organisationId: user.organisationId, ip: getClientAddress() }, values);
		if (!result.ok) return fail(400, { message: result.message, issues: result.issues ?? [], values });
		redirect(303, `/duiding/${result.value}/voorbereiden?aangemaakt=1`);
	}
};
