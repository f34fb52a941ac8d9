// The publication benchmark (issue 8), on both stores: a SQLite file, then PostgreSQL in a throwaway cluster
// this script starts and removes. On the large synthetic gemeente (808,000 measurements) it measures
//   1. publishing one organisation's quarter (a correction: 10 indicators × 100 wijken), createDraft and
//      publish timed apart, 5 times, with where the publish time goes (per step, from the query log);
//   2. page reads (GET /wijk/…, several concurrent clients) while publications run;
//   3. the first page view after a publication against the next ten (same URL);
//   4. load: 50 concurrent readers for 30 s on one app instance, and on PostgreSQL on two;
// and prints a summary with each target MET or MISSED.
// Usage: npm run build && npm run bench:publication [-- --only=sqlite or --only=postgres] [--load-seconds=30]
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type LogEvent } from 'kysely';
import pg from 'pg';
import { openPostgres, type Db, type StoreConfig } from '../../src/lib/server/db/client';
import type { Database } from '../../src/lib/server/db/schema';
import * as deliveries from '../../src/lib/server/db/deliveries';
import * as publication from '../../src/lib/server/publish/publication';
import { createRandom } from '../demo/random';
import { indicatorsOf, insertLargeGemeente, LARGE, organisationIds, publishLargeGemeente, quarterCodes, syntheticValue, wijkCodes } from './large-gemeente';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg('only');
const LOAD_SECONDS = Number(arg('load-seconds') ?? 30);
const LOAD_READERS = 50;
const READ_CLIENTS = 4;
const REPEATS = 5;
const PUBLICATIONS_UNDER_READS = 10;
const VIEW_TRIALS = 5;
const BASE_PORT = 4350;
const SQLITE_PATH = 'var/bench-publication/wijkbeeld.db';
const G = LARGE.gemeente;
const PAGE = '/wijk/WK999900';
/** The slice the wijk page asks for first (its first eight figures), as a fresh browser would. */
const FIRST_SLICE = (version: number) => `/api/snapshot/${G}/openbaar/${version}?indicatoren=I001,I002,I003,I004,I005,I006,I007,I008`;

// ---- statistics and formatting ----------------------------------------------------------------------------
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile; NaN for no samples. */
const percentile = (xs: number[], p: number) => (xs.length ? sorted(xs)[Math.max(0, Math.ceil(p * xs.length) - 1)]! : NaN);
const median = (xs: number[]) => percentile(xs, 0.5);
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
const ms = (x: number) => (Number.isNaN(x) ? '–' : x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

// ---- the query log: where a publication's time goes --------------------------------------------------------
/** The publication's steps, recognised by their SQL (publication.ts, deliveries.ts, published-cells.ts). */
const STEPS: [string, RegExp][] = [
	['lock', /pg_advisory_xact_lock|app_locks/],
	['recompute: copy latest versions', /^\s*insert into published_cells/],
	['recompute: delete old cells', /^delete from "published_cells"/],
	['suppression: mark hidden', /^update "published_cells"/],
	['suppression: read cells + rules', /from "published_cells"|from "indicators"/],
	['groupsOf', /^select distinct .* from "measurements"/],
	['markPublished', /"deliveries"/],
	['version + history', /"gemeenten"|"publications"/],
	['begin + commit', /^\s*(begin|commit|rollback|start transaction)\b/i]
];
type Breakdown = Map<string, { ms: number; queries: number }>;
let recording: Breakdown | null = null;

function logQuery(event: LogEvent): void {
	if (!recording || event.level !== 'query') return;
	const text = event.query.sql;
	const step = STEPS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other queries';
	const entry = recording.get(step) ?? { ms: 0, queries: 0 };
	entry.ms += event.queryDurationMillis;
	entry.queries++;
	recording.set(step, entry);
}

/** Runs `fn` and returns its wall time and the database time per step (the rest is JavaScript). */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; steps: Breakdown }> {
	const steps: Breakdown = new Map();
	recording = steps;
	const started = performance.now();
	try {
		const value = await fn();
		return { value, ms: performance.now() - started, steps };
	} finally {
		recording = null;
	}
}

