// The reading benchmark (issue 14): a wijk page read cold in headless Chromium on loopback, on the demo and
// on a synthetic gemeente of 808,000 measurements, and 50 readers at once. Prints each figure beside its
// target. Usage: npm run build && npm run bench:reading [-- --runs=5 --seconds=30 --only=demo|large]
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { DEMO_ACCOUNTS } from '../demo/accounts';
import { createLargeGemeente, LARGE } from './large-gemeente';
import { percentile, readers } from './load';
import { launch, visit, type PageMarks } from './reading-browser';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runs = Number(arg('runs', '5'));
const seconds = Number(arg('seconds', '30'));
const only = arg('only', 'demo,large').split(',');
const PORT = 4184;
const base = `http://localhost:${PORT}`;
const DIR = 'var/bench-reading';

interface Scenario {
	name: string;
	/** A demo account to sign in with, for readers whose pages are not kept whole. */
	account?: { email: string; password: string };
	db: string;
	wijk: string;
	/** Wijken whose first (uncached) view is timed on the server. */
	otherWijken: string[];
	env: Record<string, string>;
	targets: { firstFigure: number; duckdb: number };
}

interface Row {
	scenario: string;
	what: string;
	target: string;
	measured: string;
	met: boolean | null;
}
const rows: Row[] = [];
const note = (scenario: string, what: string, target: string, measured: string, met: boolean | null) => rows.push({ scenario, what, target, measured, met });

const median = (xs: number[]) => percentile(xs, 0.5);
const ms = (x: number) => `${Math.round(x)} ms`;
const spread = (xs: number[]) => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;

function prepareDemo(db: string): Scenario {
	for (const file of [db, `${db}-wal`, `${db}-shm`]) rmSync(file, { force: true });
	execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/seed-demo.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, WIJKBEELD_DB: db, DATABASE_URL: '' } });
	const lezer = DEMO_ACCOUNTS.find((a) => a.role === 'lezer')!;
	return { name: 'demo', account: lezer, db, wijk: 'WK054603', otherWijken: ['WK054600', 'WK054601', 'WK054602'], env: {}, targets: { firstFigure: 250, duckdb: 2500 } };
}

async function prepareLarge(db: string): Promise<Scenario> {
	// Generating takes a while; a store from an earlier run is reused (`--regenerate` to start afresh).
	if (!existsSync(db) || process.argv.includes('--regenerate')) {
		for (const file of [db, `${db}-wal`, `${db}-shm`]) rmSync(file, { force: true });
		const generated = await createLargeGemeente(db);
		console.log(`Generated ${generated.measurements} measurements in ${ms(generated.insertMs)}, published in ${ms(generated.publishMs)}`);
	}
	return {
		name: '808k',
		db,
		wijk: 'WK999900',
		otherWijken: ['WK999901', 'WK999902', 'WK999903'],
		env: { WIJKBEELD_GEMEENTE: LARGE.gemeente, WIJKBEELD_DEMO: '0' },
		targets: { firstFigure: 400, duckdb: 3000 }
	};
}

async function serve(scenario: Scenario): Promise<ChildProcess> {
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(PORT), WIJKBEELD_DB: scenario.db, DATABASE_URL: '', ...scenario.env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 240; i++) {
		try {
			if ((await fetch(`${base}/login`)).ok) return server;
		} catch {
			/* starting */
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	server.kill('SIGTERM');
	throw new Error('the server did not start');
}

/** CPU time (user + system) the process has used, in milliseconds (Linux). */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms (CLK_TCK 100)
}

/** The session cookie of `account`, signed in through the login form. */
async function signIn(account: { email: string; password: string }): Promise<string> {
	const response = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email: account.email, wachtwoord: account.password, terug: '/' })
	});
	if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
	return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

async function timed(path: string): Promise<number> {
	const started = performance.now();
	const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br, gzip' } });
	await response.arrayBuffer();
	if (!response.ok) throw new Error(`${path} answered ${response.status}`);
	return performance.now() - started;
}

