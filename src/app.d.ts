import type { Role } from '$lib/domain/vocabulary';
import type { Scope } from '$lib/server/db/scope';

declare global {
	namespace App {
		interface Locals {
			/** Database and tenant (gemeente) of this request. */
			scope: Scope;
			/** The gemeente's name; null on a store where no gemeente has been created yet. */
			gemeenteName: string | null;
			/** The signed-in user, or null for an anonymous visitor. */
			user: { id: string; name: string; email: string; role: Role; organisationId: string | null } | null;
			/** The session cookie's token, when signed in. */
			sessionToken: string | null;
			/** Whether anonymous visitors may read the gemeente's public dashboard. */
			publicDashboard: boolean;
			/** The gemeente's current publication version, read once per request; every cache is keyed by it. */
			publication: number;
			/** Set by a guard that refused this request, so a refusal inside __data.json is audited like a 403 page. */
			refused: boolean;
			/** Server drawings of this request's page, filled into its HTML in place of their slots (chart-slots.ts). */
			charts?: { token: string; drawings: string[] };
		}
		interface Error {
			message: string;
			id?: string;
		}
	}
}

export {};
