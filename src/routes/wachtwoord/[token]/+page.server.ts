import { error, fail, redirect } from '@sveltejs/kit';
import { MIN_PASSWORD_LENGTH } from '$lib/domain/passwords';
import * as accounts from '$lib/server/auth/accounts';
import type { Actions, PageServerLoad } from './$types';

// Open to anyone holding a valid link: the token is the credential, checked in load and action alike.
export const load: PageServerLoad = async ({ locals, params }) => {
	const link = await accounts.openLink(locals.scope, params.token, 'wachtwoord');
	if (!link.ok) error(link.status ?? 404, link.message);
	return { email: link.value.email, minLength: MIN_PASSWORD_LENGTH };
};

export const actions: Actions = {
	default: async ({ request, locals, params, getClientAddress }) => {
		const form = await request.formData();
		const result = await accounts.resetPassword(locals.scope, params.token, {
			password: String(form.get('wachtwoord') ?? ''),
			repeated: String(form.get('herhaal') ?? ''),
			ip: getClientAddress()
		});
		if (!result.ok) return fail(result.status ?? 400, { message: result.message });
		redirect(303, '/login?melding=wachtwoord');
	}
};
