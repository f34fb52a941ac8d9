// Generates a large synthetic municipality for the benchmark: 100 wijken × 200 indicators × 40 quarters
// (808,000 measurements with the city totals) with a fixed seed, on either store: a SQLite file (raw
// prepared statements in one transaction) or a PostgreSQL database (unnest batches of 40,000 rows). The
// same seed gives the same rows on both.
//
// 20 organisations each deliver 10 indicators for all 100 wijken per quarter (one organisation's quarter is
// one delivery of 1,000 measurements); the gemeente delivers the city totals of all 200 indicators per
// quarter. Every delivery is inserted as a concept; one publication (`everything`) then makes them current.
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { rmSync } from 'node:fs';
import { periodEnd, periodRange, periodStart, requirePeriod, toPeriodCode } from '../../src/lib/domain/periods';
import { openDatabase, type Db, type StoreConfig } from '../../src/lib/server/db/client';
import * as publication from '../../src/lib/server/publish/publication';
import { createRandom } from '../demo/random';

export const LARGE = {
	gemeente: 'GM9999',
	name: 'Benchstad (synthetisch)',
	wijken: 100,
	indicators: 200,
	organisations: 20,
	from: '2016-Q1',
	to: '2025-Q4'
};

const G = LARGE.gemeente;
const PER_ORGANISATION = LARGE.indicators / LARGE.organisations;

export const wijkCodes = Array.from({ length: LARGE.wijken }, (_, i) => `WK9999${String(i).padStart(2, '0')}`);
export const indicatorCodes = Array.from({ length: LARGE.indicators }, (_, i) => `I${String(i + 1).padStart(3, '0')}`);
export const organisationIds = Array.from({ length: LARGE.organisations }, (_, i) => `bench-org-${String(i + 1).padStart(2, '0')}`);
export const GEMEENTE_ORGANISATION = 'bench-gemeente';
export const quarterCodes = periodRange(requirePeriod(LARGE.from), requirePeriod(LARGE.to)).map(toPeriodCode);

/** The indicators organisation `index` (0-based) delivers. */
export function indicatorsOf(organisationIndex: number): string[] {
	return indicatorCodes.slice(organisationIndex * PER_ORGANISATION, (organisationIndex + 1) * PER_ORGANISATION);
}

/** Percentages rest on a sample of 200; counts are their own basis (values below min_n 5 are small cells). */
export function isPercent(indicatorCode: string): boolean {
	return (Number(indicatorCode.slice(1)) - 1) % 3 === 0;
}

/** A synthetic value for a wijk: drawn from `next`, so a fixed seed gives fixed values. */
export function syntheticValue(indicatorCode: string, next: () => number): { value: number; n: number | null } {
	return isPercent(indicatorCode) ? { value: Math.round(20 + 60 * next()), n: 200 } : { value: Math.round(2 + 300 * next()), n: null };
}

/** One measurement row as stored (the columns the generator fills; the others stay null). */
export interface Row {
	indicator: string;
	area: string;
	value: number;
	n: number | null;
}

export interface GeneratedDelivery {
	id: string;
	organisationId: string;
	period: string;
	periodStart: string;
	periodEnd: string;
	rows: Row[];
}

/** Every delivery in insertion order: per quarter the 20 organisations, then the gemeente's city totals. */
function* generateDeliveries(seed: number): Generator<GeneratedDelivery> {
	const random = createRandom(seed);
	for (const period of quarterCodes) {
		const q = requirePeriod(period);
		const bounds = { period, periodStart: periodStart(q), periodEnd: periodEnd(q) };
		const totals = new Map<string, number>();
		for (const [index, organisationId] of organisationIds.entries()) {
			const rows: Row[] = [];
			for (const indicator of indicatorsOf(index)) {
				let total = 0;
				for (const area of wijkCodes) {
					const { value, n } = syntheticValue(indicator, random.next);
					total += value;
					rows.push({ indicator, area, value, n });
				}
				totals.set(indicator, total);
			}
			yield { id: `bench-${organisationId.slice(6)}-${period}`, organisationId, ...bounds, rows };
		}
		const city = indicatorCodes.map((indicator) => {
			const total = totals.get(indicator)!;
			return isPercent(indicator)
				? { indicator, area: G, value: Math.round(total / wijkCodes.length), n: 200 * wijkCodes.length }
				: { indicator, area: G, value: total, n: null };
		});
		yield { id: `bench-gm-${period}`, organisationId: GEMEENTE_ORGANISATION, ...bounds, rows: city };
	}
}

