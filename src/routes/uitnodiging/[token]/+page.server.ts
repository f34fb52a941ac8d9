import { error, fail, redirect } from '@sveltejs/kit';
import { MIN_PASSWORD_LENGTH } from '$lib/domain/passwords';
import { roleLabels } from '$lib/domain/roles';
import * as accounts from '$lib/server/auth/accounts';
import * as sessions from '$lib/server/auth/sessions';
import * as audit from '$lib/server/db/audit';
import type { Actions, PageServerLoad } from './$types';

// Open to anyone holding a valid link: the token is the credential, checked in load and action alike.
export const load: PageServerLoad = async ({ locals, params }) => {
	const link = await accounts.openLink(locals.scope, params.token, 'uitnodiging');
	if (!link.ok) error(link.status ?? 404, link.message);
	return { email: link.value.email, role: link.value.role ? roleLabels[link.value.role] : '', minLength: MIN_PASSWORD_LENGTH };
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const name = String(form.get('naam') ?? '');
		const result = await accounts.acceptInvitation(locals.scope, params.token, {
			name,
			password: String(form.get('wachtwoord') ?? ''),
			repeated: String(form.get('herhaal') ?? ''),
			ip: getClientAddress()
		});
		if (!result.ok) return fail(result.status ?? 400, { message: result.message, name });
		if (locals.sessionToken) await sessions.end(locals.scope.db, locals.sessionToken);
		const { token, expiresAt } = await sessions.start(locals.scope, result.value);
		await audit.record(locals.scope, { userId: result.value, action: 'login', subject: 'na uitnodiging', ip: getClientAddress() });
		sessions.setCookie(cookies, token, expiresAt, sessions.isSecureOrigin(url));
		redirect(303, '/');
	}
};
