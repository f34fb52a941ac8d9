// DuckDB-WASM under Node (the blocking bundle), for tests that check what the browser's SQL will see.
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));

let instance: Promise<DuckDBBindings> | undefined;

/** One shared DuckDB instance per test file (instantiation takes a second or two). */
export function nodeDuckDB(): Promise<DuckDBBindings> {
	instance ??= (async () => {
		const db = await createDuckDB(
			{
				mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
				eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
			},
			new VoidLogger(),
			NODE_RUNTIME
		);
		await db.instantiate();
		return db;
	})();
	return instance;
}
