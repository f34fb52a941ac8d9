// One rule per concept, checked against the SQL that applies it: for every combination the store answers
// exactly what the domain function says ("may read" for notes and stories, "publishable story").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayRead, type Viewer } from '../../domain/roles';
import { isPublishable, type StoryState } from '../../domain/story-rules';
import { privacyChecks, storyStatuses, visibilities } from '../../domain/vocabulary';
import type { Db } from './client';
import * as notes from './notes';
import * as organisations from './organisations';
import type { Scope } from './scope';
import * as stories from './stories';
import { seedSmallGemeente, stores, testDb } from './test-fixtures';

describe.each(stores)('rules against their SQL on %s', (store) => {
	let db: Db;
	let scope: Scope;
	let orgA: string;
	let orgB: string;
	const noteRows: { id: string; visibility: (typeof visibilities)[number]; organisationId: string | null }[] = [];
	const storyRows: (StoryState & { id: string; visibility: (typeof visibilities)[number]; organisationId: string | null })[] = [];

	beforeAll(async () => {
		db = await testDb(store);
		scope = { db, gemeente: 'GM0001' };
		orgA = (await seedSmallGemeente(scope)).organisationId;
		orgB = await organisations.create(scope, { name: 'Andere organisatie', type: 'welzijnsorganisatie' });
		for (const visibility of visibilities) {
			for (const organisationId of [null, orgA, orgB]) {
				const { id } = await notes.create(scope, { sessionId: null, indicatorCode: 'DEELN', areaCode: 'WK000101', periodFrom: '2025-Q1', periodTo: '2025-Q1', kind: 'verklaring', body: 'x', authorRole: 'test', authorOrganisationId: organisationId, visibility, publishedAt: '2025-05-01T00:00:00Z' });
				noteRows.push({ id, visibility, organisationId });
			}
		}
		for (const status of storyStatuses)
			for (const privacyCheck of privacyChecks)
				for (const consentDate of [null, '2025-01-01'])
					for (const withdrawn of [null, '2025-06-01T00:00:00Z'])
						for (const visibility of visibilities)
							for (const consentScope of [null, 'openbaar', 'partners'])
								for (const organisationId of [null, orgA]) {
									const id = await stories.create(scope, { title: 't', body: 'b', type: 'signaal', sourceRole: 'bewoner', areaCode: 'WK000101', period: '2025-Q1', themeCodes: [], indicatorCodes: ['DEELN'], collectedByOrganisationId: organisationId, consentDate, consentScope, privacyCheck, visibility, status });
									if (withdrawn) await db.updateTable('stories').set({ consent_withdrawn_at: withdrawn }).where('id', '=', id).execute();
									storyRows.push({ id, status, privacyCheck, consentDate, consentWithdrawnAt: withdrawn, consentScope, visibility, organisationId });
								}
	});
	afterAll(async () => db.destroy());

	const viewers = (): Viewer[] => visibilities.flatMap((audience) => [null, orgA, orgB].map((organisationId) => ({ audience, organisationId })));

	it('"may read": the notes the store returns are exactly those mayRead allows, for every viewer', async () => {
		for (const viewer of viewers()) {
			const got = (await notes.listReadable(scope, viewer)).map((n) => n.id).sort();
			const want = noteRows.filter((n) => mayRead(viewer, n.visibility, n.organisationId)).map((n) => n.id).sort();
			expect(got, JSON.stringify(viewer)).toEqual(want);
		}
	});

	it('"publishable story" and "may read": the stories the store returns are exactly the domain\'s, and counts agree', async () => {
		expect(storyRows.filter(isPublishable).length).toBeGreaterThan(0);
		for (const viewer of viewers()) {
			const want = storyRows.filter((s) => isPublishable(s) && mayRead(viewer, s.visibility, s.organisationId)).map((s) => s.id).sort();
			expect((await stories.listReadable(scope, viewer)).map((s) => s.id).sort(), JSON.stringify(viewer)).toEqual(want);
			expect((await stories.countByArea(scope, viewer)).get('WK000101') ?? 0).toBe(want.length);
		}
	});
});
