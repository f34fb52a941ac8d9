import { describe, expect, it } from 'vitest';
import { found } from './test-helpers';

describe('postcodes', () => {
	it.each([
		['Ze woont in 2311 AB en gaat graag wandelen.', '2311 AB'],
		['Postcode 2311AB, Leiden.', '2311AB'],
		['Het adres is 2312 GS 12 in Leiden-Noord.', '2312 GS 12'],
		['Post naar 2321 KL Leiden.', '2321 KL'],
		['Bezorgd op 1012 AB 3-A.', '1012 AB 3-A'],
		['Zoek op 2311ab in de app.', '2311ab'],
		['Vanuit 3511 LX kwam ze naar Leiden.', '3511 LX'],
		['(9711 AB) is haar oude postcode.', '9711 AB'],
		['In **2324 BK** staat het huis.', '2324 BK'],
		['Ze verhuisde van 2316 XZ naar een flat.', '2316 XZ']
	])('finds the postcode in %j', (text, expected) => expect(found(text, 'postcode')).toEqual([expected]));

	it.each([
		'Ze slikt 1234 mg per week.',
		'Een tablet van 10 mg helpt.',
		'Het is 50 km fietsen.',
		'In 2025 en 2026 loopt het project.',
		'Neem 3 ml siroop.',
		'De vracht woog 100 kg.',
		'Ze werkte 12 uur achter elkaar.',
		'In 2024 ze verhuisde.',
		'Het bestand is 1024 MB groot.',
		'Codes als 2311 SA, 2311 SS en 2311 SD bestaan niet; 0123 AB en 2311 Ab ook niet.'
	])('does not flag %j', (text) => expect(found(text, 'postcode')).toEqual([]));
});

describe('street and house number', () => {
	it.each([
		['Ze woont op de Breestraat 12 sinds haar trouwen.', 'Breestraat 12'],
		['Het huis aan de Lange Mare 12 is oud.', 'Lange Mare 12'],
		['Hij verhuisde naar de Oude Singel 45a.', 'Oude Singel 45a'],
		['Op de Van der Werffstraat 3 woont een gezin.', 'Van der Werffstraat 3'],
		['De winkel zit op Breestraat 12-A.', 'Breestraat 12-A'],
		['Post voor Haarlemmerweg 5 bis komt hier.', 'Haarlemmerweg 5 bis'],
		['Ze woont aan de Willem de Zwijgerlaan 8.', 'Willem de Zwijgerlaan 8'],
		['Het atelier aan de Hooigracht 21 is open.', 'Hooigracht 21'],
		['Op de Nieuwe Rijn 5 is een markt.', 'Nieuwe Rijn 5'],
		['Haar oude huis, Kooilaan 102, is gesloopt.', 'Kooilaan 102']
	])('finds the address in %j', (text, expected) => expect(found(text, 'adres')).toEqual([expected]));

	it.each([
		'De kinderen gaan de straat op.',
		'We hebben op 12 plekken bankjes gezet.',
		'Ze kwam in de wijk 3 keer langs.',
		'Hij ging weg 2 keer per week.',
		'Straat 3 van het plan is klaar.',
		'Weg 2 loopt langs het kanaal.',
		'Groep 8 ging op kamp.',
		'Hoofdstuk 3 gaat over wonen.',
		'Ze liep langs de Breestraat 3 keer per dag.',
		'Het Fietspad 2 is dicht, en de Breestraat is druk.'
	])('does not flag %j', (text) => expect(found(text, 'adres')).toEqual([]));
});
