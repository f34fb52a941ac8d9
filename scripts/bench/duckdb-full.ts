// The browser's SQL over the whole snapshot (every indicator, ≈ 808,000 rows) in DuckDB-WASM under Node:
// what a query costs when the table holds everything, not only the slices a page asked for.
import { openDatabase } from '../../src/lib/server/db/client';
import { rankingForPeriod, series } from '../../src/lib/client/duckdb/queries';
import { buildSnapshot } from '../../src/lib/server/publish/snapshot';
import { nodeDuckDB } from '../../src/lib/testing/duckdb-node';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

export async function duckdbAtFullSize(file: string, large: { gemeente: string }): Promise<void> {
	const db = await openDatabase(file);
	let started = performance.now();
	const snapshot = await buildSnapshot({ db, gemeente: large.gemeente }, 'openbaar');
	const built = performance.now() - started;
	await db.destroy();
	const duck = await nodeDuckDB();
	const conn = duck.connect();
	started = performance.now();
	conn.query('drop table if exists measurements');
	conn.insertArrowFromIPCStream(snapshot.bytes, { name: 'measurements', create: true });
	const loaded = performance.now() - started;
	const time = (query: { sql: string; params: (string | number)[] }) => {
		const t0 = performance.now();
		const statement = conn.prepare(query.sql);
		statement.query(...query.params).toArray();
		statement.close();
		return performance.now() - t0;
	};
	const wijken = Array.from({ length: 100 }, (_, i) => `WK9999${String(i).padStart(2, '0')}`);
	const quarters = ['2016-Q1', '2018-Q3', '2020-Q2', '2021-Q4', '2023-Q1', '2024-Q2', '2025-Q4'];
	const ranking: number[] = [];
	const compare: number[] = [];
	for (let i = 0; i < 21; i++) {
		const r = time(rankingForPeriod(`I${String((i % 200) + 1).padStart(3, '0')}`, quarters[i % quarters.length]!, [...wijken, large.gemeente]));
		const c = time(series([`I${String((i % 199) + 1).padStart(3, '0')}`, `I${String((i % 199) + 2).padStart(3, '0')}`], wijken.slice(i % 90, (i % 90) + 3), { from: '2020-01-01', to: null }));
		if (i > 0) {
			ranking.push(r);
			compare.push(c);
		}
	}
	conn.close();
	console.log(`DuckDB-WASM (Node) with the whole snapshot, ${snapshot.rows} rows: built on the server in ${ms(built)}, ${Math.round(snapshot.bytes.length / 1024)} KB uncompressed, inserted in ${ms(loaded)}`);
	console.log(`  ranking query: p50 ${ms(median(ranking))}, p95 ${ms(p95(ranking))}; compare query: p50 ${ms(median(compare))}, p95 ${ms(p95(compare))} (target p95 ≤ 50 ms, 20 runs each)`);
}
