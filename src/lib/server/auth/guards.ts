// Access checks, called in every load, action and endpoint (a layout is not a security boundary).
import { error, redirect } from '@sveltejs/kit';
import { ANONYMOUS, audienceForRole, type Viewer } from '../../domain/roles';
import { canRead } from '../../domain/visibility';
import type { Role, Visibility } from '../../domain/vocabulary';

/** Who is reading: level and organisation, from the signed-in user or anonymous. */
export function viewerOf(locals: App.Locals): Viewer {
	return locals.user ? { audience: audienceForRole(locals.user.role), organisationId: locals.user.organisationId } : ANONYMOUS;
}

/** The most internal visibility level the request's user may read. */
export function audienceOf(locals: App.Locals): Visibility {
	return viewerOf(locals).audience;
}

/** A 403, marked on the request so hooks audit it even when SvelteKit delivers it inside a 200 (__data.json). */
function refuse(locals: App.Locals, message: string): never {
	locals.refused = true;
	error(403, message);
}

function loginUrl(url: URL): string {
	return `/login?terug=${encodeURIComponent(url.pathname + url.search)}`;
}

/** The signed-in user; otherwise a redirect to the login page that comes back here. */
export function requireUser(locals: App.Locals, url: URL): NonNullable<App.Locals['user']> {
	if (!locals.user) redirect(303, loginUrl(url));
	return locals.user;
}

/** The signed-in user if they have one of `roles`; a login redirect for visitors, 403 for other roles. */
export function requireRole(locals: App.Locals, url: URL, ...roles: Role[]): NonNullable<App.Locals['user']> {
	const user = requireUser(locals, url);
	if (!roles.includes(user.role)) refuse(locals, 'U heeft geen toegang tot deze pagina.');
	return user;
}

/** Dashboard pages: open to everyone when the gemeente publishes its dashboard, else to signed-in users. */
export function requireDashboard(locals: App.Locals, url: URL): Viewer {
	if (!locals.user && !locals.publicDashboard) redirect(303, loginUrl(url));
	return viewerOf(locals);
}

/** Throws 403 unless the request's user may read content at `level`. */
export function requireAudience(locals: App.Locals, level: Visibility): Visibility {
	const audience = audienceOf(locals);
	if (level === 'openbaar' && !locals.user && !locals.publicDashboard) refuse(locals, 'Log in om deze gegevens te zien.');
	if (!canRead(audience, level)) refuse(locals, 'U heeft geen toegang tot deze gegevens.');
	return audience;
}

/**
 * A safe place to return to after logging in: a path on this site, never another site. Browsers drop tabs
 * and newlines and treat backslashes as slashes, so any control character or backslash is refused. The
 * path is resolved (dot segments, percent-encoded dots) against a fixed origin, and the result must stay
 * on it and must not start with `//`, which a browser would read as another host.
 */
export function safeReturnPath(value: string | null): string {
	if (!value || value.length > 2048 || !value.startsWith('/') || [...value].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f' || c === '\\')) return '/';
	try {
		const base = 'http://wijkbeeld.invalid';
		const url = new URL(value, base);
		const path = `${url.pathname}${url.search}${url.hash}`;
		if (url.origin !== base || !path.startsWith('/') || path.startsWith('//') || /^\/[\\/]|%2f|%5c/i.test(url.pathname.slice(0, 4))) return '/';
		// What the browser will do with it: resolve it once more, and it must still be on this site.
		return new URL(path, base).origin === base ? path : '/';
	} catch {
		return '/';
	}
}
