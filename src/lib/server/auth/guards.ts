// Access checks, called in every load, action and endpoint (a layout is not a security boundary).
// Until accounts exist (see the accounts issue), every visitor is anonymous and reads at `openbaar`.
import { error } from '@sveltejs/kit';
import { canRead } from '../../domain/visibility';
import type { Visibility } from '../../domain/vocabulary';

/** The most internal visibility level the request's user may read. */
export function audienceOf(locals: App.Locals): Visibility {
	return locals.audience;
}

/** Throws 403 unless the request's user may read content at `level`. */
export function requireAudience(locals: App.Locals, level: Visibility): Visibility {
	if (!canRead(locals.audience, level)) error(403, 'U heeft geen toegang tot deze gegevens.');
	return locals.audience;
}
