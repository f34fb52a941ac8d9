import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import * as sessions from '$lib/server/auth/sessions';
import * as audit from '$lib/server/db/audit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	return {};
};

export const actions: Actions = {
	default: async ({ locals, cookies, url, getClientAddress }) => {
		const user = requireUser(locals, url);
		if (locals.sessionToken) await sessions.end(locals.scope.db, locals.sessionToken);
		sessions.clearCookie(cookies, sessions.isSecureOrigin(url));
		await audit.record(locals.scope, { userId: user.id, action: 'logout', subject: user.email, ip: getClientAddress() });
		redirect(303, '/login?melding=uitgelogd');
	}
};
