import { describe, expect, it } from 'vitest';
import { FIRST_NAMES, SURNAMES } from './names-data';
import { found } from './test-helpers';

describe('personal names', () => {
	it('ships a list of common first names and surnames', () => {
		expect(FIRST_NAMES.length).toBeGreaterThanOrEqual(300);
		expect(SURNAMES.length).toBeGreaterThanOrEqual(200);
		expect(new Set(SURNAMES).size).toBe(SURNAMES.length);
	});

	it.each([
		['Gisteren sprak ik Jan de Vries in de wijk.', ['Jan de Vries']],
		['Toen kwam Fatima el Amrani binnen.', ['Fatima el Amrani']],
		['Mevrouw Van den Berg woont hier al lang.', ['Van den Berg']],
		['Ook Piet van der Linden hielp mee.', ['Piet van der Linden']],
		['Dat zei J. de Vries tegen de wijkagent.', ['J. de Vries']],
		['Volgens A.B. Jansen klopt het niet.', ['A.B. Jansen']],
		['Ik sprak mevrouw Bakker en meneer Yilmaz.', ['Bakker', 'Yilmaz']],
		['Elke zondag komt oma Jansen op bezoek.', ['Jansen']],
		['Toen zei Mohamed dat het goed ging.', ['Mohamed']],
		['Fatima vertelt over de buurt. Later zei Fatima het nog eens.', ['Fatima', 'Fatima']],
		['De buren dhr. Öztürk en mw. Ayşe Kaya doen mee.', ['Öztürk', 'Ayşe Kaya']],
		['Het gesprek met Ramdin ging goed.', ['Ramdin']],
		['Mohamed Bouzid zegt dat hij blij is.', ['Mohamed Bouzid']],
		['Roos Bakker leest voor.', ['Roos Bakker']]
	])('finds the names in %j', (text, expected) => expect(found(text, 'naam')).toEqual(expected));

	it.each([
		'Jan woont hier al jaren.',
		'Roos is een mooie bloem.',
		'We liepen langs de Mare naar huis.',
		'In Mei gaan we weer schoonmaken, en in Juni ook.',
		'Stichting Buurtkracht helpt bij de boodschappen.',
		'Gemeente Leiden betaalt de huur.',
		'Het Buurthuis is op dinsdag open.',
		'De bakker is dicht op maandag.',
		'We gaan naar de Jan Ligthartschool.',
		'Aan de Willem de Zwijgerlaan staan bomen.',
		'In de Hoek staat een bankje.',
		'Op Koningsdag is er een vrijmarkt in Leiden.'
	])('does not flag %j', (text) => expect(found(text, 'naam')).toEqual([]));
});
