import { readFileSync } from 'node:fs';
import { checkPrivacy } from '../../src/lib/domain/privacy-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as deliveries from '../../src/lib/server/db/deliveries';
import * as indicators from '../../src/lib/server/db/indicators';
import * as stories from '../../src/lib/server/db/stories';
import type { Db } from '../../src/lib/server/db/client';
import { sql } from 'kysely';
import { isPostgres } from '../../src/lib/server/db/dialect';
import * as authSessions from '../../src/lib/server/db/auth-sessions';
import * as audit from '../../src/lib/server/db/audit';
import * as throttles from '../../src/lib/server/db/throttles';
import { stores, testDb } from '../../src/lib/server/db/test-fixtures';
import { listVisible } from '../../src/lib/server/publish/figures';
import * as publication from '../../src/lib/server/publish/publication';
import { parseCatalogue, parseWijken } from './catalogue';
import { SESSIONS, STORIES } from './content';
import { generateDemo } from './generate';
import { loadDemo } from './load';
import { createRandom } from './random';
import * as storySearch from '../../src/lib/server/db/story-search';
import { seedDemo, tenantTables } from './seed';
import * as afspraken from '../../src/lib/server/db/afspraken';
import * as sessions from '../../src/lib/server/db/duiding-sessions';
import * as notes from '../../src/lib/server/db/notes';
import { isOverdue } from '../../src/lib/domain/duiding/afspraken';
import { carriedAfspraken } from '../../src/lib/server/duiding/prepare';

const csv = readFileSync(new URL('../../data/indicatoren.csv', import.meta.url), 'utf8');
const geojson = readFileSync(new URL('../../data/leiden-wijken-2023.geojson', import.meta.url), 'utf8');

describe('createRandom', () => {
	it('repeats for the same seed and differs for another', () => {
		const a = createRandom(7);
		const b = createRandom(7);
		const c = createRandom(8);
		const take = (r: ReturnType<typeof createRandom>) => [r.next(), r.next(), r.id()];
		expect(take(a)).toEqual(take(b));
		expect(take(createRandom(7))).not.toEqual(take(c));
	});
	it('rejects a seed that is not an integer, naming it', () => {
		expect(() => createRandom(1.5)).toThrow(/1.5/);
	});
});

describe('generateDemo', () => {
	it('gives the same data for the same seed, and other values for another seed', () => {
		const a = loadDemo(1);
		expect(JSON.stringify(loadDemo(1))).toBe(JSON.stringify(a));
		const values = (d: ReturnType<typeof loadDemo>) => d.deliveries.flatMap((x) => x.delivery.measurements.map((m) => m.value));
		expect(values(loadDemo(2))).not.toEqual(values(a));
	});

	it('covers Leiden: ten wijken and the city, 32 indicators, three welfare organisations and the gemeente', () => {
		const demo = loadDemo();
		expect(demo.areas.filter((a) => a.level === 'wijk')).toHaveLength(10);
		expect(demo.areas.find((a) => a.level === 'gemeente')?.code).toBe('GM0546');
		expect(demo.indicators).toHaveLength(32);
		expect(demo.organisations.filter((o) => o.type === 'welzijnsorganisatie')).toHaveLength(3);
		expect(demo.stories.length).toBeGreaterThanOrEqual(35);
		expect(demo.sessions).toHaveLength(6);
		const total = demo.areas.find((a) => a.level === 'gemeente')!.population!;
		expect(total).toBeGreaterThan(125_000);
		expect(total).toBeLessThan(135_000);
	});

	it('has missing periods with a reason, a definition change and a correction', () => {
		const demo = loadDemo();
		const rows = demo.deliveries.flatMap((d) => d.delivery.measurements);
		const missing = rows.filter((m) => m.value === null);
		expect(missing.length).toBeGreaterThan(0);
		expect(missing.every((m) => (m.missingReason ?? '').length > 10)).toBe(true);
		expect(demo.indicators.find((i) => i.indicator.code === 'DEELN_UNIEK')?.definitions).toHaveLength(2);
		const q2 = demo.deliveries.filter((d) => d.delivery.period === '2025-Q2' && d.delivery.organisationId === demo.organisations[0]!.id);
		expect(q2).toHaveLength(2);
		expect(rows.filter((m) => m.toelichting).length).toBeGreaterThanOrEqual(5);
	});

	it('makes the city total the sum of its wijken for counts', () => {
		const rows = loadDemo().deliveries.filter((d) => d.publishedAt).at(-1)!.delivery.measurements.filter((m) => m.indicatorCode === 'AANMELD_SWT');
		const city = rows.find((m) => m.areaCode === 'GM0546')!.value!;
		const sum = rows.filter((m) => m.areaCode !== 'GM0546').reduce((s, m) => s + m.value!, 0);
		expect(city).toBe(sum);
	});

	it('rejects content that names an unknown indicator, wijk or theme, naming the value', () => {
		const base = { catalogue: parseCatalogue(csv), wijken: parseWijken(geojson), sessions: SESSIONS };
		const story = STORIES[0]!;
		expect(() => generateDemo({ ...base, stories: [{ ...story, indicators: ['NOPE'] }] })).toThrow(/unknown indicator "NOPE"/);
		expect(() => generateDemo({ ...base, stories: [{ ...story, wijk: 'WK999999' }] })).toThrow(/unknown wijk "WK999999"/);
		expect(() => generateDemo({ ...base, stories: [{ ...story, themes: ['geluk'] }] })).toThrow(/unknown theme "geluk"/);
		expect(() => generateDemo({ ...base, stories: [{ ...story, period: '2024-Q9' }] })).toThrow(/"2024-Q9"/);
	});
});