/** The catalogue, areas and organisations: a few hundred rows, written the same way on both stores. */
async function insertCatalogue(db: Db): Promise<void> {
	const now = new Date().toISOString();
	if (await db.selectFrom('gemeenten').select('code').where('code', '=', G).executeTakeFirst()) {
		throw new Error(`${G} already exists in this database; the generator needs an empty one`);
	}
	await db.insertInto('gemeenten').values({ code: G, name: LARGE.name, public_dashboard: 1, publication_version: 0, created_at: now }).execute();
	await db
		.insertInto('areas')
		.values({ gemeente_code: G, code: G, name: LARGE.name, level: 'gemeente', parent_code: null, geometry: null, population: LARGE.wijken * 8000 })
		.execute();
	await db
		.insertInto('areas')
		.values(wijkCodes.map((code, i) => ({ gemeente_code: G, code, name: `Wijk ${i + 1}`, level: 'wijk' as const, parent_code: G, geometry: null, population: 8000 })))
		.execute();
	const themes = ['a', 'b', 'c', 'd', 'e'];
	await db
		.insertInto('themes')
		.values(themes.map((t, i) => ({ gemeente_code: G, code: t, name: `Thema ${t.toUpperCase()}`, description: 'Synthetisch thema voor de benchmark.', position: i })))
		.execute();
	await db
		.insertInto('indicators')
		.values(
			indicatorCodes.map((code, i) => ({
				gemeente_code: G,
				code,
				name: `Indicator ${i + 1}`,
				theme_code: themes[i % themes.length]!,
				unit: isPercent(code) ? 'procent' : 'aantal',
				frequency: 'kwartaal' as const,
				source: 'synthetisch',
				kind: 'output' as const,
				direction: 'neutraal' as const,
				delivered_by: 'organisatie' as const,
				target_value: null,
				target_note: null,
				min_n: 5,
				valid_from: null,
				valid_to: null,
				position: i
			}))
		)
		.execute();
	await db
		.insertInto('indicator_definitions')
		.values(indicatorCodes.map((code) => ({ gemeente_code: G, indicator_code: code, valid_from: LARGE.from, definition: 'Synthetische indicator voor de benchmark.', change_note: null })))
		.execute();
	await db
		.insertInto('organisations')
		.values([
			...organisationIds.map((id, i) => ({ id, gemeente_code: G, name: `Organisatie ${String(i + 1).padStart(2, '0')}`, type: 'welzijnsorganisatie' as const, created_at: now })),
			{ id: GEMEENTE_ORGANISATION, gemeente_code: G, name: 'Gemeente Benchstad', type: 'gemeente' as const, created_at: now }
		])
		.execute();
}

function deliveryRow(d: GeneratedDelivery, now: string) {
	return {
		id: d.id,
		gemeente_code: G,
		organisation_id: d.organisationId,
		period: d.period,
		version: 1,
		replaces_id: null,
		status: 'concept' as const,
		file_name: null,
		file_sha256: null,
		validation_report: null,
		created_by: null,
		created_at: now,
		submitted_at: null,
		published_at: null
	};
}

/** SQLite: raw prepared statements in one transaction, durability off while loading. */
function insertSqlite(path: string, seed: number): { measurements: number; ids: string[] } {
	const db = new SQLite(path);
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = OFF');
	const now = new Date().toISOString();
	const ids: string[] = [];
	let measurements = 0;
	const delivery = db.prepare(
		"insert into deliveries (id, gemeente_code, organisation_id, period, version, status, created_at) values (?, ?, ?, ?, 1, 'concept', ?)"
	);
	const measurement = db.prepare(
		'insert into measurements (gemeente_code, delivery_id, indicator_code, area_code, period, period_start, period_end, value, n) values (?, ?, ?, ?, ?, ?, ?, ?, ?)'
	);
	db.transaction(() => {
		for (const d of generateDeliveries(seed)) {
			delivery.run(d.id, G, d.organisationId, d.period, now);
			for (const r of d.rows) measurement.run(G, d.id, r.indicator, r.area, d.period, d.periodStart, d.periodEnd, r.value, r.n);
			measurements += d.rows.length;
			ids.push(d.id);
		}
	})();
	db.pragma('synchronous = FULL');
	db.close();
	return { measurements, ids };
}

/**
 * PostgreSQL: the deliveries in one statement, then the measurements as columns through unnest, 40,000 rows a
 * statement, on one connection. The rows are consistent by construction, so where the role may (a superuser,
 * as in the throwaway cluster) the foreign-key triggers are skipped while loading: that halves the time.
 */
