// The large-municipality benchmark (issue: 100 wijken × 200 indicators × 40 quarters ≈ 800,000
// measurements): generates the data, serves it, and measures in headless chromium with a cold cache.
// Usage: npm run build && npm run bench:large [-- --runs=3]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createLargeGemeente, LARGE } from './large-gemeente';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const port = 4330;
const base = `http://localhost:${port}`;
const db = 'var/bench-large/wijkbeeld.db';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (x) => `${Math.round(x)} ms`;
const kb = (x) => `${Math.round(x / 1024)} KB`;

let started = performance.now();
const rows = await createLargeGemeente(db);
console.log(`Generated ${LARGE.name}: ${rows} measurements (${LARGE.wijken} wijken × ${LARGE.indicators} indicators × 40 quarters + city) in ${ms(performance.now() - started)}`);

const server = spawn(process.execPath, ['scripts/serve.js'], {
	env: { ...process.env, PORT: String(port), WIJKBEELD_DB: db, WIJKBEELD_GEMEENTE: LARGE.gemeente, WIJKBEELD_DEMO: '0' },
	stdio: ['ignore', 'ignore', 'inherit']
});
process.on('exit', () => server.kill('SIGTERM'));
for (let i = 0; i < 120; i++) {
	try {
		if ((await fetch(`${base}/login`)).ok) break;
	} catch {
		/* starting */
	}
	await new Promise((r) => setTimeout(r, 500));
}

const probe = () => {
	const marks = {};
	const check = () => {
		const svg = document.querySelector('figure .chart svg');
		if (!marks.firstChart && svg && svg.getBoundingClientRect().height > 0) marks.firstChart = performance.now();
		if (!marks.duckdb && document.querySelector('[data-duckdb="klaar"], [data-duckdb="mislukt"]')) {
			marks.duckdb = performance.now();
			marks.duckdbStatus = document.querySelector('[data-duckdb]').getAttribute('data-duckdb');
		}
		if (!marks.duckdb) requestAnimationFrame(check);
	};
	window.__bench = marks;
	document.addEventListener('DOMContentLoaded', check);
	requestAnimationFrame(check);
};

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
});
try {
	const page_ = [];
	let bytes = {};
	let wasmHeaders = {};
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		bytes = { js: 0, snapshot: 0, html: 0, wasm: 0 };
		page.on('response', async (response) => {
			const url = response.url();
			const size = (await response.request().sizes()).responseBodySize;
			if (url.endsWith('.wasm')) {
				bytes.wasm += size;
				wasmHeaders = { encoding: response.headers()['content-encoding'], cache: response.headers()['cache-control'] };
			} else if (url.includes('/api/snapshot/')) bytes.snapshot += size;
			else if (url.endsWith('.js') && !url.includes('duckdb-browser')) bytes.js += size;
			else if (url.includes('/wijk/')) bytes.html += size;
		});
		await page.addInitScript(probe);
		await page.goto(`${base}/wijk/WK999900`, { timeout: 180_000 });
		await page.waitForSelector('[data-duckdb="klaar"], [data-duckdb="mislukt"]', { state: 'attached', timeout: 180_000 });
		page_.push(await page.evaluate(() => window.__bench));
		await context.close();
	}
	console.log(`Wijk page /wijk/WK999900 (200 figures), ${runs} cold runs, median (min–max):`);
	for (const [key, label] of [['firstChart', 'navigation → first figure visible (target ≤ 500 ms)'], ['duckdb', 'navigation → DuckDB-WASM answered (target ≤ 2,500 ms)']]) {
		const xs = page_.map((m) => m[key]);
		console.log(`  ${label}: ${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))}); DuckDB status: ${page_.map((m) => m.duckdbStatus).join(', ')}`);
	}
	console.log(`  transferred: HTML ${kb(bytes.html)}, app JS ${kb(bytes.js)} (target ≤ 250 KB gzip; DuckDB's worker not counted), snapshot ${kb(bytes.snapshot)}, wasm ${kb(bytes.wasm)}`);
	console.log(`  wasm served with content-encoding ${wasmHeaders.encoding ?? 'none'}, cache-control "${wasmHeaders.cache ?? 'none'}"`);

	// Ranking: change the period on the indicator page; DuckDB-WASM answers in the browser.
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/indicator/I002`, { timeout: 180_000 });
	const periods = await page.locator('#periode option').evaluateAll((options) => options.map((o) => o.value));
	const latencies = [];
	for (let i = 1; i <= 21; i++) {
		const period = periods[i % periods.length];
		await page.selectOption('#periode', period);
		const t0 = await page.evaluate(() => performance.now());
		await page.click('form.period-choice button');
		await page.waitForFunction((p) => document.querySelector('#ranking-kop')?.getAttribute('data-ranking-period') === p && document.querySelector('#ranking-kop')?.getAttribute('data-ranking-source') === 'klaar', period, { timeout: 180_000 });
		const t1 = await page.evaluate(() => performance.now());
		if (i > 1) latencies.push(t1 - t0); // the first includes loading the snapshot into DuckDB
	}
	console.log(`Ranking for another period via DuckDB-WASM (query + redraw, 20 runs after warm-up): p50 ${ms(median(latencies))}, p95 ${ms(p95(latencies))} (target p95 ≤ 50 ms for the query alone)`);
	await context.close();

	// Server response times for pages the browser does not yet answer itself.
	for (const path of ['/', `/api/snapshot/${LARGE.gemeente}/openbaar`, '/vergelijk?wijken=WK999900,WK999901,WK999902&indicatoren=I001,I002&van=2022-Q1']) {
		const times = [];
		for (let i = 0; i < 3; i++) {
			started = performance.now();
			const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
			await response.arrayBuffer();
			times.push(performance.now() - started);
		}
		console.log(`  server ${path}: median ${ms(median(times))}`);
	}
} finally {
	await browser.close();
	server.kill('SIGTERM');
}
