// Demo accounts, one per role, with documented passwords (demo mode only; see the README).
import type { OrganisationKey } from './catalogue';
import type { Role } from '../../src/lib/domain/vocabulary';

export interface DemoAccount {
	name: string;
	email: string;
	role: Role;
	organisation: OrganisationKey | null;
	password: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
	{ name: 'Raadslid (demo)', email: 'lezer@demo.wijkbeeld.nl', role: 'lezer', organisation: null, password: 'demo-lezer-2025' },
	{ name: 'Aanleveraar Buurtkracht (demo)', email: 'aanleveraar@demo.wijkbeeld.nl', role: 'aanleveraar', organisation: 'buurtkracht', password: 'demo-aanleveraar-2025' },
	{ name: 'Facilitator (demo)', email: 'facilitator@demo.wijkbeeld.nl', role: 'facilitator', organisation: null, password: 'demo-facilitator-2025' },
	{ name: 'Beleidsmedewerker (demo)', email: 'beleid@demo.wijkbeeld.nl', role: 'beleidsmedewerker', organisation: null, password: 'demo-beleid-2025' },
	{ name: 'Beheerder (demo)', email: 'beheerder@demo.wijkbeeld.nl', role: 'beheerder', organisation: null, password: 'demo-beheerder-2025' }
];
