import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as areas from '../db/areas';
import type { Db } from '../db/client';
import * as deliveries from '../db/deliveries';
import * as notes from '../db/notes';
import type { Scope } from '../db/scope';
import { stores, testDb, seedSmallGemeente, publishDelivery } from '../db/test-fixtures';
import { figuresForArea, type FigureOptions } from './wijk-figures';

describe.each(stores)('on %s', (store) => {

	let db: Db;
	let scope: Scope;

	beforeAll(async () => {
		db = await testDb(store);
		scope = { db, gemeente: 'GM0001' };
		const { organisationId } = await seedSmallGemeente(scope);
		const m = (areaCode: string, period: string, value: number, toelichting: string | null = null) => ({ indicatorCode: 'DEELN', areaCode, period, value, toelichting });
		const id = await deliveries.createDraft(scope, {
			organisationId,
			period: '2025-Q2',
			// deliberately out of order, and the city before the wijken
			measurements: [
				m('GM0001', '2025-Q2', 90),
				m('WK000101', '2025-Q2', 60, 'Nieuwe groep gestart.'),
				m('WK000102', '2025-Q2', 30),
				m('WK000102', '2025-Q1', 2, 'Twee deelnemers van de Dorpsstraat.'),
				m('WK000101', '2025-Q1', 48),
				m('GM0001', '2025-Q1', 50)
			]
		});
		await publishDelivery(scope, id);
		const note = { sessionId: null, indicatorCode: 'DEELN', areaCode: 'WK000102', periodFrom: '2025-Q1', periodTo: '2025-Q1', kind: 'verklaring' as const, authorRole: 'opbouwwerker', authorOrganisationId: null, publishedAt: '2025-08-01T00:00:00Z' };
		await notes.create(scope, { ...note, body: 'Openbare duiding', visibility: 'openbaar' });
		await notes.create(scope, { ...note, body: 'Interne notitie', visibility: 'intern' });
	});
	afterAll(async () => db.destroy());

	async function figureFor(areaCode: string, audience: 'openbaar' | 'intern' = 'openbaar', options: FigureOptions = {}) {
		const area = (await areas.get(scope, areaCode))!;
		const city = (await areas.get(scope, 'GM0001'))!;
		const figures = await figuresForArea(scope, { audience, organisationId: null }, area, city, options);
		return figures.find((f) => f.indicator.code === 'DEELN')!;
	}

	describe('figuresForArea', () => {
		it('orders rows by period and takes the latest as the headline', async () => {
			const figure = await figureFor('WK000101');
			expect(figure.rows.map((r) => r.period)).toEqual(['2025-Q1', '2025-Q2']);
			expect(figure.latest).toMatchObject({ period: '2025-Q2', cell: { value: 60 }, toelichting: 'Nieuwe groep gestart.' });
			expect(figure.svg).toMatch(/^<div class="fit"[^>]*><div class="fit-wide"><svg[^>]*role="img"/);
		});

		it('never serialises a hidden value, the value that would give it away, or its toelichting', async () => {
			const figure = await figureFor('WK000102');
			const q1 = figure.rows.find((r) => r.period === '2025-Q1')!;
			expect(q1.area).toEqual({ value: null, n: null, suppressed: true, protectsOther: false, missingReason: null });
			const json = JSON.stringify(figure);
			expect(json).not.toContain('Dorpsstraat');
			expect(json).not.toMatch(/"value":2\b/);
			// WK000101's 48 would give away 50 - 48 = 2, so it is hidden too, and says why
			const protecting = await figureFor('WK000101');
			expect(JSON.stringify(protecting)).not.toMatch(/"value":48\b/);
			expect(protecting.rows.find((r) => r.period === '2025-Q1')!.area).toMatchObject({ suppressed: true, protectsOther: true });
		});

		it('shows internal staff everything, and the public only public notes', async () => {
			expect((await figureFor('WK000102', 'intern')).rows[0]!.area?.value).toBe(2);
			expect((await figureFor('WK000102')).notes.map((n) => n.body)).toEqual(['Openbare duiding']);
			expect((await figureFor('WK000102', 'intern')).notes).toHaveLength(2);
		});

		it('keeps to a period range, but the headline stays the latest published figure', async () => {
			const figure = await figureFor('WK000101', 'intern', { range: { from: null, to: '2025-Q1' } });
			expect(figure.rows.map((r) => r.period)).toEqual(['2025-Q1']);
			expect(figure.latest?.period).toBe('2025-Q2');
		});

		it('draws the other wijken faintly, and leaves figures past `drawn` to the browser', async () => {
			const figure = await figureFor('WK000101', 'intern');
			expect(figure.svg).toContain('Dunne grijze lijn: de andere wijk.');
			expect((await figureFor('WK000101', 'intern', { drawn: 0 })).svg).toBeNull();
		});
	});
});
