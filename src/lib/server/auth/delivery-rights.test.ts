import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { requireDeliveryRights } from './delivery-rights';

const status = (fn: () => unknown) => {
	try {
		fn();
		return 200;
	} catch (e) {
		return isHttpError(e) ? e.status : 500;
	}
};

describe('requireDeliveryRights', () => {
	it('lets an aanleveraar deliver for their own organisation only', () => {
		expect(requireDeliveryRights({ role: 'aanleveraar', organisationId: 'org-a' }, 'org-a')).toBe('org-a');
		expect(status(() => requireDeliveryRights({ role: 'aanleveraar', organisationId: 'org-a' }, 'org-b'))).toBe(403);
		expect(status(() => requireDeliveryRights({ role: 'aanleveraar', organisationId: null }, 'org-a'))).toBe(403);
	});
	it('refuses readers and facilitators, allows staff', () => {
		expect(status(() => requireDeliveryRights({ role: 'lezer', organisationId: null }, 'org-a'))).toBe(403);
		expect(status(() => requireDeliveryRights({ role: 'facilitator', organisationId: 'org-a' }, 'org-a'))).toBe(403);
		expect(requireDeliveryRights({ role: 'beleidsmedewerker', organisationId: null }, 'org-a')).toBe('org-a');
	});
});
