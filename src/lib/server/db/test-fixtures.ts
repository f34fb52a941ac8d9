// Test factories: a migrated database on either store, and one small gemeente. Used by repository, publish
// and auth tests, which run every case on SQLite and on PostgreSQL (a throwaway cluster started by
// src/lib/testing/pg-global-setup.ts, or the one WIJKBEELD_TEST_PG names).
import { sql } from 'kysely';
import { inject } from 'vitest';
import { openDatabase, openPostgres, type Db } from './client';
import * as areas from './areas';
import * as gemeenten from './gemeenten';
import * as indicators from './indicators';
import * as organisations from './organisations';
import * as publication from '../publish/publication';
import type { Scope } from './scope';
import * as themes from './themes';

export type StoreKind = 'sqlite' | 'postgres';

/** Both stores: every suite that touches SQL runs on each. */
export const stores: StoreKind[] = ['sqlite', 'postgres'];

/** A fresh migrated in-memory database. */
export async function memoryDb() {
	return openDatabase(':memory:');
}

/** The test cluster's address of database `name`. */
export function postgresUrl(name: string): string {
	const url = new URL(inject('postgresUrl'));
	url.pathname = `/${name}`;
	return url.toString();
}

/** A new PostgreSQL database copied from the migrated template, and how to drop it again. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
	const name = `wb_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
	const admin = openPostgres(postgresUrl('postgres'), 1);
	try {
		await sql`create database ${sql.id(name)} template ${sql.id(inject('postgresTemplate'))}`.execute(admin);
	} finally {
		await admin.destroy();
	}
	return {
		url: postgresUrl(name),
		drop: async () => {
			const dropper = openPostgres(postgresUrl('postgres'), 1);
			try {
				await sql`drop database if exists ${sql.id(name)} with (force)`.execute(dropper);
			} finally {
				await dropper.destroy();
			}
		}
	};
}

/**
 * A fresh, migrated, empty database: SQLite in memory, or a new PostgreSQL database copied from the
 * migrated template. `destroy()` drops the PostgreSQL database again.
 */
export async function testDb(kind: StoreKind, poolSize = 10): Promise<Db> {
	if (kind === 'sqlite') return memoryDb();
	const created = await createPostgresDatabase();
	const db = await openDatabase({ kind: 'postgres', url: created.url, poolSize });
	const destroy = db.destroy.bind(db);
	return Object.assign(db, {
		destroy: async () => {
			await destroy();
			await created.drop();
		}
	});
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

/** Publishes one delivery as its own publication, through the function production publishes with. */
export async function publishDelivery(scope: Scope, id: string, at?: string) {
	return publication.publish(scope, { kind: 'aanlevering', summary: `Aanlevering ${id}`, by: null, deliveries: [{ id, at }], at });
}
