import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { database } from '$lib/server/app-db';
import * as sessions from '$lib/server/auth/sessions';
import { defaultGemeente } from '$lib/server/config';
import * as audit from '$lib/server/db/audit';
import * as gemeenten from '$lib/server/db/gemeenten';
import { scheduleHousekeeping } from '$lib/server/housekeeping';
import * as publication from '$lib/server/publish/publication';

export const init: ServerInit = async () => {
	// Opens and migrates the store before the first request; an unreachable store or a database from a newer
	// version stops start-up. A database from before numbered publications gets its first one here, not on
	// a read path.
	const db = await database();
	await publication.publishUpgraded(db);
	scheduleHousekeeping(db);
};

const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin'
};

export const handle: Handle = async ({ event, resolve }) => {
	const db = await database();
	const gemeente = defaultGemeente(env);
	event.locals.scope = { db, gemeente };
	// An unknown gemeente is not public: nothing is shown without signing in.
	const tenant = await gemeenten.get(db, gemeente);
	event.locals.publicDashboard = tenant?.publicDashboard ?? false;
	event.locals.publication = tenant?.publicationVersion ?? 0;
	event.locals.user = null;
	event.locals.sessionToken = null;

	const secure = sessions.isSecureOrigin(event.url);
	const token = event.cookies.get(sessions.SESSION_COOKIE);
	if (token) {
		const session = await sessions.validate(db, gemeente, token);
		if (session) {
			event.locals.user = { id: session.user.id, name: session.user.name, email: session.user.email, role: session.user.role, organisationId: session.user.organisationId };
			event.locals.sessionToken = token;
			if (session.renewed) sessions.setCookie(event.cookies, token, session.renewed, secure);
		} else {
			sessions.clearCookie(event.cookies, secure);
		}
	}

	const response = await resolve(event);
	if (response.status === 403) {
		// Refused requests above someone's rights are worth a trail (probing, misconfigured roles).
		// Within a budget per client, so an anonymous client cannot flood the log.
		const ip = event.getClientAddress();
		await audit.recordLimited(event.locals.scope, event.locals.user?.id ?? ip, {
			userId: event.locals.user?.id ?? null,
			action: 'toegang.geweigerd',
			subject: `${event.request.method} ${event.url.pathname}`,
			ip
		});
	}
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	if (event.locals.user && !response.headers.has('cache-control')) response.headers.set('cache-control', 'private, no-store');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'Deze pagina bestaat niet.' };
	const id = crypto.randomUUID().slice(0, 8);
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', id };
};
