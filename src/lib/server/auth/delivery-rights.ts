// Who may deliver figures for which organisation. Used by every upload action and endpoint: an aanleveraar
// only for the organisation on their account, whatever organisation id a form posts.
import { error } from '@sveltejs/kit';
import type { Role } from '../../domain/vocabulary';

/** The organisation a user may deliver for; 403 for an aanleveraar naming another organisation or another role. */
export function requireDeliveryRights(user: { role: Role; organisationId: string | null }, organisationId: string): string {
	if (user.role === 'beheerder' || user.role === 'beleidsmedewerker') return organisationId;
	if (user.role === 'aanleveraar' && user.organisationId !== null && user.organisationId === organisationId) return organisationId;
	error(403, 'U kunt alleen cijfers aanleveren voor uw eigen organisatie.');
}
