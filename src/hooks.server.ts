import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { database } from '$lib/server/app-db';
import * as sessions from '$lib/server/auth/sessions';
import { preferredGemeente } from '$lib/server/config';
import * as audit from '$lib/server/db/audit';
import * as gemeenten from '$lib/server/db/gemeenten';
import { compress } from '$lib/server/compression';
import { scheduleHousekeeping } from '$lib/server/housekeeping';
import * as pageCache from '$lib/server/page-cache';
import { fillSlots } from '$lib/server/publish/chart-slots';
import * as publication from '$lib/server/publish/publication';
import { noteVersion } from '$lib/server/publish/versioned-cache';

export const init: ServerInit = async () => {
	// Opens and migrates the store before the first request; an unreachable store or a database from a newer
	// version stops start-up. A database from before numbered publications gets its first one here, not on
	// a read path.
	try {
		const db = await database();
		await publication.publishUpgraded(db);
		const stopHousekeeping = scheduleHousekeeping(db);
		// adapter-node's graceful shutdown: close the pool, or idle connections keep the process alive.
		process.once('sveltekit:shutdown', () => {
			stopHousekeeping();
			void db.destroy();
		});
	} catch (error) {
		// A configuration problem, said plainly, without a stack trace in the operator's face.
		console.error(`Wijkbeeld cannot start: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
};

const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin'
};

/** Form actions read form data; any other body (text/plain, JSON, none) is refused before it can throw. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

function refusesBody(request: Request, path: string): boolean {
	if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method) || path.startsWith('/api/')) return false;
	const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	return !FORM_TYPES.includes(type);
}

export const handle: Handle = async ({ event, resolve }) => {
	if (refusesBody(event.request, event.url.pathname)) {
		return new Response('Dit formulier kan zo niet worden verstuurd. Vul het in op de pagina en verstuur het opnieuw.', {
			status: 415,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS }
		});
	}
	const db = await database();
	// The gemeente by host name (a regional host serves several), else the configured or only one.
	const preferred = preferredGemeente(env);
	const tenant = await gemeenten.resolve(db, event.url.hostname, preferred);
	// An empty store has no gemeente yet: an impossible code keeps every query empty until `admin:create`.
	const gemeente = tenant?.code ?? preferred ?? 'GM----';
	event.locals.scope = { db, gemeente };
	event.locals.gemeenteName = tenant?.name ?? null;
	// An unknown gemeente is not public: nothing is shown without signing in.
	event.locals.publicDashboard = tenant?.publicDashboard ?? false;
	event.locals.publication = tenant?.publicationVersion ?? 0;
	noteVersion(event.locals.scope, event.locals.publication);
	event.locals.user = null;
	event.locals.sessionToken = null;
	event.locals.refused = false;

	const secure = sessions.isSecureOrigin(event.url);
	const token = event.cookies.get(sessions.SESSION_COOKIE);
	if (token) {
		// Snapshots may be kept by shared caches: they never renew a session (no Set-Cookie on them).
		const session = await sessions.validate(db, gemeente, token, Date.now(), !event.url.pathname.startsWith('/api/snapshot/'));
		if (session) {
			event.locals.user = { id: session.user.id, name: session.user.name, email: session.user.email, role: session.user.role, organisationId: session.user.organisationId };
			event.locals.sessionToken = token;
			if (session.renewed) sessions.setCookie(event.cookies, token, session.renewed, secure);
		} else {
			sessions.clearCookie(event.cookies, secure);
		}
	}

	const render = () => resolve(event, { transformPageChunk: ({ html }) => fillSlots(html, event.locals.charts) });
	const response = pageCache.applies(event) ? await pageCache.respond(event, render) : await render();
	// A refusal inside a page's __data.json travels in a 200 body; the guard marks it, so both are audited alike.
	if (response.status === 403 || event.locals.refused) {
		// Refused requests above someone's rights are worth a trail (probing, misconfigured roles).
		// Within a budget per client, so an anonymous client cannot flood the log.
		const ip = event.getClientAddress();
		await audit.recordLimited(event.locals.scope, event.locals.user?.id ?? ip, {
			userId: event.locals.user?.id ?? null,
			action: 'toegang.geweigerd',
			subject: `${event.request.method} ${event.url.pathname}${event.isDataRequest ? ' (__data.json)' : ''}`,
			ip
		});
	}
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	if (secure) response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	if (event.locals.user && !response.headers.has('cache-control')) response.headers.set('cache-control', 'private, no-store');
	// What a shared cache may keep must never carry somebody's session (a renewed cookie stays for the next request).
	if (/\bpublic\b/.test(response.headers.get('cache-control') ?? '')) response.headers.delete('set-cookie');
	return compress(event.request, response);
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'Deze pagina bestaat niet.' };
	// A request the client got wrong (400, 405, 415…) is answered as such, not logged as our failure.
	if (status >= 400 && status < 500) return { message: status === 405 ? 'Dit kan op deze pagina niet.' : 'Dit verzoek klopt niet. Probeer het opnieuw vanaf de pagina.' };
	const id = crypto.randomUUID().slice(0, 8);
	// The path is data, never a format string: a `%o` in a URL must not swallow the error.
	console.error('[%s] %s %s', id, event.request.method, event.url.pathname, error);
	return { message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', id };
};
