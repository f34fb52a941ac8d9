import { fail, redirect } from '@sveltejs/kit';
import { safeReturnPath } from '$lib/server/auth/guards';
import { signIn } from '$lib/server/auth/login';
import * as sessions from '$lib/server/auth/sessions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	// Open to everyone: this is where visitors sign in. Signed-in users go straight on.
	const terug = safeReturnPath(url.searchParams.get('terug'));
	if (locals.user) redirect(303, terug);
	return { terug, melding: url.searchParams.get('melding') };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '').trim();
		const password = String(form.get('wachtwoord') ?? '');
		if (!email || !password) return fail(400, { message: 'Vul uw e-mailadres en uw wachtwoord in.', email });
		const result = await signIn(locals.scope, { email, password, ip: getClientAddress() });
		if (!result.ok) return fail(result.status, { message: result.message, email });
		// A sign-in on a shared computer ends the session that was there, whoever it belonged to.
		if (locals.sessionToken) await sessions.end(locals.scope.db, locals.sessionToken);
		const { token, expiresAt } = await sessions.start(locals.scope, result.userId);
		sessions.setCookie(cookies, token, expiresAt, sessions.isSecureOrigin(url));
		redirect(303, safeReturnPath(String(form.get('terug') ?? '/')));
	}
};
