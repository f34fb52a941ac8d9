// Benchmarks, on localhost:
// 1. the wijk page in headless chromium with a cold cache per run: navigation → first chart visible
//    (server-drawn) and → first DuckDB-WASM-drawn chart, plus transferred bytes;
// 2. sign-in: argon2id hash time, and login latency and throughput over HTTP.
// Usage: npm run build && npm run bench [-- --runs=5]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { hashPassword } from '../src/lib/server/auth/passwords';
import { DEMO_ACCOUNTS } from './demo/accounts';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const port = 4310;
const base = `http://localhost:${port}`;
if (!existsSync('build/index.js')) {
	console.error('No production build found: run `npm run build` first.');
	process.exit(1);
}

const server = spawn(process.execPath, ['scripts/e2e-server.js'], {
	env: { ...process.env, PORT: String(port), WIJKBEELD_DB: 'var/bench/wijkbeeld.db' },
	stdio: ['ignore', 'ignore', 'inherit']
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

async function waitForServer() {
	for (let i = 0; i < 120; i++) {
		try {
			if ((await fetch(`${base}/`)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error('server did not start');
}

// Records, relative to navigation start, when the first chart is visible and when DuckDB drew one.
const probe = () => {
	const marks = {};
	const check = () => {
		const svg = document.querySelector('figure .chart svg');
		if (!marks.firstChart && svg && svg.getBoundingClientRect().height > 0) marks.firstChart = performance.now();
		if (!marks.duckdbChart && document.querySelector('[data-source="duckdb"] svg')) marks.duckdbChart = performance.now();
		if (!marks.duckdbChart) requestAnimationFrame(check);
	};
	window.__bench = marks;
	document.addEventListener('DOMContentLoaded', check);
	requestAnimationFrame(check);
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function benchSignIn() {
	const hashTimes = [];
	for (let i = 0; i < 10; i++) {
		const started = performance.now();
		await hashPassword(`wachtwoord-${i}-voor-de-meting`);
		hashTimes.push(performance.now() - started);
	}
	const { email, password } = DEMO_ACCOUNTS[0];
	const login = async () => {
		const started = performance.now();
		const response = await fetch(`${base}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email, wachtwoord: password, terug: '/' })
		});
		if (response.status !== 303) throw new Error(`login answered ${response.status}`);
		return performance.now() - started;
	};
	const results = {};
	for (const concurrency of [1, 4]) {
		const total = 40;
		const latencies = [];
		const started = performance.now();
		let next = 0;
		await Promise.all(
			Array.from({ length: concurrency }, async () => {
				while (next < total) {
					next++;
					latencies.push(await login());
				}
			})
		);
		results[concurrency] = { perSecond: (total / (performance.now() - started)) * 1000, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
	}
	console.log(`Sign-in (argon2id, 19 MiB, t=2, p=1):`);
	console.log(`  hash time: median ${Math.round(median(hashTimes))} ms (${Math.round(Math.min(...hashTimes))}–${Math.round(Math.max(...hashTimes))} ms)`);
	for (const [concurrency, r] of Object.entries(results)) {
		console.log(`  login over HTTP, ${concurrency} at a time: ${r.perSecond.toFixed(1)} logins/s, latency p50 ${Math.round(r.p50)} ms, p95 ${Math.round(r.p95)} ms`);
	}
}

try {
	await waitForServer();
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
	const results = [];
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext(); // fresh context: cold HTTP cache
		const page = await context.newPage();
		const bytes = { js: 0, wasm: 0, snapshot: 0, html: 0 };
		page.on('response', async (response) => {
			const url = response.url();
			const size = (await response.request().sizes()).responseBodySize; // as transferred (encoded)
			if (url.endsWith('.wasm')) bytes.wasm += size;
			else if (url.includes('/api/snapshot/')) bytes.snapshot += size;
			else if (url.endsWith('.js')) bytes.js += size;
			else if (url.includes('/wijk/')) bytes.html += size;
		});
		await page.addInitScript(probe);
		await page.goto(`${base}/wijk/WK054603`);
		await page.waitForSelector('[data-source="duckdb"] svg', { timeout: 60_000 });
		const marks = await page.evaluate(() => window.__bench);
		results.push({ ...marks, ...bytes });
		await context.close();
	}
	await browser.close();
	const fmt = (ms) => `${Math.round(ms)} ms`;
	console.log(`Wijk page /wijk/WK054603, ${runs} cold runs, median (min–max):`);
	for (const key of ['firstChart', 'duckdbChart']) {
		const xs = results.map((r) => r[key]);
		console.log(`  navigation → ${key === 'firstChart' ? 'first chart visible (server-drawn)' : 'first DuckDB-WASM chart'}: ${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`);
	}
	const last = results.at(-1);
	console.log(`  transferred: HTML ${Math.round(last.html / 1024)} KB, JS ${Math.round(last.js / 1024)} KB (incl. DuckDB worker), wasm ${Math.round(last.wasm / 1024)} KB, snapshot ${Math.round(last.snapshot / 1024)} KB (as transferred; the server compresses static assets and the snapshot, not HTML)`);
	await benchSignIn();
} finally {
	stop();
}
