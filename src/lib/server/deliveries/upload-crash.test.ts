// A process killed while it stores an upload leaves no trace: no delivery, no file, no event, on both stores.
import { afterEach, describe, expect, it } from 'vitest';
import { crashTarget, killWhenReached, openTarget, type Cleanup } from '../../testing/crash';
import { seedSmallGemeente, stores } from '../db/test-fixtures';

describe.each(stores)('an upload killed half-way on %s', (store) => {
	const cleanups: Cleanup[] = [];
	afterEach(async () => {
		for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
	});

	it('leaves no delivery, file or event behind', async () => {
		const where = await crashTarget(store, cleanups);
		let db = await openTarget(where);
		const { organisationId } = await seedSmallGemeente({ db, gemeente: 'GM0001' });
		await db.destroy();

		await killWhenReached('src/lib/testing/upload-and-hang.ts', [where, organisationId], 'stored ');

		db = await openTarget(where);
		cleanups.push(() => db.destroy());
		for (const table of ['deliveries', 'delivery_files', 'delivery_events'] as const) {
			expect(await db.selectFrom(table).select('gemeente_code').execute(), table).toEqual([]);
		}
	});
});