describe('parseCatalogue and parseWijken', () => {
	it('reads the 32 indicators', () => {
		const rows = parseCatalogue(csv);
		expect(rows).toHaveLength(32);
		expect(rows[0]).toMatchObject({ code: 'DEELN_UNIEK', themeCode: 'meedoen', frequency: 'kwartaal', deliveredBy: 'organisatie' });
	});
	it('refuses a malformed catalogue with the line and what is wrong, through the import every gemeente uses', () => {
		const bad = csv.replace('DEELN_UNIEK;Unieke deelnemers aan activiteiten;Meedoen en ontmoeten;aantal;kwartaal', 'DEELN_UNIEK;Unieke deelnemers aan activiteiten;Meedoen en ontmoeten;aantal;maandelijks');
		expect(() => parseCatalogue(bad)).toThrow(/Regel 2.*frequentie/i);
		expect(() => parseCatalogue('code;naam\nX;Y')).toThrow(/kolom "thema" ontbreekt/);
		const dup = csv + csv.split('\n')[1] + '\n';
		expect(() => parseCatalogue(dup)).toThrow(/DEELN_UNIEK staat twee keer/);
	});
	it('reads the wijken through the area import, and refuses a file without CBS codes', () => {
		expect(parseWijken(geojson)).toHaveLength(10);
		expect(() => parseWijken('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"X1"},"geometry":null}]}')).toThrow(/wijk GeoJSON/);
		expect(() => parseWijken('[]')).toThrow(/FeatureCollection/);
	});
});

/** Every table with a gemeente_code column, as the store itself reports it. */
async function tablesWithTenantColumn(db: Db): Promise<string[]> {
	if (isPostgres(db)) {
		const rows = await sql<{ table_name: string }>`select table_name from information_schema.columns where column_name = 'gemeente_code' and table_schema = current_schema()`.execute(db);
		return rows.rows.map((r) => r.table_name).sort();
	}
	const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
	const found: string[] = [];
	for (const { name } of tables.rows) {
		const columns = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(db);
		if (columns.rows.some((c) => c.name === 'gemeente_code')) found.push(name);
	}
	return found.sort();
}

