import type { Visibility } from '$lib/domain/vocabulary';
import type { Scope } from '$lib/server/db/scope';

declare global {
	namespace App {
		interface Locals {
			/** Database and tenant (gemeente) of this request. */
			scope: Scope;
			/** What the request's user may read. */
			audience: Visibility;
		}
		interface Error {
			message: string;
			id?: string;
		}
	}
}

export {};
