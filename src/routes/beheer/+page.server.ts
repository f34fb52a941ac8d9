import { fail } from '@sveltejs/kit';
import { roleLabels } from '$lib/domain/roles';
import { roles } from '$lib/domain/vocabulary';
import * as accounts from '$lib/server/auth/accounts';
import { requireRole } from '$lib/server/auth/guards';
import * as accountTokens from '$lib/server/db/account-tokens';
import * as audit from '$lib/server/db/audit';
import * as gemeenten from '$lib/server/db/gemeenten';
import * as organisations from '$lib/server/db/organisations';
import * as users from '$lib/server/db/users';
import * as publication from '$lib/server/publish/publication';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'beheerder');
	const [userList, orgs, invitations, gemeente] = await Promise.all([
		users.list(locals.scope),
		organisations.list(locals.scope),
		accountTokens.listOpenInvitations(locals.scope),
		// read fresh: an action on this request may just have changed it
		gemeenten.get(locals.scope.db, locals.scope.gemeente)
	]);
	const orgName = new Map(orgs.map((o) => [o.id, o.name]));
	return {
		users: userList.map((u) => ({ ...u, organisation: u.organisationId ? (orgName.get(u.organisationId) ?? null) : null })),
		// Archived organisations get no new accounts; a user already in one keeps it (labelled).
		organisations: orgs.map((o) => ({ id: o.id, name: o.archivedAt ? `${o.name} (gearchiveerd)` : o.name, type: o.type, archived: o.archivedAt !== null })),
		invitations: invitations.map((i) => ({ email: i.email, role: i.role, expiresAt: i.expiresAt, organisation: i.organisationId ? orgName.get(i.organisationId) : null })),
		roles: roles.map((r) => ({ value: r, label: roleLabels[r] })),
		publicDashboard: gemeente?.publicDashboard ?? true,
		submitPublishes: gemeente?.submitPublishes ?? false
	};
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const orNull = (value: string) => (value === '' ? null : value);

export const actions: Actions = {
	uitnodigen: async ({ request, locals, url, getClientAddress }) => {
		const user = requireRole(locals, url, 'beheerder');
		const form = await request.formData();
		const result = await accounts.invite(locals.scope, { id: user.id, ip: getClientAddress() }, {
			email: text(form, 'email'),
			role: text(form, 'rol'),
			organisationId: orNull(text(form, 'organisatie'))
		});
		if (!result.ok) return fail(400, { form: 'uitnodigen', message: result.message });
		return { form: 'uitnodigen', link: `${url.origin}/uitnodiging/${result.value.token}`, expiresAt: result.value.expiresAt, email: text(form, 'email') };
	},
	rol: async ({ request, locals, url, getClientAddress }) => {
		const user = requireRole(locals, url, 'beheerder');
		const form = await request.formData();
		const result = await accounts.changeRole(locals.scope, { id: user.id, ip: getClientAddress() }, text(form, 'gebruiker'), text(form, 'rol'), orNull(text(form, 'organisatie')));
		return result.ok ? { form: 'rol', done: 'De rol is aangepast. De gebruiker moet opnieuw inloggen.' } : fail(400, { form: 'rol', message: result.message });
	},
	actief: async ({ request, locals, url, getClientAddress }) => {
		const user = requireRole(locals, url, 'beheerder');
		const form = await request.formData();
		const active = text(form, 'actief') === 'ja';
		const result = await accounts.setActive(locals.scope, { id: user.id, ip: getClientAddress() }, text(form, 'gebruiker'), active);
		return result.ok ? { form: 'actief', done: active ? 'Het account staat weer aan.' : 'Het account staat uit.' } : fail(400, { form: 'actief', message: result.message });
	},
	wachtwoordlink: async ({ request, locals, url, getClientAddress }) => {
		const user = requireRole(locals, url, 'beheerder');
		const form = await request.formData();
		const result = await accounts.issueReset(locals.scope, { id: user.id, ip: getClientAddress() }, text(form, 'gebruiker'));
		if (!result.ok) return fail(400, { form: 'wachtwoordlink', message: result.message });
		return { form: 'wachtwoordlink', link: `${url.origin}/wachtwoord/${result.value.token}`, expiresAt: result.value.expiresAt, email: result.value.email };
	},
	intrekken: async ({ request, locals, url, getClientAddress }) => {
		const user = requireRole(locals, url, 'beheerder');
		const email = text(await request.formData(), 'email');
		const result = await accounts.revokeInvitation(locals.scope, { id: user.id, ip: getClientAddress() }, email);
		return result.ok ? { form: 'intrekken', done: `De uitnodiging voor ${email} is ingetrokken.` } : fail(400, { form: 'intrekken', message: result.message });
	},
	direct: async ({ request, locals, url, getClientAddress }) => {
		const user = requireRole(locals, url, 'beheerder');
		const value = text(await request.formData(), 'direct') === 'ja';
		await locals.scope.db.transaction().execute(async (db) => {
			await gemeenten.setSubmitPublishes(db, locals.scope.gemeente, value);
			await audit.record({ db, gemeente: locals.scope.gemeente }, { userId: user.id, action: 'instelling.direct-publiceren', subject: locals.scope.gemeente, detail: { direct: value }, ip: getClientAddress() });
		});
		return {
			form: 'direct',
			done: value ? 'Een aanlevering wordt nu gepubliceerd zodra de organisatie haar indient.' : 'Een beleidsmedewerker publiceert nu elke aanlevering na controle.'
		};
	},
	openbaar: async ({ request, locals, url, getClientAddress }) => {
		const user = requireRole(locals, url, 'beheerder');
		const value = text(await request.formData(), 'openbaar') === 'ja';
		// A publication too: snapshot URLs change, so no shared cache keeps serving under the old setting.
		await publication.setPublicDashboard(locals.scope, value, user.id);
		await audit.record(locals.scope, { userId: user.id, action: 'instelling.openbaar', subject: locals.scope.gemeente, detail: { openbaar: value }, ip: getClientAddress() });
		return { form: 'openbaar', done: value ? 'Het dashboard is nu openbaar.' : 'Het dashboard is nu alleen voor ingelogde gebruikers.' };
	}
};