describe.each(stores)('seedDemo on %s', (store) => {
	let db: Db;
	afterEach(async () => db?.destroy());

	it('knows every table that holds a gemeente’s rows, so a reset cannot forget one', async () => {
		db = await testDb(store);
		expect(await tablesWithTenantColumn(db)).toEqual(tenantTables(db).sort());
	});

	it('writes and publishes the demo, refuses to write it twice, and resets a database the app has served', async () => {
		db = await testDb(store);
		const demo = loadDemo();
		const report = await seedDemo(db, demo);
		const scope = { db, gemeente: 'GM0546' };
		expect(report.measurements).toBeGreaterThan(4000);
		expect((await indicators.list(scope)).length).toBe(32);
		const published = await listVisible(scope, 'intern', { indicatorCodes: ['DEELN_UNIEK'], areaCodes: ['WK054608'] });
		const q2 = published.find((m) => m.period === '2025-Q2')!;
		expect(q2.value).toBeLessThan(2000);
		expect((await deliveries.list(scope)).filter((d) => d.status === 'vervangen')).toHaveLength(1);
		// Every published demo story is readable internally; the two concepts are not readable by anyone.
		expect((await stories.listReadable(scope, { audience: 'intern', organisationId: null })).length).toBe(demo.stories.filter((s) => s.status === 'gepubliceerd').length);
		const concepts = demo.stories.filter((s) => s.status === 'concept');
		expect(concepts).toHaveLength(2);
		// Both trip the privacy check, so the review step has something to show.
		expect(concepts.map((s) => checkPrivacy(s.body).map((f) => f.kind).sort())).toEqual([['naam', 'telefoon'], ['adres', 'leeftijd']]);
		const first = await publication.currentVersion(scope);
		expect(first).toBe(1);
		// Complete duidingssessies: held ones published with what they saw, a linked disagreement, afspraken in
		// every status with one overdue, and open ones that come back at the planned session.
		const held = (await sessions.list(scope)).filter((s) => s.status === 'afgerond');
		expect(held.length).toBe(5);
		expect(held.every((s) => s.resultsPublishedAt)).toBe(true);
		const allNotes = await notes.listReadable(scope, { audience: 'intern', organisationId: null });
		expect(allNotes.length).toBe(report.notes);
		expect(allNotes.filter((n) => n.periodFrom === n.periodTo).length).toBeGreaterThan(5);
		expect(allNotes.filter((n) => n.periodFrom !== n.periodTo).length).toBeGreaterThan(5);
		expect(allNotes.filter((n) => n.kind === 'tegenspraak').every((n) => allNotes.some((m) => m.id === n.repliesToNoteId))).toBe(true);
		expect(allNotes.filter((n) => n.valueSeen !== null).length).toBeGreaterThan(20);
		const agreed = await afspraken.listInContext(scope);
		expect(new Set(agreed.map((a) => a.status))).toEqual(new Set(['open', 'loopt', 'afgerond', 'vervallen']));
		expect(agreed.filter((a) => isOverdue(a, '2026-11-30')).map((a) => a.deadline)).toEqual(['2026-01-15']);
		const planned = (await sessions.list(scope)).find((s) => s.status === 'gepland')!;
		const carried = await carriedAfspraken(scope, { audience: 'intern', organisationId: null }, (await sessions.get(scope, planned.id))!, { id: 'x', role: 'beleidsmedewerker', organisationId: null });
		expect(carried.length).toBeGreaterThan(0);

		await expect(seedDemo(db, demo)).rejects.toThrow(/already exists/);
		expect((await deliveries.list(scope)).length).toBe(demo.deliveries.length);

		// What serving leaves behind: a login session, throttle rows, audit entries, a later publication.
		const user = await db.selectFrom('users').select('id').where('gemeente_code', '=', 'GM0546').executeTakeFirstOrThrow();
		await authSessions.create(scope, { id: 'abc', userId: user.id, expiresAt: '2099-01-01T00:00:00Z' });
		await throttles.hit(scope, 'ip:127.0.0.1', Date.now(), { maxFailures: 5, windowMs: 60_000, lockMs: 60_000 });
		await audit.record(scope, { userId: user.id, action: 'login.gelukt' });
		await publication.publish(scope, { kind: 'herberekening', summary: 'test', by: user.id, everything: true });
		const extra = await stories.create(scope, { ...demo.stories[0]!, id: undefined, title: 'Geschreven na de demo' });
		await storySearch.index(scope, extra, 'Geschreven na de demo', '');

		await seedDemo(db, demo, new Map(), { replace: true });
		expect((await indicators.list(scope)).length).toBe(32);
		expect((await deliveries.list(scope)).length).toBe(demo.deliveries.length);
		expect(await db.selectFrom('auth_sessions').select('id').execute()).toEqual([]);
		// The number keeps rising across a reset, so no cache mistakes the new figures for the old ones.
		expect(await publication.currentVersion(scope)).toBe(first + 2);
		expect((await publication.history(scope)).map((p) => p.kind)).toEqual(['demo']);
		// The stories are searchable, each once: the reset emptied the search index too.
		const story = demo.stories[0]!;
		expect(await storySearch.search(scope, story.title)).toContain(story.id);
		expect(await storySearch.search(scope, 'Geschreven na de demo')).toEqual([]);
		if (!isPostgres(db)) {
			const indexed = await sql<{ n: number }>`select count(*) as n from story_search where gemeente_code = 'GM0546'`.execute(db);
			expect(Number(indexed.rows[0]!.n)).toBe(demo.stories.length);
		}
	});
});
