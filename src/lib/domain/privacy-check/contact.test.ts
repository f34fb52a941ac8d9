import { describe, expect, it } from 'vitest';
import { found } from './test-helpers';

describe('e-mail addresses', () => {
	it.each([
		['Mail haar op jan.de.vries@gmail.com als je mee wilt doen.', 'jan.de.vries@gmail.com'],
		['Aanmelden via info@buurtkracht.nl.', 'info@buurtkracht.nl'],
		['Zijn adres is m.bouzid@hotmail.com, schrijf hem gerust.', 'm.bouzid@hotmail.com'],
		['Contact: fatima_elamrani@outlook.nl', 'fatima_elamrani@outlook.nl'],
		['Stuur het naar piet+wijk@leiden.nl voor vrijdag.', 'piet+wijk@leiden.nl'],
		['Zie [mail](mailto:ans@ziggo.nl) voor meer.', 'ans@ziggo.nl'],
		['Schrijf naar **wijkteam@gemeente.leiden.nl** met je vraag.', 'wijkteam@gemeente.leiden.nl'],
		['Haar mail (riet1956@kpnmail.nl) staat op de lijst.', 'riet1956@kpnmail.nl'],
		['Ayşe mailt via ayse.kaya@student.universiteitleiden.nl.', 'ayse.kaya@student.universiteitleiden.nl'],
		['Reacties naar redactie@wijkkrant-noord.nl graag.', 'redactie@wijkkrant-noord.nl']
	])('finds the address in %j', (text, expected) => expect(found(text, 'email')).toEqual([expected]));

	it.each([
		'Volg ons op @buurtkracht voor nieuws.',
		'Schrijf naar naam@ en vul de rest aan.',
		'Het adres a@b werkt niet.',
		'De prijs is 5 @ 10 euro.',
		'Stuur een mail naar de wijkagent.',
		'Het domein leiden.nl is van de gemeente.',
		'We ontmoeten elkaar @ het buurthuis.',
		'Een fout adres: jan@.nl',
		'Nog een fout adres: jan@gmail.c',
		'Twitter: @jandevries en @fatima'
	])('does not flag %j', (text) => expect(found(text, 'email')).toEqual([]));
});

describe('phone numbers', () => {
	it.each([
		['Bel haar op 06-12345678 voor een afspraak.', '06-12345678'],
		['Zijn nummer is 06 12 34 56 78.', '06 12 34 56 78'],
		['App gerust naar 0612345678!', '0612345678'],
		['Het wijkteam is bereikbaar op 071-5161234.', '071-5161234'],
		['Of bel 071 516 12 34 tussen 9 en 12 uur.', '071 516 12 34'],
		['Uit het buitenland: +31 6 12345678.', '+31 6 12345678'],
		['Telefoon +31(0)71 5161234 (kantoor).', '+31(0)71 5161234'],
		['Haar zoon belt via 0031 6 1234 5678.', '0031 6 1234 5678'],
		['Het servicenummer 088-1234567 is gratis.', '088-1234567'],
		['Bel (071) 516 12 34 voor de sleutel.', '(071) 516 12 34']
	])('finds the number in %j', (text, expected) => expect(found(text, 'telefoon')).toEqual([expected]));

	it.each([
		'In Q3 2025 begon de pilot.',
		'Het schooljaar 2025-2026 start in september.',
		'Ze neemt 10 mg per dag.',
		'Het project kostte € 1.234,56.',
		'Er waren 1.234 deelnemers in de wijk.',
		'De cijfers van 2025-Q3 komen later.',
		'We beginnen om 10:30 in het buurthuis.',
		'In 2025 waren er meer vrijwilligers.',
		'Het buurthuis zit in 2311 AB.',
		'Op 01-02-2023 12 uur kwam de brief.'
	])('does not flag %j', (text) => expect(found(text, 'telefoon')).toEqual([]));
});
