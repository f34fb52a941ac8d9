// Setting up a gemeente from nothing, on both stores: the gemeente and its first beheerder, the catalogue
// (forms and CSV), organisations and assignments, and the area division with re-imports. What readers see
// changes only through publications; refusals change nothing.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as areasRepo from '../db/areas';
import * as audit from '../db/audit';
import type { Db } from '../db/client';
import * as deliveries from '../db/deliveries';
import * as gemeenten from '../db/gemeenten';
import * as indicators from '../db/indicators';
import * as organisationsRepo from '../db/organisations';
import type { Scope } from '../db/scope';
import { publishDelivery, seedSmallGemeente, stores, testDb } from '../db/test-fixtures';
import * as themes from '../db/themes';
import * as users from '../db/users';
import * as publication from '../publish/publication';
import * as areaSetup from './areas';
import * as catalogue from './catalogue';
import { createFirstBeheerder, ensureGemeente, SetupRefused } from './gemeente';
import * as orgSetup from './organisations';

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/gebieden/${name}`, import.meta.url), 'utf8');
let actor = { id: '', ip: '127.0.0.1' };
/** A beheerder of `scope` to act as (publications and audit entries name a real user). */
async function beheerderOf(scope: Scope) {
	actor = { id: await users.create(scope, { name: 'Beheer', email: `beheer@${scope.gemeente.toLowerCase()}.nl`, role: 'beheerder', organisationId: null }), ip: '127.0.0.1' };
}
const HEADER = 'code;naam;thema;eenheid;frequentie;bron;soort;richting;aanleverder;definitie';

describe.each(stores)('gemeente setup on %s', (store) => {
	let db: Db;
	beforeEach(async () => {
		db = await testDb(store);
	});
	afterEach(async () => db.destroy());

	describe('from nothing', () => {
		it('creates a gemeente with its own area and first beheerder, and refuses a second first beheerder', async () => {
			expect(await ensureGemeente(db, { code: 'gm0537', name: 'Katwijk' })).toBe(true);
			const scope = { db, gemeente: 'GM0537' };
			expect(await areasRepo.get(scope, 'GM0537')).toMatchObject({ level: 'gemeente', name: 'Katwijk' });
			await createFirstBeheerder(scope, { name: 'Beheer', email: 'Beheer@Katwijk.nl', passwordHash: 'x' });
			expect(await users.countActive(scope, 'beheerder')).toBe(1);
			await expect(createFirstBeheerder(scope, { name: 'Ander', email: 'ander@katwijk.nl', passwordHash: 'x' })).rejects.toThrow(SetupRefused);
			expect((await audit.list(scope)).map((e) => e.action)).toEqual(['account.eerste-beheerder']);
			expect(await ensureGemeente(db, { code: 'GM0537', name: 'Katwijk' })).toBe(false);
			await expect(ensureGemeente(db, { code: 'Katwijk', name: 'Katwijk' })).rejects.toThrow(/not a CBS gemeente code/);
		});

		it('gives exactly one first beheerder when several start at once', async () => {
			await ensureGemeente(db, { code: 'GM0537', name: 'Katwijk' });
			const scope = { db, gemeente: 'GM0537' };
			const attempts = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => createFirstBeheerder(scope, { name: `B${i}`, email: `b${i}@katwijk.nl`, passwordHash: 'x' })));
			expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
			expect(await users.countActive(scope, 'beheerder')).toBe(1);
		});

		it('serves a gemeente by host name, else the configured one, else the oldest; each sees only its own', async () => {
			await ensureGemeente(db, { code: 'GM0546', name: 'Leiden' });
			// Created later, so Leiden is the oldest.
			await new Promise((r) => setTimeout(r, 5));
			await ensureGemeente(db, { code: 'GM0537', name: 'Katwijk', hostname: 'Wijkbeeld.Katwijk.nl' });
			expect((await gemeenten.resolve(db, 'wijkbeeld.katwijk.nl', null))?.code).toBe('GM0537');
			expect((await gemeenten.resolve(db, 'localhost', 'GM0537'))?.code).toBe('GM0537');
			expect((await gemeenten.resolve(db, 'localhost', null))?.code).toBe('GM0546');
			expect((await gemeenten.resolve(db, 'localhost', 'GM9999'))?.code).toBe('GM0546');
			await expect(ensureGemeente(db, { code: 'GM0503', name: 'Delft', hostname: 'wijkbeeld.katwijk.nl' })).rejects.toThrow(/already used by Katwijk/);
			await expect(ensureGemeente(db, { code: 'GM0503', name: 'Delft', hostname: 'https://delft.nl' })).rejects.toThrow(/not a host name/);
		});

		it('resolves nothing on an empty store', async () => {
			expect(await gemeenten.resolve(db, 'localhost', null)).toBeUndefined();
		});
	});

	describe('catalogue', () => {
		let scope: Scope;
		beforeEach(async () => {
			await ensureGemeente(db, { code: 'GM0537', name: 'Katwijk' });
			scope = { db, gemeente: 'GM0537' };
			await beheerderOf(scope);
			expect((await catalogue.createTheme(scope, actor, { naam: 'Meedoen', doel: 'Iedereen doet mee.' })).ok).toBe(true);
		});
		const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n');
		const row = (code: string, definition = 'Telt elke deelnemer één keer.', unit = 'aantal') => `${code};Deelnemers ${code};Meedoen;${unit};kwartaal;registratie;output;neutraal;organisatie;${definition}`;

		it('imports a CSV as one publication, and an export imports again as unchanged', async () => {
			const before = await publication.currentVersion(scope);
			const result = await catalogue.importCsv(scope, actor, csv(row('DEELN'), row('BEREIK')));
			expect(result).toMatchObject({ ok: true, value: { added: 2, changed: 0 } });
			expect(await publication.currentVersion(scope)).toBe(before + 1);
			expect((await indicators.list(scope)).map((i) => i.code)).toEqual(['DEELN', 'BEREIK']);
			const again = await catalogue.importCsv(scope, actor, await catalogue.exportCsv(scope));
			expect(again).toMatchObject({ ok: true, value: { added: 0, changed: 0, unchanged: 2 } });
			expect(await publication.currentVersion(scope)).toBe(before + 1);
		});

		it('changes nothing when any row is wrong, and lists every problem with its line', async () => {
			await catalogue.importCsv(scope, actor, csv(row('DEELN')));
			const version = await publication.currentVersion(scope);
			const result = await catalogue.importCsv(scope, actor, csv(row('NIEUW'), row('DEELN', 'Andere definitie'), row('XX', 'd', 'liters')));
			expect(result.ok).toBe(false);
			expect(!result.ok && result.problems).toEqual([expect.stringMatching(/^Regel 3.*definitie_vanaf/), expect.stringMatching(/^Regel 4.*eenheid/)]);
			expect((await indicators.list(scope)).map((i) => i.code)).toEqual(['DEELN']);
			expect(await publication.currentVersion(scope)).toBe(version);
		});

		it('keeps a changed definition as a new version from its period, and refuses a start before the current one', async () => {
			await catalogue.importCsv(scope, actor, csv(row('DEELN')));
			const fields = { code: 'DEELN', naam: 'Deelnemers', thema: 'Meedoen', eenheid: 'aantal', frequentie: 'kwartaal', bron: 'registratie', soort: 'output', richting: 'neutraal', aanleverder: 'organisatie' };
			const early = await catalogue.saveIndicator(scope, actor, { ...fields, definitie: 'Per wijk één keer.', definitie_vanaf: '1999' }, 'DEELN');
			expect(early).toMatchObject({ ok: false, issues: [expect.objectContaining({ field: 'definitie_vanaf' })] });
			const saved = await catalogue.saveIndicator(scope, actor, { ...fields, definitie: 'Per wijk één keer.', definitie_vanaf: '2026-Q1', wijziging: 'Nu per wijk.' }, 'DEELN');
			expect(saved.ok).toBe(true);
			const stored = await indicators.get(scope, 'DEELN');
			expect(stored?.definitions.map((d) => [d.validFrom, d.definition, d.changeNote])).toEqual([
				['2000', 'Telt elke deelnemer één keer.', null],
				['2026-Q1', 'Per wijk één keer.', 'Nu per wijk.']
			]);
			const entry = (await audit.list(scope, { action: 'indicator.gewijzigd' }))[0];
			expect(JSON.parse(entry!.detail!).wijzigingen).toMatch(/definition: Telt elke deelnemer één keer\. → Per wijk één keer\./);
		});

		it('stores names with HTML as text', async () => {
			await catalogue.importCsv(scope, actor, csv(`XSS;<script>alert(1)</script>;Meedoen;aantal;kwartaal;bron;output;neutraal;organisatie;<b>vet</b>`));
			expect(await indicators.get(scope, 'XSS')).toMatchObject({ name: '<script>alert(1)</script>', definition: '<b>vet</b>' });
		});
	});

	describe('with published figures', () => {
		let scope: Scope;
		let organisationId: string;
		beforeEach(async () => {
			scope = { db, gemeente: 'GM0001' };
			organisationId = (await seedSmallGemeente(scope)).organisationId;
			await beheerderOf(scope);
			const id = await deliveries.createDraft(scope, {
				organisationId,
				period: '2025-Q1',
				measurements: [
					{ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2025-Q1', value: 7 },
					{ indicatorCode: 'DEELN', areaCode: 'WK000102', period: '2025-Q1', value: 40 }
				]
			});
			await publishDelivery(scope, id);
		});
		const hidden = async () =>
			(await db.selectFrom('published_cells').select(['area_code', 'hidden', 'organisation']).where('gemeente_code', '=', 'GM0001').orderBy('area_code').execute()).map((c) => [c.area_code, Number(c.hidden), c.organisation]);

		it('recomputes the small-cell decision when the minimum n changes', async () => {
			expect((await hidden()).map((c) => c[1])).toEqual([0, 0]);
			const current = (await indicators.get(scope, 'DEELN'))!;
			const fields = { code: 'DEELN', naam: current.name, thema: 'Meedoen en ontmoeten', eenheid: 'aantal', frequentie: 'kwartaal', bron: current.source, soort: 'output', richting: 'neutraal', aanleverder: 'organisatie', definitie: current.definition, minimum_n: '10' };
			const version = await publication.currentVersion(scope);
			expect((await catalogue.saveIndicator(scope, actor, fields, 'DEELN')).ok).toBe(true);
			expect(await publication.currentVersion(scope)).toBe(version + 1);
			// 7 is now below the minimum of 10 and hidden; with no city total to protect, 40 stays visible.
			expect(await hidden()).toEqual([
				['WK000101', 1, 'Welzijn GM0001'],
				['WK000102', 0, 'Welzijn GM0001']
			]);
		});

		it('refuses to delete what figures depend on, and archives instead', async () => {
			const refused = await catalogue.removeIndicator(scope, actor, 'DEELN');
			expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/2 cijfers.*Archiveer/) });
			expect(await indicators.get(scope, 'DEELN')).toBeDefined();
			expect(await orgSetup.remove(scope, actor, organisationId)).toMatchObject({ ok: false, message: expect.stringMatching(/1 aanleveringen/) });
			expect(await areaSetup.remove(scope, actor, 'WK000101')).toMatchObject({ ok: false, message: expect.stringMatching(/cijfers/) });
			expect(await catalogue.removeTheme(scope, actor, 'meedoen')).toMatchObject({ ok: false, message: expect.stringMatching(/2 indicatoren/) });
			expect((await catalogue.setIndicatorArchived(scope, actor, 'DEELN', true)).ok).toBe(true);
			expect((await indicators.listCurrent(scope)).map((i) => i.code)).toEqual(['TEV']);
			expect((await indicators.list(scope)).map((i) => i.code)).toEqual(['DEELN', 'TEV']);
			expect(await hidden()).toHaveLength(2);
		});

		it('publishes an organisation rename, so the published cells carry the new name', async () => {
			const version = await publication.currentVersion(scope);
			expect((await orgSetup.update(scope, actor, organisationId, { naam: 'Buurtwerk Noord', soort: 'welzijnsorganisatie' })).ok).toBe(true);
			expect(await publication.currentVersion(scope)).toBe(version + 1);
			expect((await hidden()).map((c) => c[2])).toEqual(['Buurtwerk Noord', 'Buurtwerk Noord']);
			const entry = (await audit.list(scope, { action: 'organisatie.gewijzigd' }))[0];
			expect(JSON.parse(entry!.detail!).wijzigingen).toBe('name: Welzijn GM0001 → Buurtwerk Noord');
		});

		it('assigns indicators for areas from a period, and stops them again', async () => {
			const other = await orgSetup.create(scope, actor, { naam: 'Jong Noord', soort: 'overig' });
			expect(other.ok).toBe(true);
			const id = other.ok ? other.value : '';
			expect(await orgSetup.assign(scope, actor, id, { indicators: ['TEV'], areas: ['WK000101'], from: 'Q1 2026' })).toMatchObject({ ok: true });
			expect(await organisationsRepo.assignments(scope, id)).toEqual([{ indicatorCode: 'TEV', areaCode: 'WK000101', validFrom: '2026-Q1' }]);
			expect(await orgSetup.assign(scope, actor, id, { indicators: ['NOPE'], areas: [], from: 'later' })).toMatchObject({ ok: false, issues: [{ field: 'indicator' }, { field: 'gebied' }, { field: 'vanaf' }] });
			await orgSetup.unassign(scope, actor, id, ['TEV']);
			expect(await organisationsRepo.assignments(scope, id)).toEqual([]);
			expect((await orgSetup.remove(scope, actor, id)).ok).toBe(true);
		});

		it('refuses a second organisation with the same name, and editing an indicator that is gone', async () => {
			expect(await orgSetup.create(scope, actor, { naam: 'welzijn gm0001', soort: 'overig' })).toMatchObject({ ok: false, issues: [{ field: 'naam', message: expect.stringMatching(/al een organisatie/) }] });
			expect(await catalogue.saveIndicator(scope, actor, { naam: 'X' }, 'WEG')).toMatchObject({ ok: false, message: expect.stringMatching(/bestaat niet/) });
			expect(await indicators.get(scope, 'WEG')).toBeUndefined();
		});

		it('republishes when inhabitants change', async () => {
			const version = await publication.currentVersion(scope);
			expect(await areaSetup.setPopulations(scope, actor, [{ code: 'WK000101', population: 1300 }, { code: 'WK000102', population: 800 }])).toMatchObject({ ok: true, value: 1 });
			expect(await publication.currentVersion(scope)).toBe(version + 1);
			expect((await areasRepo.get(scope, 'WK000101'))?.population).toBe(1300);
		});
	});

	describe('areas', () => {
		let scope: Scope;
		beforeEach(async () => {
			await ensureGemeente(db, { code: 'GM0537', name: 'Katwijk' });
			scope = { db, gemeente: 'GM0537' };
			await beheerderOf(scope);
		});

		it('imports a CBS file in RD after a preview, once', async () => {
			const preview = await areaSetup.preview(scope, actor, fixture('katwijk-rd.geojson'), 'katwijk-rd.geojson', 50 * 1024 * 1024);
			expect(preview.ok).toBe(true);
			if (!preview.ok) return;
			expect(preview.value.plan.added).toHaveLength(15);
			expect(preview.value.otherGemeenten).toBe(1);
			expect(await areasRepo.list(scope, 'wijk')).toEqual([]);
			expect((await areaSetup.apply(scope, actor, preview.value.id)).ok).toBe(true);
			expect((await areasRepo.list(scope, 'wijk')).map((w) => w.code).sort()).toEqual(['WK053700', 'WK053701', 'WK053702', 'WK053703']);
			expect(await areasRepo.list(scope, 'buurt')).toHaveLength(11);
			expect(await areaSetup.apply(scope, actor, preview.value.id)).toMatchObject({ ok: false });
			expect(await publication.currentVersion(scope)).toBe(1);
		});

		it('archives a split wijk with its successors on re-import and keeps its figures', async () => {
			const first = await areaSetup.preview(scope, actor, fixture('katwijk-rd.geojson'), 'a.geojson', 50 * 1024 * 1024);
			await areaSetup.apply(scope, actor, first.ok ? first.value.id : '');
			const org = await orgSetup.create(scope, actor, { naam: 'Welzijn Katwijk', soort: 'welzijnsorganisatie' });
			await themes.create(scope, { code: 'meedoen', name: 'Meedoen', description: 'Doel', position: 0 });
			await catalogue.importCsv(scope, actor, [HEADER, 'DEELN;Deelnemers;Meedoen;aantal;kwartaal;registratie;output;neutraal;organisatie;Telt'].join('\n'));
			await orgSetup.assign(scope, actor, org.ok ? org.value : '', { indicators: ['DEELN'], areas: ['WK053702'], from: '' });
			const id = await deliveries.createDraft(scope, { organisationId: org.ok ? org.value : '', period: '2025-Q1', measurements: [{ indicatorCode: 'DEELN', areaCode: 'WK053702', period: '2025-Q1', value: 30 }] });
			await publishDelivery(scope, id);

			const second = await areaSetup.preview(scope, actor, fixture('katwijk-2025-herindeling.geojson'), 'b.geojson', 50 * 1024 * 1024);
			expect(second.ok).toBe(true);
			if (!second.ok) return;
			const removed = second.value.plan.removed.find((r) => r.code === 'WK053702');
			expect(removed?.successors.map((s) => s.code).sort()).toEqual(['WK053704', 'WK053705']);
			expect(second.value.plan.renamed).toContainEqual(expect.objectContaining({ code: 'WK053700', to: 'Katwijk Zee-Noord' }));
			expect((await areaSetup.apply(scope, actor, second.value.id)).ok).toBe(true);

			expect(await organisationsRepo.assignments(scope, org.ok ? org.value : '')).toEqual([]);
			const old = await areasRepo.get(scope, 'WK053702');
			expect(old?.archivedAt).not.toBeNull();
			expect(old?.successors.map((s) => s.code).sort()).toEqual(['WK053704', 'WK053705']);
			expect((await areasRepo.list(scope, 'wijk')).map((w) => w.code)).not.toContain('WK053702');
			const cells = await db.selectFrom('published_cells').select('value').where('gemeente_code', '=', 'GM0537').where('area_code', '=', 'WK053702').execute();
			expect(cells.map((c) => c.value)).toEqual([30]);
		});

		it('refuses buurten whose wijk is neither in the file nor stored', async () => {
			const buurt = { type: 'Feature', properties: { BU_CODE: 'BU05370901', BU_NAAM: 'Los', GM_CODE: 'GM0537' }, geometry: { type: 'Polygon', coordinates: [[[4.4, 52.2], [4.41, 52.2], [4.41, 52.21], [4.4, 52.2]]] } };
			const preview = await areaSetup.preview(scope, actor, JSON.stringify({ type: 'FeatureCollection', features: [buurt] }), 'b', 1_000_000);
			expect(preview).toMatchObject({ ok: false, problems: [expect.stringMatching(/Buurt BU05370901 hoort bij wijk WK053709/)] });
		});

		it('refuses a file of another gemeente and changes nothing', async () => {
			const preview = await areaSetup.preview({ db, gemeente: 'GM0503' }, actor, fixture('katwijk-rd.geojson'), 'x', 50 * 1024 * 1024);
			expect(preview).toMatchObject({ ok: false, problems: [expect.stringMatching(/GM0503/)] });
			expect(await db.selectFrom('pending_imports').selectAll().execute()).toEqual([]);
		});
	});

	it('numbers concurrent setup publications consecutively', async () => {
		await ensureGemeente(db, { code: 'GM0537', name: 'Katwijk' });
		const scope = { db, gemeente: 'GM0537' };
		await beheerderOf(scope);
		const results = await Promise.all(Array.from({ length: 4 }, (_, i) => catalogue.createTheme(scope, actor, { naam: `Thema ${i}`, doel: 'Doel' })));
		expect(results.every((r) => r.ok)).toBe(true);
		const versions = (await publication.history(scope)).map((p) => p.version).sort((a, b) => a - b);
		expect(versions).toEqual([1, 2, 3, 4]);
		const stored = await themes.list(scope);
		expect(new Set(stored.map((t) => t.position)).size).toBe(4);
		expect(new Set(stored.map((t) => t.code)).size).toBe(4);
	});
});