async function insertPostgres(pool: Db, seed: number): Promise<{ measurements: number; ids: string[] }> {
	return pool.connection().execute(async (db) => {
		const skipChecks = await sql`set session_replication_role = replica`.execute(db).then(
			() => true,
			() => false
		);
		const loaded = await insertPostgresRows(db, seed);
		if (skipChecks) await sql`set session_replication_role = origin`.execute(db);
		// What autovacuum would do shortly after such a load; the publication's plans depend on it.
		await sql`analyze`.execute(db);
		return loaded;
	});
}

async function insertPostgresRows(db: Db, seed: number): Promise<{ measurements: number; ids: string[] }> {
	const BATCH = 40_000;
	const now = new Date().toISOString();
	const all = [...generateDeliveries(seed)];
	await db.insertInto('deliveries').values(all.map((d) => deliveryRow(d, now))).execute();
	const columns = () => ({ delivery: [] as string[], indicator: [] as string[], area: [] as string[], period: [] as string[], start: [] as string[], end: [] as string[], value: [] as number[], n: [] as (number | null)[] });
	let batch = columns();
	const flush = async () => {
		if (batch.delivery.length === 0) return;
		const b = batch;
		batch = columns();
		await sql`
			insert into measurements (gemeente_code, delivery_id, indicator_code, area_code, period, period_start, period_end, value, n)
			select ${G}, d, i, a, p, ps, pe, v, n
			from unnest(${b.delivery}::text[], ${b.indicator}::text[], ${b.area}::text[], ${b.period}::text[], ${b.start}::text[], ${b.end}::text[], ${b.value}::float8[], ${b.n}::integer[])
				as t(d, i, a, p, ps, pe, v, n)`.execute(db);
	};
	let measurements = 0;
	for (const d of all) {
		for (const r of d.rows) {
			batch.delivery.push(d.id);
			batch.indicator.push(r.indicator);
			batch.area.push(r.area);
			batch.period.push(d.period);
			batch.start.push(d.periodStart);
			batch.end.push(d.periodEnd);
			batch.value.push(r.value);
			batch.n.push(r.n);
		}
		measurements += d.rows.length;
		if (batch.delivery.length >= BATCH) await flush();
	}
	await flush();
	return { measurements, ids: all.map((d) => d.id) };
}

export interface Inserted {
	/** Measurements written (808,000). */
	measurements: number;
	/** Every delivery, all concepts, in insertion order. */
	deliveryIds: string[];
}

/**
 * Writes the municipality into a fresh store: a SQLite file (`path` is replaced) or an empty PostgreSQL
 * database (migrated here). Every delivery is left a concept: publish them with `publishLargeGemeente`.
 */
export async function insertLargeGemeente(store: StoreConfig | string, seed = 7): Promise<Inserted> {
	const config: StoreConfig = typeof store === 'string' ? { kind: 'sqlite', path: store } : store;
	if (config.kind === 'sqlite') for (const suffix of ['', '-wal', '-shm']) rmSync(`${config.path}${suffix}`, { force: true });
	const db = await openDatabase(config); // migrations
	try {
		await insertCatalogue(db);
		const { measurements, ids } = config.kind === 'sqlite' ? insertSqlite(config.path, seed) : await insertPostgres(db, seed);
		return { measurements, deliveryIds: ids };
	} finally {
		await db.destroy();
	}
}

/** Makes every generated delivery current in one publication. */
export async function publishLargeGemeente(db: Db, deliveryIds: string[]): Promise<publication.Publication> {
	return publication.publish(
		{ db, gemeente: G },
		{ kind: 'demo', summary: 'Benchmark', by: null, deliveries: deliveryIds.map((id) => ({ id })), everything: true }
	);
}

/** Generates and publishes the municipality; returns the measurement count, the publication's version and how long each part took. */
export async function createLargeGemeente(
	store: StoreConfig | string,
	seed = 7
): Promise<{ measurements: number; deliveries: number; version: number; insertMs: number; publishMs: number }> {
	let started = performance.now();
	const { measurements, deliveryIds } = await insertLargeGemeente(store, seed);
	const insertMs = performance.now() - started;
	const db = await openDatabase(store);
	try {
		started = performance.now();
		const { version } = await publishLargeGemeente(db, deliveryIds);
		return { measurements, deliveries: deliveryIds.length, version, insertMs, publishMs: performance.now() - started };
	} finally {
		await db.destroy();
	}
}
