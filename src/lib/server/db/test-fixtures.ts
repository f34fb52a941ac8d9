// Test factories: a migrated in-memory database with one small gemeente. Used by repository and publish tests.
import { openDatabase } from './client';
import * as areas from './areas';
import * as gemeenten from './gemeenten';
import * as indicators from './indicators';
import * as organisations from './organisations';
import type { Scope } from './scope';
import * as themes from './themes';

/** A fresh migrated in-memory database. */
export async function memoryDb() {
	return openDatabase(':memory:');
}

/** Adds gemeente `code` with two wijken, one theme, a count and a survey indicator, and one organisation. */
export async function seedSmallGemeente(scope: Scope): Promise<{ organisationId: string }> {
	await gemeenten.ensure(scope.db, scope.gemeente, `Gemeente ${scope.gemeente}`);
	const w = scope.gemeente.slice(2);
	await areas.createMany(scope, [
		{ code: scope.gemeente, name: 'Stad', level: 'gemeente', parentCode: null, population: 2000 },
		{ code: `WK${w}01`, name: 'Noord', level: 'wijk', parentCode: scope.gemeente, population: 1200, geometry: { type: 'Point', coordinates: [4.5, 52.1] } },
		{ code: `WK${w}02`, name: 'Zuid', level: 'wijk', parentCode: scope.gemeente, population: 800 }
	]);
	await themes.create(scope, { code: 'meedoen', name: 'Meedoen en ontmoeten', description: 'Iedereen doet mee.', position: 1 });
	const base = {
		themeCode: 'meedoen',
		source: 'registratie',
		deliveredBy: 'organisatie' as const,
		targetValue: null,
		targetNote: null,
		validFrom: null,
		validTo: null
	};
	await indicators.create(
		scope,
		{ ...base, code: 'DEELN', name: 'Deelnemers', unit: 'aantal', frequency: 'kwartaal', kind: 'output', direction: 'neutraal', minN: 5, position: 1 },
		[
			{ validFrom: '2021-Q1', definition: 'Per activiteit geteld.', changeNote: null },
			{ validFrom: '2024-Q1', definition: 'Eén keer per kwartaal geteld.', changeNote: 'Telwijze veranderd.' }
		]
	);
	await indicators.create(
		scope,
		{ ...base, code: 'TEV', name: 'Tevredenheid', unit: 'rapportcijfer', frequency: 'halfjaar', kind: 'ervaring', direction: 'hoger', minN: 10, position: 2 },
		[{ validFrom: '2021-H1', definition: 'Gemiddeld rapportcijfer.', changeNote: null }]
	);
	const organisationId = await organisations.create(scope, { name: `Welzijn ${scope.gemeente}`, type: 'welzijnsorganisatie' });
	await organisations.assign(scope, organisationId, ['DEELN', 'TEV'], [`WK${w}01`, `WK${w}02`]);
	return { organisationId };
}
