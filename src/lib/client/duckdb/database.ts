// Browser only: one lazy DuckDB-WASM instance per tab, running in a worker; slices.ts loads the published
// snapshot into its `measurements` table. Import this module dynamically behind `!import.meta.env.SSR`.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Query } from './queries';

const INSTANTIATE_TIMEOUT_MS = 20_000;

let connecting: Promise<duckdb.AsyncDuckDBConnection> | undefined;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
		promise.then(resolve, reject).finally(() => clearTimeout(timer));
	});
}
/** The tab's connection; the first call starts the worker and instantiates the wasm. */
export function connect(): Promise<duckdb.AsyncDuckDBConnection> {
	connecting ??= (async () => {
		const bundle = await duckdb.selectBundle({
			mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
			eh: { mainModule: ehWasm, mainWorker: ehWorker }
		});
		const worker = new Worker(bundle.mainWorker!);
		const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		// A blocked or failed wasm download can leave instantiate() pending forever; give up after a while.
		await withTimeout(db.instantiate(bundle.mainModule, bundle.pthreadWorker), INSTANTIATE_TIMEOUT_MS, 'DuckDB-WASM start');
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
