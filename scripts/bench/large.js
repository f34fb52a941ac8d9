// The large-municipality benchmark (issue: 100 wijken × 200 indicators × 40 quarters ≈ 800,000
// measurements): generates the data, serves it, and measures in headless chromium with a cold cache.
// Usage: npm run build && npm run bench:large [-- --runs=3]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createLargeGemeente, LARGE } from './large-gemeente';
import { duckdbAtFullSize } from './duckdb-full';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const port = 4330;
const base = `http://localhost:${port}`;
const db = 'var/bench-large/wijkbeeld.db';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x) => `${Math.round(x)} ms`;
const kb = (x) => `${Math.round(x / 1024)} KB`;
const spread = (xs) => `p50 ${ms(median(xs))}, p95 ${ms(p95(xs))}`;

const generated = await createLargeGemeente(db);
console.log(
	`Generated ${LARGE.name}: ${generated.measurements} measurements (${LARGE.wijken} wijken × ${LARGE.indicators} indicators × 40 quarters + city) in ${generated.deliveries} deliveries in ${ms(generated.insertMs)}; published in one publication in ${ms(generated.publishMs)}`
);

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
// Nothing is written on a read: the publication wrote the published cells. The first request warms the process.
let started = performance.now();
await (await fetch(`${base}/`)).arrayBuffer();
console.log(`First request after start: ${ms(performance.now() - started)}`);

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
const queryTimes = (page) => page.evaluate(() => performance.getEntriesByName('wijkbeeld:duckdb-query').map((e) => e.duration));
const clearQueryTimes = (page) => page.evaluate(() => performance.clearMeasures('wijkbeeld:duckdb-query'));

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
});
try {
	const marks = [];
	let bytes = {};
	let wasmHeaders = {};
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		bytes = { js: 0, snapshot: 0, html: 0, wasm: 0, slices: 0 };
		page.on('response', async (response) => {
			const url = response.url();
			const size = (await response.request().sizes()).responseBodySize;
			if (url.endsWith('.wasm')) {
				bytes.wasm += size;
				wasmHeaders = { encoding: response.headers()['content-encoding'], cache: response.headers()['cache-control'] };
			} else if (url.includes('/api/snapshot/')) {
				bytes.snapshot += size;
				bytes.slices++;
			} else if (url.endsWith('.js') && !url.includes('duckdb-browser')) bytes.js += size;
			else if (url.includes('/wijk/')) bytes.html += size;
		});
		await page.addInitScript(probe);
		await page.goto(`${base}/wijk/WK999900`, { timeout: 180_000 });
		await page.waitForSelector('[data-duckdb="klaar"], [data-duckdb="mislukt"]', { state: 'attached', timeout: 180_000 });
		await page.waitForTimeout(500); // let the figures in view ask for their slices, so the bytes are counted
		marks.push(await page.evaluate(() => window.__bench));
		await context.close();
	}
	console.log(`Wijk page /wijk/WK999900 (200 figures), ${runs} cold runs, median (min–max):`);
	for (const [key, label] of [['firstChart', 'navigation → first figure visible (target ≤ 500 ms)'], ['duckdb', 'navigation → DuckDB-WASM answered (target ≤ 2,500 ms)']]) {
		const xs = marks.map((m) => m[key]);
		console.log(`  ${label}: ${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))}); DuckDB status: ${marks.map((m) => m.duckdbStatus).join(', ')}`);
	}
	console.log(`  transferred: HTML ${kb(bytes.html)}, app JS ${kb(bytes.js)} (target ≤ 250 KB gzip; DuckDB's worker not counted), snapshot slices ${kb(bytes.snapshot)} in ${bytes.slices} requests, wasm ${kb(bytes.wasm)}`);
	console.log(`  wasm served with content-encoding ${wasmHeaders.encoding ?? 'none'}, cache-control "${wasmHeaders.cache ?? 'none'}"`);

	// Ranking: change the period on the indicator page; DuckDB-WASM answers in the browser.
	{
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${base}/indicator/I002`, { timeout: 180_000 });
		const periods = await page.locator('#periode option').evaluateAll((options) => options.map((o) => o.value));
		const totals = [];
		for (let i = 1; i <= 21; i++) {
			const period = periods[i % periods.length];
			await page.selectOption('#periode', period);
			if (i === 2) await clearQueryTimes(page); // the first includes loading the slice
			const t0 = await page.evaluate(() => performance.now());
			await page.click('form.period-choice button');
			await page.waitForFunction((p) => document.querySelector('#ranking-kop')?.getAttribute('data-ranking-period') === p && document.querySelector('#ranking-kop')?.getAttribute('data-ranking-source') === 'klaar', period, { timeout: 180_000 });
			if (i > 1) totals.push((await page.evaluate(() => performance.now())) - t0);
		}
		console.log(`Ranking for another period in the browser (20 runs after warm-up): query ${spread(await queryTimes(page))} (target p95 ≤ 50 ms); query + redraw ${spread(totals)}`);
		await context.close();
	}

	// Compare: three wijken, two indicators, a changing period range.
	{
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${base}/vergelijk?wijken=WK999900,WK999901,WK999902&indicatoren=I001,I002`, { timeout: 180_000 });
		await page.waitForSelector('[data-duckdb="klaar"]', { state: 'attached', timeout: 180_000 });
		const periods = await page.locator('#vergelijk-van option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
		const totals = [];
		for (let i = 1; i <= 21; i++) {
			await page.selectOption('#vergelijk-van', periods[(i * 3) % 20]);
			if (i === 2) await clearQueryTimes(page);
			const t0 = await page.evaluate(() => performance.now());
			await page.click('form.compare-form button[type="submit"]');
			await page.waitForFunction((p) => location.search.includes(`van=${p}`) && document.querySelector('[data-duckdb]')?.getAttribute('data-duckdb') === 'klaar', periods[(i * 3) % 20], { timeout: 180_000 });
			if (i > 1) totals.push((await page.evaluate(() => performance.now())) - t0);
		}
		console.log(`Compare in the browser (20 runs after warm-up): query ${spread(await queryTimes(page))} (target p95 ≤ 50 ms); query + redraw ${spread(totals)}`);
		await context.close();
	}

	// Server response times (warm: after the first request of each).
	for (const path of ['/', '/wijk/WK999900', '/indicator/I002', `/api/snapshot/${LARGE.gemeente}/openbaar/${generated.version}?indicatoren=I001,I002,I003,I004,I005,I006,I007,I008`, `/api/snapshot/${LARGE.gemeente}/openbaar/${generated.version}`, '/vergelijk?wijken=WK999900,WK999901,WK999902&indicatoren=I001,I002&van=2022-Q1']) {
		const times = [];
		let size = 0;
		for (let i = 0; i < 4; i++) {
			started = performance.now();
			const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
			if (!response.ok) throw new Error(`${path} answered ${response.status}`);
			size = (await response.arrayBuffer()).byteLength;
			times.push(performance.now() - started);
		}
		console.log(`  server ${path}: first ${ms(times[0])}, then median ${ms(median(times.slice(1)))}, ${kb(size)}`);
	}
} finally {
	await browser.close();
	server.kill('SIGTERM');
}

// The same SQL at full size: all 808,000 rows in one DuckDB-WASM table (Node build of the same wasm).
await duckdbAtFullSize(db, LARGE);
