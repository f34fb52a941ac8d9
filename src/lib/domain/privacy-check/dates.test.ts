import { describe, expect, it } from 'vitest';
import { found } from './test-helpers';

describe('dates', () => {
	it.each([
		['Ze is op 12-03-1956 in Leiden geboren.', '12-03-1956'],
		['Op 12/3/1956 trouwde haar moeder.', '12/3/1956'],
		['In het register staat 1956-03-12.', '1956-03-12'],
		['Hij kwam op 12 maart 1956 ter wereld.', '12 maart 1956'],
		['Op 3 mrt. 1956 verhuisde het gezin.', '3 mrt. 1956'],
		['Ze is geboren op 12 maart, in een koude winter.', '12 maart'],
		['Zijn verjaardag is op 5 mei, dan komt de hele straat.', '5 mei'],
		['Ze is geboren in maart 1956 in Marokko.', 'maart 1956'],
		['Op 1 januari 2001 begon ze als vrijwilliger.', '1 januari 2001'],
		['Ze is overleden op 14 februari 2020.', '14 februari 2020']
	])('finds the date in %j', (text, expected) => expect(found(text, 'datum')).toEqual([expected]));

	it.each([
		'In maart 2025 startte het project.',
		'In Q3 2025 waren er meer aanmeldingen.',
		'Sinds 2025 is het buurthuis open.',
		'In het voorjaar planten we bloembollen.',
		'Op 10 april is er een buurtfeest.',
		'Ze komt 1-2 keer per week.',
		'Het rooster voor 12/3 hangt bij de deur.',
		'Het schooljaar 2025-2026 begint.',
		'Versie 1.2.3 van het formulier.',
		'De datum 32-01-2020 en 12-13-2020 bestaan niet, 30 februari 1990 ook niet.'
	])('does not flag %j', (text) => expect(found(text, 'datum')).toEqual([]));
});
