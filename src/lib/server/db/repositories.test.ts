import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as afspraken from './afspraken';
import * as areas from './areas';
import type { Db } from './client';
import * as deliveries from './deliveries';
import * as indicators from './indicators';
import { listVisible } from '../publish/figures';
import * as notes from './notes';
import * as organisations from './organisations';
import type { Scope } from './scope';
import * as sessions from './duiding-sessions';
import * as stories from './stories';
import * as audit from './audit';
import * as users from './users';
import { stores, testDb, seedSmallGemeente, publishDelivery } from './test-fixtures';
import type { Visibility } from '../../domain/vocabulary';

describe.each(stores)('on %s', (store) => {

	const as = (audience: Visibility, organisationId: string | null = null) => ({ audience, organisationId });

	let db: Db;
	let a: Scope;
	let b: Scope;
	let orgA: string;
	let orgB: string;

	beforeEach(async () => {
		db = await testDb(store);
		a = { db, gemeente: 'GM0001' };
		b = { db, gemeente: 'GM0002' };
		orgA = (await seedSmallGemeente(a)).organisationId;
		orgB = (await seedSmallGemeente(b)).organisationId;
	});
	afterEach(async () => db.destroy());

	const m = (value: number | null, period = '2025-Q1', areaCode = 'WK000101') => ({
		indicatorCode: 'DEELN',
		areaCode,
		period,
		value,
		missingReason: value === null ? 'Systeem vervangen' : null
	});

	describe('areas and indicators', () => {
		it('lists only the tenant’s own rows', async () => {
			expect((await areas.list(a, 'wijk')).map((x) => x.code)).toEqual(['WK000101', 'WK000102']);
			expect((await areas.list(b, 'wijk')).map((x) => x.code)).toEqual(['WK000201', 'WK000202']);
			expect(await areas.get(a, 'WK000201')).toBeUndefined();
			expect(await areas.listGeometries(a, 'wijk')).toEqual([{ code: 'WK000101', name: 'Noord', geometry: { type: 'Point', coordinates: [4.5, 52.1] } }]);
		});

		it('returns the latest definition as current and keeps the history', async () => {
			const deeln = await indicators.get(a, 'DEELN');
			expect(deeln?.definition).toBe('Eén keer per kwartaal geteld.');
			expect(deeln?.definitions.map((d) => d.validFrom)).toEqual(['2021-Q1', '2024-Q1']);
			expect((await indicators.list(a)).map((i) => i.code)).toEqual(['DEELN', 'TEV']);
		});
	});

	describe('deliveries and published measurements', () => {
		it('publishes nothing until a delivery is published', async () => {
			await deliveries.createDraft(a, { organisationId: orgA, period: '2025-Q1', measurements: [m(40)] });
			expect(await listVisible(a, 'intern')).toEqual([]);
		});

		it('normalises periods and stores missing values with their reason', async () => {
			const id = await deliveries.createDraft(a, { organisationId: orgA, period: 'Q1 2025', measurements: [m(40, '2025 K1'), m(null, '2025-Q2')] });
			await publishDelivery(a, id);
			const rows = await listVisible(a, 'intern');
			expect(rows.map((r) => [r.period, r.periodStart, r.value, r.missingReason])).toEqual([
				['2025-Q1', '2025-01-01', 40, null],
				['2025-Q2', '2025-04-01', null, 'Systeem vervangen']
			]);
			expect(rows[0]?.organisation).toBe('Welzijn GM0001');
		});

		it('rejects a measurement with neither value nor reason, and stores nothing of that delivery', async () => {
			await expect(
				deliveries.createDraft(a, { organisationId: orgA, period: '2025-Q1', measurements: [m(40), { ...m(null), missingReason: null }] })
			).rejects.toThrow(/neither a value nor a missing reason/);
			expect(await deliveries.list(a)).toEqual([]);
		});

		it('publishes one value per indicator × area × period: the most recently published', async () => {
			const first = await deliveries.createDraft(a, { organisationId: orgA, period: '2025-Q1', measurements: [m(40)] });
			await publishDelivery(a, first, '2025-04-01T00:00:00Z');
			const other = await organisations.create(a, { name: 'Tweede organisatie', type: 'overig' });
			const second = await deliveries.createDraft(a, { organisationId: other, period: '2025-Q1', measurements: [m(41)] });
			await publishDelivery(a, second, '2025-05-01T00:00:00Z');
			expect((await listVisible(a, 'intern')).map((r) => [r.value, r.organisation])).toEqual([[41, 'Tweede organisatie']]);
		});

		it('a correction is a new version that replaces the old one, which is kept', async () => {
			const first = await deliveries.createDraft(a, { organisationId: orgA, period: '2025-Q1', measurements: [m(40)] });
			await publishDelivery(a, first);
			const second = await deliveries.createDraft(a, { organisationId: orgA, period: '2025-Q1', measurements: [m(44)] });
			await publishDelivery(a, second);
			expect((await listVisible(a, 'intern')).map((r) => r.value)).toEqual([44]);
			const all = await deliveries.list(a);
			expect(all.map((d) => [d.version, d.status, d.replacesId])).toEqual([
				[2, 'gepubliceerd', first],
				[1, 'vervangen', null]
			]);
			await expect(publishDelivery(a, first)).rejects.toThrow(/already vervangen/);
		});

		it('keeps tenants apart', async () => {
			const id = await deliveries.createDraft(a, { organisationId: orgA, period: '2025-Q1', measurements: [m(40)] });
			await publishDelivery(a, id);
			expect(await listVisible(b, 'intern')).toEqual([]);
			await expect(publishDelivery(b, id)).rejects.toThrow(/unknown delivery/);
			// a gemeente cannot store a delivery in another gemeente's organisation's name
			await expect(
				deliveries.createDraft(b, { organisationId: orgA, period: '2025-Q2', measurements: [{ ...m(1, '2025-Q2'), areaCode: 'WK000201' }] })
			).rejects.toThrow(/FOREIGN KEY|foreign key/);
			expect(await deliveries.list(b)).toEqual([]);
			await deliveries.createDraft(b, { organisationId: orgB, period: '2025-Q1', measurements: [{ ...m(1), areaCode: 'WK000201' }] });
		});

		it('filters by indicator and area', async () => {
			const id = await deliveries.createDraft(a, {
				organisationId: orgA,
				period: '2025-Q1',
				measurements: [m(40), m(30, '2025-Q1', 'WK000102')]
			});
			await publishDelivery(a, id);
			expect((await listVisible(a, 'intern', { areaCodes: ['WK000102'] })).map((r) => r.value)).toEqual([30]);
			expect(await listVisible(a, 'intern', { indicatorCodes: ['TEV'] })).toEqual([]);
			expect(await listVisible(a, 'intern', { areaCodes: [] })).toEqual([]);
		});
	});

	describe('stories and notes by audience', () => {
		const story = (title: string, visibility: 'openbaar' | 'raad' | 'partners' | 'intern', extra = {}) => ({
			title,
			body: 'Tekst',
			type: 'inwonersverhaal' as const,
			sourceRole: 'bewoner',
			areaCode: 'WK000101',
			period: '2025-Q1',
			themeCodes: ['meedoen'],
			indicatorCodes: ['DEELN'],
			collectedByOrganisationId: orgA,
			consentDate: '2025-02-01',
			consentScope: 'openbaar',
			privacyCheck: 'akkoord' as const,
			visibility,
			status: 'gepubliceerd' as const,
			...extra
		});

		it('shows a story only to audiences at or above its level, and only when checked and published', async () => {
			await stories.create(a, story('Open', 'openbaar'));
			await stories.create(a, story('Raad', 'raad'));
			await stories.create(a, story('Intern', 'intern'));
			await stories.create(a, story('Niet gecontroleerd', 'openbaar', { privacyCheck: 'niet gecontroleerd' }));
			await stories.create(a, story('Concept', 'openbaar', { status: 'concept' }));
			expect((await stories.listReadable(a, as('openbaar'))).map((s) => s.title)).toEqual(['Open']);
			expect((await stories.listReadable(a, as('raad'))).map((s) => s.title)).toEqual(['Open', 'Raad']);
			expect((await stories.listReadable(a, as('intern'), { indicatorCode: 'DEELN' })).map((s) => s.title)).toEqual(['Intern', 'Open', 'Raad']);
			expect(await stories.listReadable(a, as('intern'), { indicatorCode: 'TEV' })).toEqual([]);
			expect(await stories.listReadable(b, as('intern'))).toEqual([]);
			expect((await stories.countByArea(a, as('openbaar'))).get('WK000101')).toBe(1);
		});

		it('filters notes by audience', async () => {
			const base = { sessionId: null, indicatorCode: 'DEELN', areaCode: 'WK000101', periodFrom: '2024-Q1', periodTo: '2024-Q1', kind: 'verklaring' as const, body: 'x', authorRole: 'opbouwwerker', authorOrganisationId: orgA, publishedAt: '2024-05-01T00:00:00Z' };
			await notes.create(a, { ...base, visibility: 'openbaar' });
			await notes.create(a, { ...base, visibility: 'partners' });
			expect(await notes.listReadable(a, as('raad'))).toHaveLength(1);
			expect(await notes.listReadable(a, as('partners'), { areaCodes: ['WK000101'], indicatorCode: 'DEELN' })).toHaveLength(2);
			expect(await notes.listReadable(b, as('intern'))).toHaveLength(0);
			await notes.create(a, { ...base, body: 'eigen', visibility: 'intern' });
			// an organisation reads its own internal notes, another partner does not
			expect((await notes.listReadable(a, as('partners', orgA))).map((n) => n.body)).toContain('eigen');
			const other = await organisations.create(a, { name: 'Andere partner', type: 'welzijnsorganisatie' });
			expect((await notes.listReadable(a, as('partners', other))).map((n) => n.body)).not.toContain('eigen');
			expect((await notes.listReadable(a, as('raad'))).map((n) => n.body)).not.toContain('eigen');
		});
	});

	describe('duidingssessies, afspraken, users, audit', () => {
		it('stores a session with its agenda and afspraken', async () => {
			const id = await sessions.create(a, {
				title: 'Sessie Noord',
				heldOn: '2025-03-01',
				kind: 'duidingssessie',
				themeCode: 'meedoen',
				status: 'afgerond',
				areaCodes: ['WK000101'],
				participants: [{ role: 'opbouwwerker', organisationId: orgA, name: null }],
				agenda: [{ indicatorCode: 'DEELN', areaCode: 'WK000101', question: 'Waarom daalt dit?' }]
			});
			await afspraken.create(a, { sessionId: id, body: 'Bel de school', owner: 'opbouwwerker', ownerOrganisationId: orgA, deadline: '2025-06-01', status: 'open', visibility: 'partners' });
			await afspraken.create(a, { sessionId: id, body: 'Klaar', owner: 'opbouwwerker', ownerOrganisationId: orgA, deadline: '2025-04-01', status: 'afgerond', visibility: 'openbaar' });
			expect((await sessions.list(a)).map((s) => s.title)).toEqual(['Sessie Noord']);
			const stored = await sessions.get(a, id);
			expect(stored?.agenda).toEqual([{ position: 0, indicatorCode: 'DEELN', areaCode: 'WK000101', question: 'Waarom daalt dit?', seenRows: null }]);
			const listed = await afspraken.listForSession(a, id);
			expect(listed.map((f) => [f.body, f.status, f.closedAt !== null]).sort()).toEqual([['Bel de school', 'open', false], ['Klaar', 'afgerond', true]].sort());
			expect(await sessions.get(b, id)).toBeNull();
		});

		it('finds users by e-mail case-insensitively, per tenant, with unique e-mail', async () => {
			await users.create(a, { name: 'Beheer', email: 'Beheer@Example.nl', role: 'beheerder', organisationId: null });
			expect((await users.getByEmail(a, 'beheer@example.NL'))?.role).toBe('beheerder');
			expect(await users.getByEmail(b, 'beheer@example.nl')).toBeUndefined();
			await expect(users.create(a, { name: 'X', email: 'beheer@example.nl', role: 'lezer', organisationId: null })).rejects.toThrow(/UNIQUE|unique/);
		});

		it('appends audit entries', async () => {
			await audit.record(a, { userId: null, action: 'demo.seed', detail: { rows: 3 } });
			const [entry] = await audit.list(a);
			expect(entry?.action).toBe('demo.seed');
			expect(JSON.parse(entry!.detail!)).toEqual({ rows: 3 });
			expect(await audit.list(b)).toEqual([]);
		});
	});
});
