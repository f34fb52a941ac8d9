// Two app instances on one PostgreSQL, as behind a load balancer: a publication through one is served by
// the other at once, and concurrent publications and role changes through both keep every invariant.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../scripts/demo/accounts';
import { loadDemo } from '../../scripts/demo/load';
import { seedDemo } from '../../scripts/demo/seed';
import { hashPassword } from '../../src/lib/server/auth/passwords';
import { openDatabase, type Db } from '../../src/lib/server/db/client';
import * as deliveries from '../../src/lib/server/db/deliveries';
import { createPostgresDatabase } from '../../src/lib/server/db/test-fixtures';
import * as users from '../../src/lib/server/db/users';
import { Client, startInstance, type AppInstance } from './app-instance';

const scope = (db: Db) => ({ db, gemeente: 'GM0546' });
const account = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const versionIn = (html: string) => Number(/\/api\/snapshot\/GM0546\/\w+\/(\d+)/.exec(html)?.[1]);

describe('two instances on one PostgreSQL', () => {
	let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
	let db: Db;
	let a: AppInstance;
	let b: AppInstance;

	beforeAll(async () => {
		database = await createPostgresDatabase();
		db = await openDatabase({ kind: 'postgres', url: database.url });
		const hashes = new Map(await Promise.all(DEMO_ACCOUNTS.map(async (x) => [x.email, await hashPassword(x.password)] as const)));
		await seedDemo(db, loadDemo(), hashes);
		[a, b] = await Promise.all([startInstance(database.url), startInstance(database.url)]);
	});
	afterAll(async () => {
		await Promise.all([a?.stop(), b?.stop()]);
		await db?.destroy();
		await database?.drop();
	});

	it('serves a publication made through one instance from the other at once', async () => {
		const reader = new Client(b);
		const before = await (await reader.get('/wijk/WK054603')).text();
		const version = versionIn(before);
		expect(version).toBeGreaterThan(0);
		const csv = async () => (await (await reader.get('/api/export/DEELN_UNIEK?gebied=WK054603')).text()).split('\r\n').find((l) => l.includes(';2025-Q4;'))!;
		const valueBefore = Number((await csv()).split(";")[4]);

		const publisher = new Client(a);
		await publisher.signIn(account('beleidsmedewerker').email, account('beleidsmedewerker').password);
		const published = await publisher.post('/beheer/publicaties?/publiceren', { aanlevering: 'demo-correctie-ingediend' });
		expect(published.status).toBe(200);
		expect(await published.text()).toContain(`Gepubliceerd als versie ${version + 1}`);

		// Instance B has cached version `version` (page, latest periods, snapshot): none of it may be served now.
		const after = await (await reader.get('/wijk/WK054603')).text();
		expect(versionIn(after)).toBe(version + 1);
		expect(after).toContain('Na controle is één deelnemer meer geteld.');
		expect(Number((await csv()).split(';')[4])).toBe(valueBefore + 1);
		expect((await reader.get(`/api/snapshot/GM0546/openbaar/${version}`)).status).toBe(410);
		const snapshot = await reader.get(`/api/snapshot/GM0546/openbaar/${version + 1}?indicatoren=DEELN_UNIEK`);
		expect(snapshot.status).toBe(200);
		expect(snapshot.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(snapshot.headers.get('vary')).toBe('Accept-Encoding');
	});

	it('serialises concurrent publications through both instances: the newest version current, numbers without gaps', async () => {
		const organisationId = (await db.selectFrom('organisations').select('id').where('name', 'like', '%Buurtkracht%').executeTakeFirstOrThrow()).id;
		const template = await db.selectFrom('measurements').selectAll().where('delivery_id', '=', 'demo-correctie-ingediend').execute();
		const ids: string[] = [];
		for (let i = 0; i < 6; i++) {
			const id = await deliveries.createDraft(scope(db), {
				organisationId,
				period: '2025-Q4',
				measurements: template.map((m) => ({ indicatorCode: m.indicator_code, areaCode: m.area_code, period: m.period, value: m.value === null ? null : m.value + i, missingReason: m.missing_reason, n: m.n }))
			});
			await deliveries.submit(scope(db), id);
			ids.push(id);
		}
		const beleid = [new Client(a), new Client(b)];
		const beheer = [new Client(a), new Client(b)];
		await Promise.all([...beleid.map((c) => c.signIn(account('beleidsmedewerker').email, account('beleidsmedewerker').password)), ...beheer.map((c) => c.signIn(account('beheerder').email, account('beheerder').password))]);
		const clients = [...beleid, ...beheer];
		const start = Number((await db.selectFrom('gemeenten').select('publication_version').where('code', '=', 'GM0546').executeTakeFirstOrThrow()).publication_version);
		// Every delivery twice, through different instances at once: each is published at most once, and an
		// older version is refused once a newer one is current (409), never made current.
		const responses = await Promise.all([...ids, ...ids].map((id, i) => clients[i % clients.length]!.post('/beheer/publicaties?/publiceren', { aanlevering: id })));
		const statuses = responses.map((r) => r.status);
		expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
		const succeeded = statuses.filter((s) => s === 200).length;
		expect(succeeded).toBeGreaterThanOrEqual(1);
		expect(succeeded).toBeLessThanOrEqual(ids.length);

		const rows = await db.selectFrom('deliveries').select(['id', 'status', 'version']).where('organisation_id', '=', organisationId).where('period', '=', '2025-Q4').execute();
		expect(rows.filter((d) => d.status === 'gepubliceerd')).toHaveLength(1);
		const newest = rows.reduce((a, b) => (b.version > a.version ? b : a));
		expect(newest.status).toBe('gepubliceerd');
		// One publication per success, numbered without gaps.
		const versions = (await db.selectFrom('publications').select('version').where('gemeente_code', '=', 'GM0546').where('version', '>', start).orderBy('version').execute()).map((r) => Number(r.version));
		expect(versions).toEqual(Array.from({ length: succeeded }, (_, i) => start + i + 1));
		// The cell shows the newest delivery.
		const cell = await sql<{ value: number }>`select value from published_cells where gemeente_code = 'GM0546' and indicator_code = 'DEELN_UNIEK' and area_code = 'WK054603' and period = '2025-Q4'`.execute(db);
		const expected = await db.selectFrom('measurements').select('value').where('delivery_id', '=', newest.id).where('indicator_code', '=', 'DEELN_UNIEK').where('area_code', '=', 'WK054603').executeTakeFirstOrThrow();
		expect(cell.rows[0]?.value).toBe(expected.value);
	});

	it('keeps one beheerder when two beheerders on different instances demote each other at once', async () => {
		const first = await users.getByEmail(scope(db), account('beheerder').email);
		const password = 'tweede beheerder wachtwoord';
		const secondId = await users.create(scope(db), { name: 'Tweede beheerder', email: 'beheer2@example.nl', role: 'beheerder', organisationId: null, passwordHash: await hashPassword(password) });
		for (let round = 0; round < 4; round++) {
			const one = new Client(a);
			const two = new Client(b);
			await Promise.all([one.signIn(account('beheerder').email, account('beheerder').password), two.signIn('beheer2@example.nl', password)]);
			const [x, y] = await Promise.all([
				one.post('/beheer?/rol', { gebruiker: secondId, rol: 'lezer' }),
				round % 2 ? two.post('/beheer?/actief', { gebruiker: first!.id, actief: 'nee' }) : two.post('/beheer?/rol', { gebruiker: first!.id, rol: 'lezer' })
			]);
			// One change goes through; the other is refused (400, the last beheerder), or finds its own session
			// already ended because the first change demoted its user (303 to sign in).
			const statuses = [x.status, y.status];
			expect(statuses.filter((s) => s === 200)).toHaveLength(1);
			expect(statuses.filter((s) => s !== 200).every((s) => s === 400 || s === 303)).toBe(true);
			expect(await users.countActive(scope(db), 'beheerder')).toBe(1);
			await db.updateTable('users').set({ role: 'beheerder', active: 1 }).where('id', 'in', [first!.id, secondId]).execute();
		}
	});
});
