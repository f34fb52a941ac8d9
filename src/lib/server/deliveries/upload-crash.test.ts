// A process killed while it stores an upload leaves no trace: no delivery, no file, no event, on both stores.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/client';
import { createPostgresDatabase, seedSmallGemeente, stores } from '../db/test-fixtures';

describe.each(stores)('an upload killed half-way on %s', (store) => {
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
		const dir = mkdtempSync(join(tmpdir(), 'wijkbeeld-upload-crash-'));
		cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
		return join(dir, 'w.db');
	}

	const open = (where: string): Promise<Db> => openDatabase(where.startsWith('postgres') ? { kind: 'postgres', url: where } : where);

	it('leaves no delivery, file or event behind', async () => {
		const where = await target();
		let db = await open(where);
		const { organisationId } = await seedSmallGemeente({ db, gemeente: 'GM0001' });
		await db.destroy();

		const child = spawn(process.execPath, ['--import', 'tsx', 'src/lib/testing/upload-and-hang.ts', where, organisationId], { stdio: ['ignore', 'pipe', 'inherit'] });
		const exited = new Promise((resolve) => child.once('exit', resolve));
		await new Promise<void>((resolve, reject) => {
			child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('stored ') && resolve());
			child.once('exit', (code) => reject(new Error(`child exited with ${code} before storing`)));
		});
		child.kill('SIGKILL');
		await exited;

		db = await open(where);
		cleanups.push(() => db.destroy());
		for (const table of ['deliveries', 'delivery_files', 'delivery_events'] as const) {
			expect(await db.selectFrom(table).select('gemeente_code').execute(), table).toEqual([]);
		}
	});
});
