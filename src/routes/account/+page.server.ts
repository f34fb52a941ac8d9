import { redirect } from '@sveltejs/kit';
import { roleLabels } from '$lib/domain/roles';
import { requireUser } from '$lib/server/auth/guards';
import * as sessions from '$lib/server/auth/sessions';
import * as audit from '$lib/server/db/audit';
import * as authSessions from '$lib/server/db/auth-sessions';
import * as organisations from '$lib/server/db/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const organisation = user.organisationId ? (await organisations.list(locals.scope)).find((o) => o.id === user.organisationId) : undefined;
	return { account: { name: user.name, email: user.email, role: roleLabels[user.role], organisation: organisation?.name ?? null } };
};

export const actions: Actions = {
	/** Ends every session of this user, on every device. */
	overal: async ({ locals, cookies, url, getClientAddress }) => {
		const user = requireUser(locals, url);
		const count = await authSessions.removeForUser(locals.scope, user.id);
		sessions.clearCookie(cookies, sessions.isSecureOrigin(url));
		await audit.record(locals.scope, { userId: user.id, action: 'logout.overal', subject: user.email, detail: { sessions: count }, ip: getClientAddress() });
		redirect(303, '/login?melding=overal');
	}
};
