import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

// Debian's chromium (no browser download works behind municipal proxies or in CI here).
const chromium = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: chromium,
		trace: 'retain-on-failure',
		locale: 'nl-NL',
		timezoneId: 'UTC'
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromium } }],
	webServer: {
		// A fresh demo database per run, served from the production build.
		command: `node scripts/e2e-server.js`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: { PORT: String(port), WIJKBEELD_DB: 'var/e2e/wijkbeeld.db' }
	}
});
