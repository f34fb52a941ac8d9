import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import * as deliveries from '../db/deliveries';
import type { Scope } from '../db/scope';
import { publishDelivery, seedSmallGemeente, stores, testDb } from '../db/test-fixtures';
import { latestPeriods, listVisible } from './figures';
import * as publication from './publication';

describe.each(stores)('publication on %s', (store) => {
	let db: Db;
	let scope: Scope;
	let organisationId: string;

	const draft = (period: string, measurements: deliveries.MeasurementInput[]) => deliveries.createDraft(scope, { organisationId, period, measurements });
	const deeln = (areaCode: string, value: number | null, period = '2025-Q1'): deliveries.MeasurementInput => ({
		indicatorCode: 'DEELN',
		areaCode,
		period,
		value,
		missingReason: value === null ? 'Geen activiteiten' : null
	});
	const cells = async (audience: 'openbaar' | 'intern' = 'openbaar') => (await listVisible(scope, audience)).map((m) => [m.indicatorCode, m.areaCode, m.period, m.value, m.suppressed]);

	beforeEach(async () => {
		db = await testDb(store);
		scope = { db, gemeente: 'GM0001' };
		organisationId = (await seedSmallGemeente(scope)).organisationId;
		await seedSmallGemeente({ db, gemeente: 'GM0002' });
	});
	afterEach(async () => db.destroy());

	it('numbers publications per gemeente and records who published what', async () => {
		expect(await publication.currentVersion(scope)).toBe(0);
		const id = await draft('2025-Q1', [deeln('WK000101', 40), deeln('GM0001', 70)]);
		expect(await cells()).toEqual([]);
		await db.insertInto('users').values({ id: 'u1', gemeente_code: 'GM0001', name: 'Beleid', email: 'b@x.nl', role: 'beleidsmedewerker', organisation_id: null, password_hash: null, active: 1, created_at: '2025-01-01' }).execute();
		const first = await publication.publish(scope, { kind: 'aanlevering', summary: 'Aanlevering 2025-Q1', by: 'u1', deliveries: [{ id }] });
		expect(first.version).toBe(1);
		expect(first.changes).toEqual({ deliveries: [id], replaced: [], groups: [{ indicatorCode: 'DEELN', period: '2025-Q1' }], everything: false });
		expect(await publication.currentVersion(scope)).toBe(1);
		expect(await publication.currentVersion({ db, gemeente: 'GM0002' })).toBe(0);
		expect(await cells()).toEqual([
			['DEELN', 'GM0001', '2025-Q1', 70, false],
			['DEELN', 'WK000101', '2025-Q1', 40, false]
		]);
		const [latest] = await publication.history(scope);
		expect(latest).toMatchObject({ version: 1, kind: 'aanlevering', summary: 'Aanlevering 2025-Q1', publishedBy: 'u1', publishedByName: 'Beleid' });
	});

	it('recomputes only the indicator × period groups it touches, with both kinds of suppression', async () => {
		await publishDelivery(scope, await draft('2025-Q1', [deeln('WK000101', 40), deeln('WK000102', 30), deeln('GM0001', 70)]));
		await publishDelivery(scope, await draft('2025-Q2', [deeln('WK000101', 41, '2025-Q2')]));
		// A marker in a group the next publication does not touch: it must survive untouched.
		await db.updateTable('published_cells').set({ toelichting: 'onaangeroerd' }).where('period', '=', '2025-Q2').execute();

		// The correction makes WK000102 a small cell; WK000101 must then go too, or 70 - 67 would give it away.
		const correction = await draft('2025-Q1', [deeln('WK000101', 67), deeln('WK000102', 3), deeln('GM0001', 70)]);
		const third = await publishDelivery(scope, correction);
		expect(third.version).toBe(3);
		expect(third.changes.groups).toEqual([{ indicatorCode: 'DEELN', period: '2025-Q1' }]);
		expect(await cells('openbaar')).toEqual([
			['DEELN', 'GM0001', '2025-Q1', 70, false],
			['DEELN', 'WK000101', '2025-Q1', null, true],
			['DEELN', 'WK000101', '2025-Q2', 41, false],
			['DEELN', 'WK000102', '2025-Q1', null, true]
		]);
		expect((await listVisible(scope, 'intern')).map((m) => m.value)).toEqual([70, 67, 41, 3]);
		const untouched = await db.selectFrom('published_cells').select('toelichting').where('period', '=', '2025-Q2').executeTakeFirst();
		expect(untouched?.toelichting).toBe('onaangeroerd');
	});

	it('drops a cell the correction no longer has', async () => {
		const first = await draft('2025-Q1', [deeln('WK000101', 40), deeln('WK000102', 30)]);
		await publishDelivery(scope, first);
		const second = await draft('2025-Q1', [deeln('WK000101', 42)]);
		const published = await publishDelivery(scope, second);
		expect(published.changes.replaced).toEqual([first]);
		expect(await cells()).toEqual([['DEELN', 'WK000101', '2025-Q1', 42, false]]);
	});

	it('changes nothing when it fails half-way: the previous publication stays current and complete', async () => {
		const good = await draft('2025-Q1', [deeln('WK000101', 40)]);
		await publishDelivery(scope, good);
		const correction = await draft('2025-Q1', [deeln('WK000101', 99)]);
		await expect(
			publication.publish(scope, { kind: 'aanlevering', summary: 'x', by: null, deliveries: [{ id: correction }, { id: 'no-such-delivery' }] })
		).rejects.toThrow(/unknown delivery/);
		expect(await publication.currentVersion(scope)).toBe(1);
		expect(await cells()).toEqual([['DEELN', 'WK000101', '2025-Q1', 40, false]]);
		expect((await deliveries.list(scope)).map((d) => [d.id, d.status])).toEqual([
			[correction, 'concept'],
			[good, 'gepubliceerd']
		]);
		expect(await publication.history(scope)).toHaveLength(1);
	});

	it('serialises concurrent publications: one published version per organisation × period, versions without gaps', async () => {
		const ids = await Promise.all([1, 2, 3, 4].map((i) => draft('2025-Q1', [deeln('WK000101', 40 + i)])));
		const settled = await Promise.allSettled(ids.map((id) => publishDelivery(scope, id)));
		const results = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
		// A version older than one already published is refused, never made current.
		expect(settled.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof deliveries.NotPublishableError)).toBe(true);
		expect(results.map((r) => r.version).sort()).toEqual(results.map((_, i) => i + 1));
		const statuses = (await deliveries.list(scope)).map((d) => d.status);
		expect(statuses.filter((s) => s === 'gepubliceerd')).toHaveLength(1);
		expect(statuses.filter((s) => s === 'vervangen')).toHaveLength(3);
		// The newest version is current, whatever order the publications ran in.
		const newest = (await deliveries.list(scope)).reduce((a, b) => (b.version > a.version ? b : a));
		expect(newest.status).toBe('gepubliceerd');
		expect(await cells()).toEqual([['DEELN', 'WK000101', '2025-Q1', 40 + ids.indexOf(newest.id) + 1, false]]);
	});

	it('never makes an older version current: published together or one after the other, the newest wins', async () => {
		const v1 = await draft('2025-Q1', [deeln('WK000101', 40)]);
		const v2 = await draft('2025-Q1', [deeln('WK000101', 42)]);
		// As the publications page posts them: newest first.
		await publication.publish(scope, { kind: 'aanlevering', summary: 'beide', by: null, deliveries: [{ id: v2 }, { id: v1 }] });
		expect(await cells()).toEqual([['DEELN', 'WK000101', '2025-Q1', 42, false]]);
		expect((await deliveries.list(scope)).map((d) => [d.version, d.status])).toEqual([
			[2, 'gepubliceerd'],
			[1, 'vervangen']
		]);
		// A version older than the current one, handed in late, cannot be published over it.
		const v3 = await draft('2025-Q1', [deeln('WK000101', 43)]);
		const v4 = await draft('2025-Q1', [deeln('WK000101', 44)]);
		await publishDelivery(scope, v4);
		expect((await deliveries.list(scope)).find((d) => d.id === v3)?.status).toBe('vervangen');
		await expect(publishDelivery(scope, v3)).rejects.toBeInstanceOf(deliveries.NotPublishableError);
		expect(await cells()).toEqual([['DEELN', 'WK000101', '2025-Q1', 44, false]]);
	});

	it('switches the public dashboard as a publication, without deadlocking against other publications', async () => {
		const ids = await Promise.all([1, 2, 3, 4].map((i) => draft('2025-Q1', [deeln('WK000101', 40 + i)])));
		const results = await Promise.allSettled([
			...ids.map((id) => publishDelivery(scope, id)),
			publication.setPublicDashboard(scope, false, null),
			publication.setPublicDashboard(scope, true, null),
			publication.setPublicDashboard(scope, false, null)
		]);
		expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual(
			// Publishing an older version after a newer one is refused; nothing else may fail (no deadlock).
			expect.not.arrayContaining([expect.stringMatching(/deadlock/)])
		);
		expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof deliveries.NotPublishableError)).toBe(true);
		expect((await publication.history(scope)).filter((p) => p.kind === 'instelling')).toHaveLength(3);
	});

	it('refuses a second published version of one organisation × period in the store itself', async () => {
		const a = await draft('2025-Q1', [deeln('WK000101', 40)]);
		const b = await draft('2025-Q1', [deeln('WK000101', 41)]);
		await publishDelivery(scope, a);
		await expect(db.updateTable('deliveries').set({ status: 'gepubliceerd' }).where('id', '=', b).execute()).rejects.toThrow(/unique/i);
	});

	it('gives concurrent drafts of one organisation × period consecutive version numbers', async () => {
		await Promise.all([1, 2, 3, 4, 5].map((i) => draft('2025-Q1', [deeln('WK000101', i)])));
		expect((await deliveries.list(scope)).map((d) => d.version).sort()).toEqual([1, 2, 3, 4, 5]);
	});

	it('knows the latest period per indicator and area, kept per publication version', async () => {
		await publishDelivery(scope, await draft('2025-Q1', [deeln('WK000101', 40), deeln('WK000102', 30)]));
		const v1 = await publication.currentVersion(scope);
		expect((await latestPeriods(scope, v1)).get('DEELN|WK000101')).toBe('2025-Q1');
		await publishDelivery(scope, await draft('2025-Q2', [deeln('WK000101', null, '2025-Q2')]));
		const v2 = await publication.currentVersion(scope);
		const latest = await latestPeriods(scope, v2);
		expect(latest.get('DEELN|WK000101')).toBe('2025-Q2');
		expect(latest.get('DEELN|WK000102')).toBe('2025-Q1');
	});

	it('tells a reader when a publication landed while it read', async () => {
		const v0 = await publication.currentVersion(scope);
		const quiet = await publication.readAt(scope, v0, async () => 'x');
		expect(quiet).toEqual({ value: 'x', consistent: true });
		const raced = await publication.readAt(scope, v0, async () => {
			await publishDelivery(scope, await draft('2025-Q1', [deeln('WK000101', 40)]));
			return 'y';
		});
		expect(raced.consistent).toBe(false);
	});

	it('publishes what an older database holds as its first publication, once', async () => {
		const id = await draft('2025-Q1', [deeln('WK000101', 40)]);
		await db.updateTable('deliveries').set({ status: 'gepubliceerd', published_at: '2025-04-01T00:00:00Z' }).where('id', '=', id).execute();
		expect(await publication.publishUpgraded(db)).toBe(1);
		expect(await publication.publishUpgraded(db)).toBe(0);
		expect(await publication.currentVersion(scope)).toBe(1);
		expect(await cells()).toEqual([['DEELN', 'WK000101', '2025-Q1', 40, false]]);
	});
});
