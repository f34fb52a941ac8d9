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
	if (!roles.includes(user.role)) error(403, 'U heeft geen toegang tot deze pagina.');
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
	if (level === 'openbaar' && !locals.user && !locals.publicDashboard) error(403, 'Log in om deze gegevens te zien.');
	if (!canRead(audience, level)) error(403, 'U heeft geen toegang tot deze gegevens.');
	return audience;
}

/**
 * A safe place to return to after logging in: a path on this site, never another site. Browsers drop tabs
 * and newlines and treat backslashes as slashes, so any control character or backslash is refused, and
 * the result is resolved against a fixed origin and must stay on it.
 */
export function safeReturnPath(value: string | null): string {
	if (!value || !value.startsWith('/') || [...value].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f' || c === '\\')) return '/';
	try {
		const base = 'http://wijkbeeld.invalid';
		const url = new URL(value, base);
		return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/';
	} catch {
		return '/';
	}
}
