// Shared by the crash tests: a throwaway store per test (a SQLite file or a PostgreSQL database) and a child
// process that does its work inside an open transaction, says so, and is killed with SIGKILL there.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../server/db/client';
import { createPostgresDatabase, type StoreKind } from '../server/db/test-fixtures';

export type Cleanup = () => Promise<void> | void;

/** A fresh store's address for `store`; `cleanups` gets what removes it. */
export async function crashTarget(store: StoreKind, cleanups: Cleanup[]): Promise<string> {
	if (store === 'postgres') {
		const created = await createPostgresDatabase();
		cleanups.push(created.drop);
		return created.url;
	}
	const dir = mkdtempSync(join(tmpdir(), 'wijkbeeld-crash-'));
	cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
	return join(dir, 'w.db');
}

/** Opens (and migrates) the store at `where`. */
export function openTarget(where: string): Promise<Db> {
	return openDatabase(where.startsWith('postgres') ? { kind: 'postgres', url: where } : where);
}

/** Runs `script` with `args` until it prints `marker` inside its open transaction, then kills it (as `kill -9`). */
export async function killWhenReached(script: string, args: string[], marker: string): Promise<void> {
	const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
	const exited = new Promise((resolve) => child.once('exit', resolve));
	await new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes(marker) && resolve());
		child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before "${marker}"`)));
	});
	// The process holding the open transaction itself (not a wrapper) dies.
	child.kill('SIGKILL');
	await exited;
}