async function measure(scenario: Scenario): Promise<void> {
	const server = await serve(scenario);
	const name = scenario.name;
	const wijk = `/wijk/${scenario.wijk}`;
	try {
		// Server time: a wijk's first view after start (nothing cached), then a view of a wijk already drawn.
		const first = [await timed(wijk)];
		for (const code of scenario.otherWijken) first.push(await timed(`/wijk/${code}`));
		const warm: number[] = [];
		for (let i = 0; i < 10; i++) warm.push(await timed(wijk));
		note(name, 'server: first view of a wijk (drawn)', '—', spread(first), null);
		note(name, 'server: view of a wijk already drawn', '—', spread(warm), null);

		const browser = await launch();
		try {
			const visits: PageMarks[] = [];
			for (let i = 0; i < runs; i++) visits.push(await visit(browser, `${base}${wijk}`));
			const firstFigure = median(visits.map((v) => v.firstFigure));
			note(name, `first figure visible (median of ${runs})`, `≤ ${scenario.targets.firstFigure} ms`, spread(visits.map((v) => v.firstFigure)), firstFigure <= scenario.targets.firstFigure);
			const answered = visits.filter((v) => v.status === 'klaar');
			const duckdb = median(visits.map((v) => (v.status === 'klaar' ? v.duckdb : Infinity)));
			note(name, `DuckDB-WASM answering (${answered.length}/${runs} answered)`, `≤ ${scenario.targets.duckdb} ms`, spread(visits.map((v) => v.duckdb)), duckdb <= scenario.targets.duckdb);
			const html = Math.max(...visits.map((v) => v.htmlBytes));
			note(name, 'HTML of the wijk page on the wire', '≤ 150 KB', `${Math.round(html / 1024)} KB`, html <= 150 * 1024);
			for (const block of ['refuse', 'stall'] as const) {
				const blocked: PageMarks[] = [];
				for (let i = 0; i < Math.min(runs, 3); i++) blocked.push(await visit(browser, `${base}${wijk}`, block));
				const worst = Math.max(...blocked.map((v) => v.duckdb));
				const ok = blocked.every((v) => v.status === 'mislukt');
				note(name, `fallback notice, WASM ${block === 'refuse' ? 'refused' : 'never answered'} (worst of ${blocked.length})`, '≤ 2000 ms', spread(blocked.map((v) => v.duckdb)), ok && worst <= 2000);
			}
		} finally {
			await browser.close();
		}

		const cpuBefore = cpuMs(server.pid!);
		const load = await readers(`${base}${wijk}`, { concurrency: 50, seconds, headers: { 'accept-encoding': 'br, gzip' } });
		const cpu = cpuMs(server.pid!) - cpuBefore;
		const p95 = percentile(load.latencies, 0.95);
		const failures = Object.entries(load.failures).map(([why, n]) => `${n}× ${why}`).join(', ');
		note(name, `50 readers for ${seconds} s: p95 (${load.requests} requests, ${(load.requests / seconds).toFixed(0)}/s)`, '≤ 1000 ms', `${ms(p95)} (p50 ${ms(median(load.latencies))})`, p95 <= 1000);
		note(name, '50 readers: errors', '0', load.errors ? `${load.errors} (${failures})` : '0', load.errors === 0);
		note(name, 'server CPU time per wijk page view under load', '—', `${(cpu / Math.max(1, load.requests)).toFixed(1)} ms`, null);
		if (scenario.account) {
			// Signed-in readers get their figures from the per-version caches, but each page is rendered anew.
			const cookie = await signIn(scenario.account);
			const before = cpuMs(server.pid!);
			const signed = await readers(`${base}${wijk}`, { concurrency: 50, seconds, headers: { 'accept-encoding': 'br, gzip', cookie } });
			const perView = (cpuMs(server.pid!) - before) / Math.max(1, signed.requests);
			note(name, `50 signed-in readers (lezer): p95, ${signed.requests} requests, ${signed.errors} errors`, '—', `${ms(percentile(signed.latencies, 0.95))} (p50 ${ms(median(signed.latencies))}), ${perView.toFixed(1)} ms CPU per view`, null);
		}
	} finally {
		server.kill('SIGTERM');
		await new Promise((resolve) => server.once('exit', resolve));
	}
}

function printTable(): void {
	const header = ['scenario', 'what', 'target', 'measured', 'met'];
	const cells = rows.map((r) => [r.scenario, r.what, r.target, r.measured, r.met === null ? '' : r.met ? 'met' : 'MISSED']);
	const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
	const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
	console.log(['', line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n'));
}

if (!existsSync('build/index.js')) {
	console.error('No production build found: run `npm run build` first.');
	process.exit(1);
}
mkdirSync(DIR, { recursive: true });
try {
	if (only.includes('demo')) await measure(prepareDemo(`${DIR}/demo.db`));
	if (only.includes('large')) await measure(await prepareLarge(`${DIR}/large.db`));
} finally {
	printTable();
}
