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
	// Dot segments and encodings that normalise to `//host`, and other ways off the site.
	const tricky = [
		'/.//evil.example',
		'/..//evil.example',
		'/%2e//evil.example',
		'/%2E//evil.example',
		'/a/..//evil.example',
		'/a/b/../..//evil.example',
		'/././/evil.example',
		'/.%2e//evil.example',
		'/%2e%2e//evil.example',
		'/%2e%2e/%2fevil.example',
		'/%2f/evil.example',
		'/%2F%2Fevil.example',
		'/%5cevil.example',
		'/%5C%5Cevil.example',
		'///evil.example',
		'////evil.example',
		'/\\/evil.example',
		'/ /evil.example'.replace(' ', '\r'),
		'/https://evil.example',
		'/%68ttps://evil.example'.replace('/%68', '//%68'),
		'/./%2e/./..//evil.example',
		'/a/./.././/evil.example',
		'/.//@evil.example',
		'//@evil.example',
		'//evil.example@wijkbeeld',
		'/\u3000/evil.example'.replace('\u3000/', '\u3000').replace('/\u3000', '//\u3000'),
		'/' + '/'.repeat(10) + 'evil.example',
		'/..',
		'/a/../../..//evil.example',
		'/%252e//evil.example'.replace('%252e', '%2e%2e'),
		'javascript:alert(1)',
		'/' + 'a'.repeat(5000)
	];
	it.each(tricky)('never leaves the site for %j', (value) => {
		const path = safeReturnPath(value);
		expect(path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\')).toBe(true);
		expect(new URL(path, 'https://wijkbeeld.example.nl').host).toBe('wijkbeeld.example.nl');
	});
	it('refuses the reported values outright', () => {
		for (const value of ['/.//evil.example', '/..//evil.example', '/%2e//evil.example', '/a/..//evil.example']) expect(safeReturnPath(value)).toBe('/');
		expect(safeReturnPath(new URLSearchParams('terug=%2F.%2F%2Fevil.example').get('terug'))).toBe('/');
	});
	it('keeps ordinary paths with dots and encodings', () => {
		expect(safeReturnPath('/wijk/../indicator/EENZAAM')).toBe('/indicator/EENZAAM');
		expect(safeReturnPath('/vergelijk?wijken=WK054603%2CWK054606')).toBe('/vergelijk?wijken=WK054603%2CWK054606');
	});

	it('decoded tab from a query string is refused', () => {
		expect(safeReturnPath(new URLSearchParams('terug=/%09/evil.com').get('terug'))).toBe('/');
	});
});
