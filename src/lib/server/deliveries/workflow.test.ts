// A quarter's delivery through the browser's steps, on both stores: upload with mistakes (kept as a concept,
// nothing published), fix in the preview, submit, send back, upload again, publish, restore; unreadable files
// refused with nothing stored; the corpus of bad files; one concept per organisation × period at once.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import * as deliveries from '../db/deliveries';
import * as drafts from '../db/delivery-drafts';
import * as gemeenten from '../db/gemeenten';
import type { Scope } from '../db/scope';
import { publishDelivery, seedSmallGemeente, stores, testDb } from '../db/test-fixtures';
import * as users from '../db/users';
import { listVisible } from '../publish/figures';
import * as publication from '../publish/publication';
import * as workflow from './workflow';

const csv = (...lines: string[]) => new TextEncoder().encode(['wijkcode;indicator;periode;waarde;toelichting;reden_ontbreekt', ...lines].join('\r\n'));
const file = (name: string, bytes: Uint8Array) => ({ name, bytes });
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/aanlevering/${name}`));

describe.each(stores)('delivery workflow on %s', (store) => {
	let db: Db;
	let scope: Scope;
	let organisationId: string;
	let actor: workflow.Actor;
	const published = async () => (await listVisible(scope, 'intern')).map((c) => [c.indicatorCode, c.areaCode, c.period, c.value]);

	beforeEach(async () => {
		db = await testDb(store);
		scope = { db, gemeente: 'GM0001' };
		organisationId = (await seedSmallGemeente(scope)).organisationId;
		actor = { id: await users.create(scope, { name: 'Anna Aanlever', email: 'anna@x.nl', role: 'aanleveraar', organisationId }), name: 'Anna Aanlever' };
		// A published history for the outlier check: 40-45 in Noord, 20-23 in Zuid.
		for (const [i, q] of ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].entries()) {
			const id = await deliveries.createDraft(scope, {
				organisationId,
				period: q,
				measurements: [
					{ indicatorCode: 'DEELN', areaCode: 'WK000101', period: q, value: 40 + i },
					{ indicatorCode: 'DEELN', areaCode: 'WK000102', period: q, value: 20 + i }
				]
			});
			await publishDelivery(scope, id);
		}
	});
	afterEach(async () => db.destroy());

	it('keeps a file with mistakes as a concept, lets the user fix it, and publishes nothing until asked', async () => {
		const before = { version: await publication.currentVersion(scope), cells: await published() };
		const result = await workflow.upload(scope, actor, organisationId, '2026-Q1', file('q1.csv', csv('WK000101;DEELN;2026-Q1;41;;', 'WK999999;DEELN;2026-Q1;22;;', 'WK000102;DEELN;2026-Q1;veel;;')));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.report.issues.filter((i) => i.severity === 'fout').map((i) => [i.code, i.line])).toEqual([
			['wijk-onbekend', 3],
			['geen-getal', 4]
		]);
		const stored = (await drafts.get(scope, result.id))!;
		expect(stored.status).toBe('concept');
		expect(await drafts.files(scope, result.id)).toEqual([expect.objectContaining({ fileName: 'q1.csv', size: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
		expect(await workflow.submit(scope, actor, stored)).toMatchObject({ ok: false, message: expect.stringMatching(/2 fouten/) });

		await workflow.fixRow(scope, actor, stored, 3, { wijkcode: 'wk000102 ' });
		// Now two rows for Zuid: the duplicate is named on both lines.
		let report = (await workflow.review(scope, (await drafts.get(scope, result.id))!)).report!;
		expect(report.issues.filter((i) => i.code === 'dubbele-regel').map((i) => i.line)).toEqual([3, 4]);
		await workflow.fixRow(scope, actor, (await drafts.get(scope, result.id))!, 4, { wijkcode: '', indicator: '', periode: '', waarde: '' });
		report = (await workflow.review(scope, (await drafts.get(scope, result.id))!)).report!;
		expect(report.ok).toBe(false);
		// An empty line is still a line; the user removes it by uploading again instead.
		const again = await workflow.upload(scope, actor, organisationId, '2026-Q1', file('q1-goed.csv', csv('WK000101;DEELN;2026-Q1;41;;', 'WK000102;DEELN;2026-Q1;95;;')));
		expect(again.ok && again.id).toBe(result.id);
		const fresh = (await drafts.get(scope, result.id))!;
		expect(await drafts.files(scope, result.id)).toHaveLength(2);
		// 95 is far from 20-23: a warning that asks for a toelichting before submitting.
		expect(await workflow.submit(scope, actor, fresh)).toMatchObject({ ok: false, message: expect.stringMatching(/toelichting/) });
		await workflow.fixRow(scope, actor, fresh, 3, { toelichting: 'Nieuwe <b>inloop</b> op woensdag.' });
		expect(await workflow.submit(scope, actor, (await drafts.get(scope, result.id))!)).toEqual({ ok: true, published: null });
		expect(await publication.currentVersion(scope)).toBe(before.version);
		expect(await published()).toEqual(before.cells);

		const submitted = (await drafts.get(scope, result.id))!;
		expect(submitted.status).toBe('ingediend');
		expect(await deliveries.measurementsOf(scope, result.id)).toEqual([
			expect.objectContaining({ areaCode: 'WK000101', value: 41, toelichting: null }),
			expect.objectContaining({ areaCode: 'WK000102', value: 95, toelichting: 'Nieuwe <b>inloop</b> op woensdag.' })
		]);
		expect(await workflow.sendBack(scope, actor, submitted, '  ')).toMatchObject({ ok: false });
		expect(await workflow.sendBack(scope, actor, submitted, 'Klopt 95 echt?')).toEqual({ ok: true });
		const back = (await drafts.versions(scope, organisationId, '2026-Q1'))[0]!;
		expect([back.shownStatus, back.returnReason]).toEqual(['teruggestuurd', 'Klopt 95 echt?']);
		expect(await deliveries.measurementsOf(scope, result.id)).toEqual([]);

		expect((await workflow.submit(scope, actor, (await drafts.get(scope, result.id))!)).ok).toBe(true);
		const publishedNow = await workflow.publishOne(scope, actor, result.id);
		expect(publishedNow.version).toBe(before.version + 1);
		expect(await published()).toContainEqual(['DEELN', 'WK000102', '2026-Q1', 95]);
		expect((await drafts.events(scope, result.id)).map((e) => e.kind)).toEqual(['ingelezen', 'aangepast', 'aangepast', 'ingelezen', 'aangepast', 'ingediend', 'teruggestuurd', 'ingediend', 'gepubliceerd']);
	});

	it('restores an earlier version as a new published version', async () => {
		const [first] = await drafts.versions(scope, organisationId, '2025-Q4');
		const correction = await deliveries.createDraft(scope, { organisationId, period: '2025-Q4', measurements: [{ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2025-Q4', value: 99 }] });
		await publishDelivery(scope, correction);
		expect(await published()).toContainEqual(['DEELN', 'WK000101', '2025-Q4', 99]);
		const old = (await drafts.get(scope, first!.id))!;
		expect(old.status).toBe('vervangen');
		expect(await workflow.restore(scope, actor, old)).toMatchObject({ ok: true });
		expect(await published()).toContainEqual(['DEELN', 'WK000101', '2025-Q4', 43]);
		expect((await drafts.versions(scope, organisationId, '2025-Q4')).map((v) => [v.version, v.status])).toEqual([
			[3, 'gepubliceerd'],
			[2, 'vervangen'],
			[1, 'vervangen']
		]);
		expect(await workflow.restore(scope, actor, (await drafts.get(scope, correction))!)).toMatchObject({ ok: true });
	});

	it('publishes at once on submission where the gemeente says so', async () => {
		await gemeenten.setSubmitPublishes(db, 'GM0001', true);
		const up = await workflow.upload(scope, actor, organisationId, '2026-Q1', file('q1.csv', csv('WK000101;DEELN;2026-Q1;44;;', 'WK000102;DEELN;2026-Q1;;;Inloop gesloten')));
		expect(up.ok).toBe(true);
		const before = await publication.currentVersion(scope);
		const result = await workflow.submit(scope, actor, (await drafts.get(scope, up.ok ? up.id : ''))!);
		expect(result).toEqual({ ok: true, published: before + 1 });
		expect(await published()).toContainEqual(['DEELN', 'WK000101', '2026-Q1', 44]);
	});

	it('refuses an unreadable file and stores nothing', async () => {
		for (const name of ['leeg.csv', 'alleen-kop.csv', 'binair.csv', 'word-als-excel.xlsx']) {
			const result = await workflow.upload(scope, actor, organisationId, '2026-Q1', file(name, fixture(name)));
			expect(result, name).toMatchObject({ ok: false, problems: [expect.objectContaining({ message: expect.any(String) })] });
		}
		const big = new Uint8Array(11 * 1024 * 1024).fill(65);
		expect(await workflow.upload(scope, actor, organisationId, '2026-Q1', file('groot.csv', big))).toMatchObject({ ok: false, problems: [{ code: 'bestand-te-groot' }] });
		expect(await drafts.versions(scope, organisationId, '2026-Q1')).toEqual([]);
	});

	it('keeps every readable file of the corpus as a concept and changes nothing published', async () => {
		const before = { version: await publication.currentVersion(scope), cells: await published() };
		const readable = readdirSync('tests/fixtures/aanlevering').filter((n) => !['leeg.csv', 'alleen-kop.csv', 'binair.csv', 'word-als-excel.xlsx'].includes(n));
		for (const name of readable) {
			const result = await workflow.upload(scope, actor, organisationId, '2025-Q4', file(name, fixture(name)));
			expect(result.ok, name).toBe(true);
		}
		expect(await publication.currentVersion(scope)).toBe(before.version);
		expect(await published()).toEqual(before.cells);
		// One open concept for the quarter, with every file kept.
		const versions = await drafts.versions(scope, organisationId, '2025-Q4');
		expect(versions.filter((v) => v.status === 'concept')).toHaveLength(1);
		expect(await drafts.files(scope, versions[0]!.id)).toHaveLength(readable.length);
	});

	it('never publishes a concept from the browser, and restores only versions that were published', async () => {
		const up = await workflow.upload(scope, actor, organisationId, '2026-Q1', file('q1.csv', csv('WK000101;DEELN;2026-Q1;41;;')));
		const id = up.ok ? up.id : '';
		await expect(workflow.publishOne(scope, actor, id)).rejects.toBeInstanceOf(deliveries.NotPublishableError);
		expect((await workflow.submit(scope, actor, (await drafts.get(scope, id))!)).ok).toBe(true);
		expect(await workflow.sendBack(scope, actor, (await drafts.get(scope, id))!, 'Nog eens kijken')).toEqual({ ok: true });
		// Sent back, it is a concept again: publishing it now is refused, however the request arrives.
		await expect(workflow.publishOne(scope, actor, id)).rejects.toBeInstanceOf(deliveries.NotPublishableError);
		// A newer version published replaces the waiting concept, which was never published: not restorable.
		const newer = await deliveries.createDraft(scope, { organisationId, period: '2026-Q1', measurements: [{ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2026-Q1', value: 42 }] });
		await publishDelivery(scope, newer);
		const replaced = (await drafts.get(scope, id))!;
		expect(replaced.status).toBe('vervangen');
		expect((await drafts.events(scope, id)).at(-1)).toMatchObject({ kind: 'vervangen', reason: 'door versie 2' });
		expect(await workflow.restore(scope, actor, replaced)).toMatchObject({ ok: false });
	});

	it('refuses a fix based on a draft that changed meanwhile, and keeps a workbook number exact when it is sent back unchanged', async () => {
		const up = await workflow.upload(scope, actor, organisationId, '2026-Q1', file('goed.xlsx', fixture('goed.xlsx')));
		const id = up.ok ? up.id : '';
		const first = (await drafts.get(scope, id))!;
		const draft = first.draft as workflow.DeliveryDraft;
		const numberRow = draft.rows.find((r) => r.numeric.includes('waarde'))!;
		const shown = workflow.editorText(numberRow, 'waarde');
		expect(shown).not.toContain('.');
		expect((await workflow.fixRow(scope, actor, first, numberRow.line, { waarde: shown, toelichting: 'Zo is het.' })).ok).toBe(true);
		const after = (await drafts.get(scope, id))!;
		const kept = (after.draft as workflow.DeliveryDraft).rows.find((r) => r.line === numberRow.line)!;
		expect([kept.cells.waarde, kept.numeric.includes('waarde'), kept.cells.toelichting]).toEqual([numberRow.cells.waarde, true, 'Zo is het.']);
		// The first record is now stale: its fix would silently undo the one above.
		expect(await workflow.fixRow(scope, actor, first, numberRow.line, { toelichting: 'Oud' })).toMatchObject({ ok: false, message: expect.stringMatching(/intussen veranderd/) });
	});

	it('makes one concept when the same quarter is uploaded twice at once', async () => {
		const bytes = csv('WK000101;DEELN;2026-Q1;41;;');
		const results = await Promise.all([1, 2, 3].map(() => workflow.upload(scope, actor, organisationId, '2026-Q1', file('q.csv', bytes))));
		expect(new Set(results.map((r) => (r.ok ? r.id : null))).size).toBe(1);
		expect(await drafts.versions(scope, organisationId, '2026-Q1')).toHaveLength(1);
	});
});
