import { describe, expect, it } from 'vitest';
import { passesElfproef } from './numbers';
import { found } from './test-helpers';

describe('BSN-like numbers', () => {
	it('applies the elfproef', () => {
		expect(passesElfproef('123456782')).toBe(true);
		expect(passesElfproef('111222333')).toBe(true);
		expect(passesElfproef('123456789')).toBe(false);
		expect(passesElfproef('000000000')).toBe(false);
	});

	it.each([
		['Haar BSN is 123456782.', '123456782'],
		['Burgerservicenummer: 123.456.782', '123.456.782'],
		['Hij gaf 123 456 782 door aan de balie.', '123 456 782'],
		['Op het formulier stond 1234.56.782.', '1234.56.782'],
		['Nummer 111222333 stond op de brief.', '111222333'],
		['BSN (999999990) hoort niet in een verhaal.', '999999990'],
		['Zie 010000008 in het dossier.', '010000008'],
		['Ze noemde 192837461 aan de telefoon.', '192837461'],
		['Het BSN 111.222.333 van haar zoon.', '111.222.333'],
		['**123456782** staat vet gedrukt.', '123456782']
	])('finds the number in %j', (text, expected) => expect(found(text, 'bsn')).toEqual([expected]));

	it.each([
		'Het dossiernummer is 123456789.',
		'Ze won 123.456.789 punten.',
		'Het kost € 123.456.782 voor de hele stad.',
		'Het nummer 1234567820 is te lang.',
		'Het nummer 12345678 is te kort.',
		'Nullen 000000000 tellen niet.',
		'De code 987654321 klopt niet.',
		'Uitgaven: 123.456.782,50 euro.',
		'Bel 0612345678 voor info.',
		'Het artikelnummer AB123456782 is intern.'
	])('does not flag %j', (text) => expect(found(text, 'bsn')).toEqual([]));

	it('leaves a phone number that passes the elfproef to the phone rule', () => {
		// 612345671 passes the elfproef; after +31 it is a phone number
		expect(passesElfproef('612345671')).toBe(true);
		expect(found('Bel +31 612345671.', 'telefoon')).toEqual(['+31 612345671']);
		expect(found('Bel +31 612345671.', 'bsn')).toEqual([]);
	});
});
