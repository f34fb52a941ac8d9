/** Roles and what each may read. */
import type { Role, Visibility } from './vocabulary';
import { canRead } from './visibility';

/** The most internal level a role reads: council members `raad`, partners `partners`, staff `intern`. */
export function audienceForRole(role: Role): Visibility {
	switch (role) {
		case 'lezer':
			return 'raad';
		case 'aanleveraar':
		case 'facilitator':
			return 'partners';
		case 'beleidsmedewerker':
		case 'beheerder':
			return 'intern';
	}
}

/** Who is reading: their level, and their organisation (which also reads its own `intern` content). */
export interface Viewer {
	audience: Visibility;
	organisationId: string | null;
}

/** The anonymous visitor: public content only. */
export const ANONYMOUS: Viewer = { audience: 'openbaar', organisationId: null };

/** True when the viewer may read content at `level` written by `authorOrganisationId`. */
export function mayRead(viewer: Viewer, level: Visibility, authorOrganisationId: string | null): boolean {
	if (canRead(viewer.audience, level)) return true;
	return level === 'intern' && viewer.organisationId !== null && viewer.organisationId === authorOrganisationId;
}

/** Role names as users read them. */
export const roleLabels: Record<Role, string> = {
	lezer: 'Lezer (raadslid)',
	aanleveraar: 'Aanleveraar (welzijnsorganisatie)',
	facilitator: 'Facilitator duidingssessies',
	beleidsmedewerker: 'Beleidsmedewerker',
	beheerder: 'Beheerder'
};
