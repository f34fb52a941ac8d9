import { describe, expect, it } from 'vitest';
import { roles } from './vocabulary';
import { ANONYMOUS, audienceForRole, mayRead } from './roles';

describe('audienceForRole', () => {
	it('gives council members raad, partners partners, staff intern', () => {
		expect(roles.map((r) => [r, audienceForRole(r)])).toEqual([
			['lezer', 'raad'],
			['aanleveraar', 'partners'],
			['facilitator', 'partners'],
			['beleidsmedewerker', 'intern'],
			['beheerder', 'intern']
		]);
	});
});

describe('mayRead', () => {
	it('lets an organisation read its own internal content, and no one else’s', () => {
		const org = { audience: 'partners' as const, organisationId: 'org-a' };
		expect(mayRead(org, 'intern', 'org-a')).toBe(true);
		expect(mayRead(org, 'intern', 'org-b')).toBe(false);
		expect(mayRead(org, 'intern', null)).toBe(false);
		expect(mayRead(org, 'partners', 'org-b')).toBe(true);
	});
	it('keeps anonymous visitors to public content', () => {
		expect(mayRead(ANONYMOUS, 'openbaar', null)).toBe(true);
		expect(mayRead(ANONYMOUS, 'raad', null)).toBe(false);
		expect(mayRead(ANONYMOUS, 'intern', null)).toBe(false);
	});
});
