import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './guards';

describe('safeReturnPath', () => {
	it('keeps paths on this site', () => {
		expect(safeReturnPath('/wijk/WK054603?x=1#a')).toBe('/wijk/WK054603?x=1#a');
		expect(safeReturnPath('/beheer')).toBe('/beheer');
	});
	it.each(['//evil.com', '/\\evil.com', '/\t/evil.com', '/%09/evil.com'.replace('%09', '\t'), '/\n/evil.com', 'https://evil.com', 'evil.com', '', null, '/\u0000'])(
		'refuses %j',
		(value) => {
			expect(safeReturnPath(value)).toBe('/');
		}
	);
	it('decoded tab from a query string is refused', () => {
		expect(safeReturnPath(new URLSearchParams('terug=/%09/evil.com').get('terug'))).toBe('/');
	});
});
