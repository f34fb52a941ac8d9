// Every spec file starts from a freshly seeded demo (Immich's e2e specs begin with a reset), so a test that
// publishes or changes settings cannot change what another spec file reads. The server keeps running: the
// reset is one transaction and a new publication number, so no cache of the server keeps the old figures.
import { test } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/** The database the Playwright web server serves (playwright.config.ts). */
export const E2E_DB = 'var/e2e/wijkbeeld.db';

/** Replaces the demo in the served database with a fresh copy. */
export function resetDemo(): void {
	execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/seed-demo.ts', '--reset'], {
		env: { ...process.env, WIJKBEELD_DB: E2E_DB, DATABASE_URL: '' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

/** Call at the top of every spec file: a fresh demo before its first test. */
export function startFromFreshDemo(): void {
	test.beforeAll(() => resetDemo());
}
