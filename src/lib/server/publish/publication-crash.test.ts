// A process killed during a publication leaves the previous publication current and complete, on both
// stores, and the next start (open, migrate, publish) is clean.
import { afterEach, describe, expect, it } from 'vitest';
import { crashTarget, killWhenReached, openTarget, type Cleanup } from '../../testing/crash';
import * as deliveries from '../db/deliveries';
import { publishDelivery, seedSmallGemeente, stores } from '../db/test-fixtures';
import { listVisible } from './figures';
import * as publication from './publication';

describe.each(stores)('a publication killed half-way on %s', (store) => {
	const cleanups: Cleanup[] = [];
	afterEach(async () => {
		for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
	});

	it('leaves the previous publication current and complete', async () => {
		const where = await crashTarget(store, cleanups);
		let db = await openTarget(where);
		const scope = { db, gemeente: 'GM0001' };
		const { organisationId } = await seedSmallGemeente(scope);
		const m = (value: number) => ({ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2025-Q1', value });
		await publishDelivery(scope, await deliveries.createDraft(scope, { organisationId, period: '2025-Q1', measurements: [m(40)] }));
		const correction = await deliveries.createDraft(scope, { organisationId, period: '2025-Q1', measurements: [m(99)] });
		await db.destroy();

		await killWhenReached('src/lib/testing/publish-and-hang.ts', [where, correction], 'published 2');

		db = await openTarget(where);
		const after = { db, gemeente: 'GM0001' };
		cleanups.push(() => db.destroy());
		expect(await publication.currentVersion(after)).toBe(1);
		expect((await listVisible(after, 'intern')).map((c) => c.value)).toEqual([40]);
		expect((await deliveries.list(after)).map((d) => [d.id, d.status])).toContainEqual([correction, 'concept']);
		// The next publication goes through as usual, with the next number.
		expect((await publishDelivery(after, correction)).version).toBe(2);
		expect((await listVisible(after, 'intern')).map((c) => c.value)).toEqual([99]);
	});
});
