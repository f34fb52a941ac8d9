// Browser only: one lazy DuckDB-WASM instance per tab, running in a worker; slices.ts loads the published
// snapshot into its `measurements` table. Import this module dynamically behind `!import.meta.env.SSR`.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Query } from './queries';

// Once both files answer, a slow download may still take this long before we give up on it.
const INSTANTIATE_TIMEOUT_MS = 20_000;

let bundle: Promise<duckdb.DuckDBBundle> | undefined;
let reaching: Promise<void> | undefined;
let connecting: Promise<duckdb.AsyncDuckDBConnection> | undefined;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
		promise.then(resolve, reject).finally(() => clearTimeout(timer));
	});
}

/** The worker and wasm this browser can run (with or without WebAssembly exceptions). */
function chosenBundle(): Promise<duckdb.DuckDBBundle> {
	bundle ??= duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	return bundle;
}

/**
 * Resolves when the worker and wasm files answer a HEAD request, rejects at once when either is refused
 * (a proxy that blocks wasm, a failed network). The worker itself reports neither: a blocked file leaves
 * it waiting until the start timeout.
 */
export function reachable(): Promise<void> {
	reaching ??= chosenBundle().then(async ({ mainWorker, mainModule }) => {
		await Promise.all(
			[mainWorker!, mainModule].map(async (url) => {
				const response = await fetch(url, { method: 'HEAD' });
				if (!response.ok) throw new Error(`${url} answered ${response.status}`);
			})
		);
	});
	reaching.catch(() => (reaching = undefined));
	return reaching;
}

/** Rejects when the worker script fails to load or run. */
function workerFailure(worker: Worker): Promise<never> {
	return new Promise((_, reject) => worker.addEventListener('error', () => reject(new Error('the DuckDB worker failed to start')), { once: true }));
}

/** The tab's connection; the first call starts the worker and instantiates the wasm. */
export function connect(): Promise<duckdb.AsyncDuckDBConnection> {
	connecting ??= (async () => {
		const chosen = await chosenBundle();
		const worker = new Worker(chosen.mainWorker!);
		const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		// The probe runs beside the download and only ever speaks up to refuse.
		const refused = reachable().then(() => new Promise<never>(() => {}));
		try {
			// A download cut off half-way can leave instantiate() pending forever; give up after a while.
			await withTimeout(Promise.race([db.instantiate(chosen.mainModule, chosen.pthreadWorker), workerFailure(worker), refused]), INSTANTIATE_TIMEOUT_MS, 'DuckDB-WASM start');
		} catch (error) {
			worker.terminate();
			throw error;
		}
		return db.connect();
	})();
	connecting.catch(() => (connecting = undefined));
	return connecting;
}

/** Runs a parameterised query as a prepared statement and returns plain row objects. */
export async function run<Row>(query: Query<Row>): Promise<Row[]> {
	const conn = await connect();
	const started = performance.now();
	const statement = await conn.prepare(query.sql);
	try {
		const table = await statement.query(...query.params);
		return table.toArray().map((row) => query.map(row.toJSON() as Record<string, unknown>));
	} finally {
		await statement.close();
		// Visible in the browser's performance timeline (and read by `npm run bench`).
		performance.measure('wijkbeeld:duckdb-query', { start: started, detail: query.sql.split('\n')[0] });
	}
}
