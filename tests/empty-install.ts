// A second Wijkbeeld on an empty store, for the journeys that start from nothing (a new gemeente's setup).
// The spec file starts it with `startFromEmptyInstall()` instead of the demo; it runs the production build
// like the main test server, on its own port and SQLite file, and is stopped after the file's tests.
import { test } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

export const EMPTY_DB = 'var/e2e/leeg.db';

/** Runs `npm run admin:create` as an operator would, against the empty install's store. */
export function adminCreate(args: Record<string, string>, password: string): string {
	return execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/create-admin.ts', ...Object.entries(args).map(([k, v]) => `--${k}=${v}`)], {
		env: { ...process.env, WIJKBEELD_DB: EMPTY_DB, DATABASE_URL: '', WIJKBEELD_ADMIN_PASSWORD: password },
		encoding: 'utf8'
	});
}

async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
	for (let i = 0; i < 200; i++) {
		if (server.exitCode !== null) throw new Error(`test server for ${url} stopped with ${server.exitCode}`);
		try {
			await fetch(url, { redirect: 'manual' });
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error(`test server ${url} did not start`);
}

/**
 * Call at the top of a spec file instead of startFromFreshDemo(): an empty store before its first test, and a
 * server per entry of `servers` (port → extra environment, e.g. WIJKBEELD_GEMEENTE), stopped after.
 */
export function startFromEmptyInstall(servers: Record<number, Record<string, string>>): void {
	const running: ChildProcess[] = [];
	test.beforeAll(async () => {
		mkdirSync('var/e2e', { recursive: true });
		for (const file of [EMPTY_DB, `${EMPTY_DB}-wal`, `${EMPTY_DB}-shm`]) rmSync(file, { force: true });
		execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/migrate.ts'], { env: { ...process.env, WIJKBEELD_DB: EMPTY_DB, DATABASE_URL: '' }, stdio: 'ignore' });
		for (const [port, extra] of Object.entries(servers)) {
			const server = spawn(process.execPath, ['build/index.js'], {
				env: {
					...process.env,
					PORT: port,
					...(extra.HOST_HEADER ? {} : { ORIGIN: `http://localhost:${port}` }),
					WIJKBEELD_DB: EMPTY_DB,
					DATABASE_URL: '',
					WIJKBEELD_DEMO: '0',
					BODY_SIZE_LIMIT: '60M',
					...extra
				},
				stdio: ['ignore', 'ignore', 'inherit']
			});
			running.push(server);
			await waitUntilUp(`http://localhost:${port}/`, server);
		}
	});
	test.afterAll(() => {
		for (const server of running) server.kill('SIGTERM');
	});
}