/** The store as the app opens it (same pragmas, same pool), with Kysely's query log on. */
function openLogged(store: StoreConfig): Db {
	if (store.kind === 'sqlite') {
		const sqlite = new SQLite(store.path);
		sqlite.pragma('journal_mode = WAL');
		sqlite.pragma('foreign_keys = ON');
		sqlite.pragma('busy_timeout = 5000');
		return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log: logQuery });
	}
	const pool = new pg.Pool({ connectionString: store.url, max: 10, application_name: 'wijkbeeld-bench' });
	return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: logQuery });
}

function describeSteps(runs: Breakdown[], walls: number[]): string[] {
	const names = [...new Set(runs.flatMap((r) => [...r.keys()]))].sort((a, b) => STEPS.findIndex(([s]) => s === a) - STEPS.findIndex(([s]) => s === b));
	const lines = names.map((name) => {
		const times = runs.map((r) => r.get(name)?.ms ?? 0);
		const queries = runs.map((r) => r.get(name)?.queries ?? 0);
		return `      ${name.padEnd(34)} ${ms(median(times)).padStart(9)}  (${median(queries)} queries)`;
	});
	const rest = runs.map((r, i) => walls[i]! - [...r.values()].reduce((sum, s) => sum + s.ms, 0));
	lines.push(`      ${'JavaScript (suppression, mapping)'.padEnd(34)} ${ms(median(rest)).padStart(9)}`);
	return lines;
}

// ---- corrections: one organisation's quarter ----------------------------------------------------------------
let corrections = 0;
/** A new version of one organisation's quarter: its 10 indicators for all 100 wijken, with new values. */
function correction(): deliveries.NewDelivery {
	const k = corrections++;
	const organisation = k % organisationIds.length;
	const period = quarterCodes[quarterCodes.length - 1 - (Math.floor(k / organisationIds.length) % quarterCodes.length)]!;
	const random = createRandom(1000 + k);
	const measurements = indicatorsOf(organisation).flatMap((indicatorCode) =>
		wijkCodes.map((areaCode) => ({ indicatorCode, areaCode, period, ...syntheticValue(indicatorCode, random.next) }))
	);
	return { organisationId: organisationIds[organisation]!, period, fileName: `correctie-${k}.csv`, measurements };
}

interface CorrectionRun {
	/** When createDraft started (performance.now()). */
	draftStart: number;
	draftMs: number;
	publishMs: number;
	steps: Breakdown;
	version: number;
	start: number;
	end: number;
}

async function publishCorrection(db: Db): Promise<CorrectionRun> {
	const scope = { db, gemeente: G };
	const delivery = correction();
	const draftStart = performance.now();
	const id = await deliveries.createDraft(scope, delivery);
	const draftMs = performance.now() - draftStart;
	const started = performance.now();
	const run = await timed(() =>
		publication.publish(scope, { kind: 'aanlevering', summary: `Correctie ${delivery.organisationId} ${delivery.period}`, by: null, deliveries: [{ id }] })
	);
	const { changes, version } = run.value;
	if (changes.groups.length !== 10 || changes.replaced.length !== 1) throw new Error(`unexpected publication: ${JSON.stringify({ ...changes, groups: changes.groups.length })}`);
	return { draftStart, draftMs, publishMs: run.ms, steps: run.steps, version, start: started, end: started + run.ms };
}

// ---- app servers and HTTP ---------------------------------------------------------------------------------
const children = new Set<ChildProcess>();

function storeEnv(store: StoreConfig): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'DATABASE_URL' && key !== 'WIJKBEELD_DB') env[key] = value;
	if (store.kind === 'sqlite') env.WIJKBEELD_DB = store.path;
	else env.DATABASE_URL = store.url;
	return env;
}

interface Server {
	base: string;
	stop(): Promise<void>;
}

