import { describe, expect, it } from 'vitest';
import { found } from './test-helpers';

describe('exact ages next to other details', () => {
	it.each([
		['De weduwe is 87 jaar en woont alleen.', '87 jaar'],
		['De 87-jarige weduwnaar zit graag buiten.', '87-jarige'],
		['Een man van 87 woont met zijn zoon in de flat.', '87'],
		['Marie (87) woont bij haar kleindochter.', '(87)'],
		['Ze werd 101 jaar oud.', '101 jaar oud'],
		['Op 96-jarige leeftijd deed ze nog mee.', '96-jarige'],
		['Een vrouw van 98 zat op de bank.', '98'],
		['Mevrouw Bakker is 84 jaar oud.', '84 jaar oud'],
		['Hij is 79 jaar en woont op de Breestraat 12.', '79 jaar'],
		['Een meisje van 14 jaar uit de bovenwoning hielp mee.', '14 jaar']
	])('finds the age in %j', (text, expected) => expect(found(text, 'leeftijd')).toEqual([expected]));

	it.each([
		'Voor 65-plussers en hun kinderen is er koffie.',
		'Jongeren van 12 tot 18 jaar en hun broers zijn welkom.',
		'Ze woont al 10 jaar in de flat.',
		'Ze zorgde 3 jaar lang voor haar zus.',
		'Haar dochter kreeg een 7,5 voor het project.',
		'Mensen van 18 jaar of ouder met kinderen mogen stemmen.',
		'Het 25-jarig bestaan van de flat werd gevierd.',
		'Ouders van 4-jarigen en hun broers komen ook.',
		'Het is 10 jaar geleden dat haar man overleed.',
		'Ze is 87 jaar.'
	])('does not flag %j', (text) => expect(found(text, 'leeftijd')).toEqual([]));
});
