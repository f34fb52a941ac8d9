// Creates the database (if needed), migrates it and loads the Leiden demo.
// Usage: tsx scripts/seed-demo.ts [--reset] [--seed=<integer>]
//   Without --reset an existing demo is left alone, so running the quick start twice keeps your changes.
import { openDatabase, redactUrl } from '../src/lib/server/db/client';
import * as gemeenten from '../src/lib/server/db/gemeenten';
import { storeConfig } from '../src/lib/server/config';
import { hashPassword } from '../src/lib/server/auth/passwords';
import { DEMO_ACCOUNTS } from './demo/accounts';
import { loadDemo } from './demo/load';
import { seedDemo } from './demo/seed';

function parseArgs(argv: string[]) {
	let reset = false;
	let seed: number | undefined;
	for (const arg of argv) {
		if (arg === '--reset') reset = true;
		else if (arg.startsWith('--seed=')) {
			const text = arg.slice('--seed='.length);
			if (!/^-?\d+$/.test(text)) throw new Error(`--seed must be an integer, got ${JSON.stringify(text)}`);
			seed = Number(text);
		} else throw new Error(`unknown argument ${JSON.stringify(arg)}; use --reset and/or --seed=<integer>`);
	}
	return { reset, seed };
}

async function main() {
	const { reset, seed } = parseArgs(process.argv.slice(2));
	const store = storeConfig(process.env);
	const path = store.kind === 'sqlite' ? store.path : redactUrl(store.url);
	const db = await openDatabase(store);
	try {
		const demo = loadDemo(seed);
		if ((await gemeenten.get(db, demo.gemeente.code)) && !reset) {
			console.log(`Demo for ${demo.gemeente.name} already in ${path}; left as it is (use --reset to replace it).`);
			return;
		}
		const started = performance.now();
		const hashes = new Map(await Promise.all(DEMO_ACCOUNTS.map(async (a) => [a.email, await hashPassword(a.password)] as const)));
		const report = await seedDemo(db, demo, hashes, { replace: reset });
		console.log(
			`Seeded ${demo.gemeente.name} into ${path} in ${Math.round(performance.now() - started)} ms: ` +
				`${report.measurements} measurements in ${report.deliveries} deliveries, ${report.stories} stories, ${report.sessions} sessions, ${report.notes} notes, ` +
				`${DEMO_ACCOUNTS.length} demo accounts (passwords in the README).`
		);
	} finally {
		await db.destroy();
	}
}

main().catch((error) => {
	console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
