// Who may see and change which deliveries: an aanleveraar only those of their own organisation; a
// beleidsmedewerker or beheerder every organisation's. Checked on the server in every load, action and
// endpoint of /aanleveren.
import { error } from '@sveltejs/kit';
import { requireRole } from '../auth/guards';

export const DELIVERY_ROLES = ['aanleveraar', 'beleidsmedewerker', 'beheerder'] as const;
/** Roles that check, send back, publish and restore deliveries. */
export const REVIEW_ROLES = ['beleidsmedewerker', 'beheerder'] as const;

export type DeliveryUser = NonNullable<App.Locals['user']>;

/** The signed-in user who may work with deliveries. */
export function requireDeliveryUser(locals: App.Locals, url: URL): DeliveryUser {
	return requireRole(locals, url, ...DELIVERY_ROLES);
}

/** True for the roles that review deliveries of every organisation. */
export function isReviewer(user: DeliveryUser): boolean {
	return (REVIEW_ROLES as readonly string[]).includes(user.role);
}

/**
 * The organisation `user` works for on this request: an aanleveraar's own (whatever was asked), a reviewer's
 * choice. Null when a reviewer has not chosen.
 */
export function organisationFor(user: DeliveryUser, asked: string | null): string | null {
	if (!isReviewer(user)) return user.organisationId;
	return asked || null;
}

/** Refuses (404, so another organisation's delivery ids are not confirmed) a delivery the user may not see. */
export function requireDeliveryOf(locals: App.Locals, user: DeliveryUser, delivery: { organisationId: string } | undefined): asserts delivery is { organisationId: string } {
	if (!delivery || (!isReviewer(user) && delivery.organisationId !== user.organisationId)) {
		if (delivery) locals.refused = true;
		error(404, 'Deze aanlevering bestaat niet, of u mag haar niet zien.');
	}
}