async function startServer(store: StoreConfig, port: number): Promise<Server> {
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...storeEnv(store), PORT: String(port), ORIGIN: `http://localhost:${port}`, WIJKBEELD_GEMEENTE: G, WIJKBEELD_DEMO: '0', NODE_ENV: 'production' },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	children.add(child);
	// The server's log, summarised when it stops: an error per failed request would drown the results.
	const errors = new Map<string, number>();
	let other = '';
	child.stderr!.setEncoding('utf8');
	let pending = '';
	child.stderr!.on('data', (chunk: string) => {
		const lines = (pending + chunk).split('\n');
		pending = lines.pop()!;
		for (const line of lines) {
			const logged = /^\[[0-9a-f]{8}\] \S+ \S+ (.*)$/.exec(line);
			if (logged) errors.set(logged[1]!, (errors.get(logged[1]!) ?? 0) + 1);
			else if (!/^\s+at /.test(line) && line.trim()) other += `${line}\n`;
		}
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const base = `http://127.0.0.1:${port}`;
	for (let i = 0; ; i++) {
		if (child.exitCode !== null) throw new Error(`the app server on port ${port} exited with ${child.exitCode}`);
		try {
			const response = await fetch(`${base}${PAGE}`);
			await response.arrayBuffer();
			if (response.ok) break;
		} catch {
			/* starting */
		}
		if (i > 240) throw new Error(`the app server on port ${port} did not answer`);
		await sleep(500);
	}
	return {
		base,
		stop: async () => {
			const asked = performance.now();
			child.kill('SIGTERM');
			const gone = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
			if (!gone) child.kill('SIGKILL');
			const took = performance.now() - asked;
			await exited;
			for (const [message, count] of errors) console.log(`   app server on port ${port} logged ${count} × ${message}`);
			if (other) console.log(`   app server on port ${port} wrote:\n${other.replace(/^/gm, '     ').trimEnd()}`);
			if (took > 2000) console.log(`   (the app server on port ${port} took ${gone ? ms(took) : 'over 15 s, killed,'} to exit after SIGTERM)`);
			children.delete(child);
		}
	};
}

interface Sample {
	start: number;
	end: number;
	ok: boolean;
	/** The HTTP status, or 0 when the request itself failed. */
	status: number;
	/** Why the request failed without a status (the network error's code). */
	error?: string;
}

/** One GET, timed until the whole body has arrived; a non-200 or a network error counts as failed. */
async function get(url: string): Promise<Sample & { ms: number }> {
	const start = performance.now();
	try {
		const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
		await response.arrayBuffer();
		const end = performance.now();
		return { start, end, ms: end - start, ok: response.status === 200, status: response.status };
	} catch (error) {
		const end = performance.now();
		const cause: { code?: string; message?: string } | undefined = error instanceof Error ? ((error.cause as { code?: string; message?: string } | undefined) ?? error) : undefined;
		return { start, end, ms: end - start, ok: false, status: 0, error: cause?.code ?? cause?.message ?? String(error) };
	}
}

/** `clients` readers GET /wijk/<code> (rotating over the wijken and over `bases`) until `stop()`. */
function readers(bases: string[], clients: number): { stop(): Promise<Sample[]> } {
	const samples: Sample[] = [];
	let running = true;
	let next = 0;
	const loops = Array.from({ length: clients }, async () => {
		while (running) {
			const k = next++;
			samples.push(await get(`${bases[k % bases.length]}/wijk/${wijkCodes[Math.floor(k / bases.length) % wijkCodes.length]}`));
		}
	});
	return {
		stop: async () => {
			running = false;
			await Promise.all(loops);
			return samples;
		}
	};
}

const latencies = (samples: Sample[]) => samples.map((s) => s.end - s.start);
const spread = (samples: Sample[]) => {
	const xs = latencies(samples);
	return `${samples.length} requests, p50 ${ms(median(xs))}, p95 ${ms(percentile(xs, 0.95))}, max ${ms(max(xs))}, failed ${samples.filter((s) => !s.ok).length}`;
};

// ---- the measurements per store -----------------------------------------------------------------------------
interface Row {
	store: string;
	what: string;
	measured: string;
	target: string;
	met: boolean | null;
}
const summary: Row[] = [];
/** What each store published after the setup, to show both hold the same data. */
const checksums = new Map<string, string>();

async function benchStore(label: string, store: StoreConfig, portBase: number): Promise<void> {
	console.log(`\n=== ${label} ===`);
	const started = performance.now();
	const { measurements, deliveryIds } = await insertLargeGemeente(store);
	console.log(`Generated ${LARGE.name}: ${measurements} measurements in ${deliveryIds.length} concept deliveries (${organisationIds.length} organisations × 40 quarters + the city totals) in ${ms(performance.now() - started)}`);
	const db = openLogged(store);
	try {
		const first = await timed(() => publishLargeGemeente(db, deliveryIds));
		console.log(`Published them in one publication (everything): ${ms(first.ms)}`);
		for (const line of describeSteps([first.steps], [first.ms])) console.log(line);
		const check = await sql<{ cells: number; hidden: number; total: number }>`
			select count(*) as cells, sum(hidden) as hidden, sum(value) as total from published_cells where gemeente_code = ${G}`.execute(db);
		const c = check.rows[0]!;
		checksums.set(label, `${Number(c.cells)} cells, ${Number(c.hidden)} hidden, values summing to ${Number(c.total)}`);
		console.log(`  published: ${checksums.get(label)}`);
		summary.push({ store: label, what: 'publish everything (setup, 808,000)', measured: ms(first.ms), target: '–', met: null });

		// 1. One organisation's quarter.
		console.log(`\n1. Publishing one organisation's quarter (correction: 10 indicators × 100 wijken = 1,000 measurements), ${REPEATS} times:`);
		const runs: CorrectionRun[] = [];
		for (let i = 0; i < REPEATS; i++) runs.push(await publishCorrection(db));
		const drafts = runs.map((r) => r.draftMs);
		const publishes = runs.map((r) => r.publishMs);
		console.log(`   createDraft: median ${ms(median(drafts))}, max ${ms(max(drafts))}   (${drafts.map(ms).join(', ')})`);
		console.log(`   publish:     median ${ms(median(publishes))}, max ${ms(max(publishes))}   (${publishes.map(ms).join(', ')})  target ≤ 1 s`);
		console.log(`   publish, database time per step (median of ${REPEATS}):`);
		for (const line of describeSteps(runs.map((r) => r.steps), publishes)) console.log(line);
		summary.push({ store: label, what: "createDraft one org's quarter", measured: `median ${ms(median(drafts))}, max ${ms(max(drafts))}`, target: '–', met: null });
		summary.push({ store: label, what: "publish one org's quarter", measured: `median ${ms(median(publishes))}, max ${ms(max(publishes))}`, target: 'max ≤ 1 s', met: max(publishes) <= 1000 });

		// 2. Reads while publications run.
		const server = await startServer(store, portBase);
		try {
			for (let i = 0; i < 10; i++) await get(`${server.base}/wijk/${wijkCodes[i]}`); // warm up the process
			console.log(
				`\n2. Reads during a publication: ${READ_CLIENTS} clients GET /wijk/<code> continuously; first 8 s without writes, then ${PUBLICATIONS_UNDER_READS} publications of one organisation's quarter (createDraft + publish, 1 s apart) from the bench process:`
			);
			const load = readers([server.base], READ_CLIENTS);
			await sleep(500);
			const quietFrom = performance.now();
			await sleep(8000);
			const quietTo = performance.now();
			const windows: CorrectionRun[] = [];
			for (let i = 0; i < PUBLICATIONS_UNDER_READS; i++) {
				windows.push(await publishCorrection(db));
				await sleep(1000);
			}
			const samples = await load.stop();
			const during = samples.filter((s) => windows.some((w) => s.start < w.end && s.end > w.start));
			const quiet = samples.filter((s) => s.start >= quietFrom && s.end <= quietTo);
			console.log(`   publish took ${windows.map((w) => ms(w.publishMs)).join(', ')}`);
			console.log(`   requests overlapping a publication: ${spread(during)}   target p95 ≤ 300 ms, 0 failed`);
			console.log(`   requests in the 8 s without writes (same clients, for comparison): ${spread(quiet)}`);
			const p95 = percentile(latencies(during), 0.95);
			const failed = during.filter((s) => !s.ok).length;
			summary.push({
				store: label,
				what: `reads during publication (${READ_CLIENTS} clients)`,
				measured: `${during.length} req, p50 ${ms(median(latencies(during)))}, p95 ${ms(p95)}, ${failed} failed (no writes: p95 ${ms(percentile(latencies(quiet), 0.95))})`,
				target: 'p95 ≤ 300 ms, 0 failed',
				met: during.length > 0 && p95 <= 300 && failed === 0
			});

			// 3. The first page view after a publication against the following ones.
			console.log(`\n3. First page view after a publication vs the next 10 (${PAGE} and the first snapshot slice it loads), ${VIEW_TRIALS} publications:`);
			type View = { html: number; slice: number; total: number };
			const firsts: View[] = [];
			const nexts: View[] = [];
			for (let trial = 0; trial < VIEW_TRIALS; trial++) {
				const { version } = await publishCorrection(db);
				const view = async (): Promise<View> => {
					const html = await get(`${server.base}${PAGE}`);
					const slice = await get(`${server.base}${FIRST_SLICE(version)}`);
					if (!html.ok || !slice.ok) throw new Error(`page view failed: ${html.ok} ${slice.ok}`);
					return { html: html.ms, slice: slice.ms, total: html.ms + slice.ms };
				};
				const firstView = await view();
				const following: View[] = [];
				for (let i = 0; i < 10; i++) following.push(await view());
				const next = { html: median(following.map((f) => f.html)), slice: median(following.map((f) => f.slice)), total: median(following.map((f) => f.total)) };
				console.log(`   v${version}: first ${ms(firstView.total)} (HTML ${ms(firstView.html)} + slice ${ms(firstView.slice)}); next 10 median ${ms(next.total)} (HTML ${ms(next.html)} + slice ${ms(next.slice)})`);
				firsts.push(firstView);
				nexts.push(next);
			}
			// Medians over the trials; each part on its own, so a slow slice is not hidden by the HTML's noise.
			const part = (key: keyof View) => ({ first: median(firsts.map((f) => f[key])), next: median(nexts.map((n) => n[key])) });
			const [total, html, slice] = [part('total'), part('html'), part('slice')];
			console.log(`   median of ${VIEW_TRIALS}: first ${ms(total.first)} vs next ${ms(total.next)}; HTML ${ms(html.first)} vs ${ms(html.next)}; slice ${ms(slice.first)} vs ${ms(slice.next)}   target: first no slower (each part ≤ 1.25 × the next, for noise)`);
			summary.push({
				store: label,
				what: 'first view after publication',
				measured: `first ${ms(total.first)} vs next ${ms(total.next)}; slice ${ms(slice.first)} vs ${ms(slice.next)}`,
				target: 'first ≤ 1.25 × next, per part',
				met: html.first <= 1.25 * html.next && slice.first <= 1.25 * slice.next
			});
		} finally {
			await server.stop();
		}

		// 4. Load.
		const instances = store.kind === 'postgres' ? [1, 2] : [1];
		for (const count of instances) {
			const servers: Server[] = [];
			try {
				for (let i = 0; i < count; i++) servers.push(await startServer(store, portBase + 1 + i));
				for (const s of servers) for (let i = 0; i < 10; i++) await get(`${s.base}/wijk/${wijkCodes[i]}`);
				console.log(`\n4. Load: ${LOAD_READERS} concurrent readers for ${LOAD_SECONDS} s on /wijk/<code> (rotating over the wijken), ${count} instance${count > 1 ? 's (round-robin)' : ''}:`);
				const load = readers(
					servers.map((s) => s.base),
					LOAD_READERS
				);
				const from = performance.now();
				await sleep(LOAD_SECONDS * 1000);
				const to = performance.now();
				const all = await load.stop();
				// Closed loop: the rate counts what completed within the window; latency and errors count every
				// request issued in it, waiting for the last ones (a request queued at the end waited too).
				const done = all.filter((s) => s.end <= to);
				const perSecond = done.length / ((to - from) / 1000);
				const okPerSecond = done.filter((s) => s.ok).length / ((to - from) / 1000);
				const xs = latencies(all);
				const failed = all.filter((s) => !s.ok);
				const kind = (s: Sample) => (s.status ? `HTTP ${s.status}` : `network error ${s.error}`);
				const kinds = [...new Set(failed.map(kind))].map((k) => `${failed.filter((s) => kind(s) === k).length} × ${k}`);
				console.log(`   ${perSecond.toFixed(1)} requests/s completed (${okPerSecond.toFixed(1)}/s with 200); every request issued: ${spread(all)}${kinds.length ? ` (${kinds.join(', ')})` : ''}`);
				summary.push({
					store: label,
					what: `load, ${LOAD_READERS} readers, ${count} instance${count > 1 ? 's' : ''}`,
					measured: `${perSecond.toFixed(1)} req/s (${okPerSecond.toFixed(1)} ok), p50 ${ms(median(xs))}, p95 ${ms(percentile(xs, 0.95))}, ${failed.length} errors`,
					target: '0 errors',
					met: failed.length === 0
				});
			} finally {
				for (const s of servers) await s.stop();
			}
		}
	} finally {
		await db.destroy();
	}
}

// ---- both stores ---------------------------------------------------------------------------------------------
if (!existsSync('build/index.js')) {
	console.error('No production build found: run `npm run build` first.');
	process.exit(1);
}
let cluster: string | undefined;
const cleanUp = () => {
	for (const child of children) child.kill('SIGTERM');
	if (cluster) execFileSync('bash', ['scripts/pg-cluster.sh', 'stop', cluster], { stdio: 'inherit' });
	cluster = undefined;
};
process.on('SIGINT', () => {
	cleanUp();
	process.exit(130);
});

console.log(`Publication benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${LARGE.wijken} wijken × ${LARGE.indicators} indicators × 40 quarters.`);
try {
	if (only !== 'postgres') {
		mkdirSync('var/bench-publication', { recursive: true });
		await benchStore('SQLite', { kind: 'sqlite', path: SQLITE_PATH }, BASE_PORT);
	}
	if (only !== 'sqlite') {
		const line = execFileSync('bash', ['scripts/pg-cluster.sh', 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!;
		const [folder, url] = line.split(' ');
		cluster = folder;
		const admin = openPostgres(url!, 1);
		try {
			await sql`create database wijkbeeld_bench`.execute(admin);
		} finally {
			await admin.destroy();
		}
		const benchUrl = new URL(url!);
		benchUrl.pathname = '/wijkbeeld_bench';
		await benchStore('PostgreSQL', { kind: 'postgres', url: benchUrl.toString() }, BASE_PORT + 10);
	}
} finally {
	cleanUp();
}

console.log('\n=== Summary ===');
if (checksums.size === 2) console.log(`Same published cells on both stores after the setup: ${new Set(checksums.values()).size === 1 ? 'yes' : `NO (${[...checksums].map(([k, v]) => `${k}: ${v}`).join('; ')})`}`);
const table = [['store', 'measurement', 'measured', 'target', 'result'], ...summary.map((r) => [r.store, r.what, r.measured, r.target, r.met === null ? '–' : r.met ? 'MET' : 'MISSED'])];
const widths = table[0]!.map((_, i) => Math.max(...table.map((cells) => cells[i]!.length)));
for (const cells of table) console.log(cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
