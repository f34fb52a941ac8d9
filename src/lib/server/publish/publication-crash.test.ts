// A process killed during a publication leaves the previous publication current and complete, on both
// stores, and the next start (open, migrate, publish) is clean.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/client';
import * as deliveries from '../db/deliveries';
import { createPostgresDatabase, publishDelivery, seedSmallGemeente, stores } from '../db/test-fixtures';
import { listVisible } from './figures';
import * as publication from './publication';

describe.each(stores)('a publication killed half-way on %s', (store) => {
	const cleanups: (() => Promise<void> | void)[] = [];
	afterEach(async () => {
		for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
	});

	async function target(): Promise<string> {
		if (store === 'postgres') {
			const created = await createPostgresDatabase();
			cleanups.push(created.drop);
			return created.url;
		}
		const dir = mkdtempSync(join(tmpdir(), 'wijkbeeld-crash-'));
		cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
		return join(dir, 'w.db');
	}

	const open = (where: string): Promise<Db> => openDatabase(where.startsWith('postgres') ? { kind: 'postgres', url: where } : where);

	it('leaves the previous publication current and complete', async () => {
		const where = await target();
		let db = await open(where);
		const scope = { db, gemeente: 'GM0001' };
		const { organisationId } = await seedSmallGemeente(scope);
		const m = (value: number) => ({ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2025-Q1', value });
		await publishDelivery(scope, await deliveries.createDraft(scope, { organisationId, period: '2025-Q1', measurements: [m(40)] }));
		const correction = await deliveries.createDraft(scope, { organisationId, period: '2025-Q1', measurements: [m(99)] });
		await db.destroy();

		const child = spawn(process.execPath, ['--import', 'tsx', 'src/lib/testing/publish-and-hang.ts', where, correction], { stdio: ['ignore', 'pipe', 'inherit'] });
		const exited = new Promise((resolve) => child.once('exit', resolve));
		await new Promise<void>((resolve, reject) => {
			child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('published 2') && resolve());
			child.once('exit', (code) => reject(new Error(`child exited with ${code} before publishing`)));
		});
		// The process holding the open transaction itself (not a wrapper) dies, as with `kill -9`.
		child.kill('SIGKILL');
		await exited;

		db = await open(where);
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
