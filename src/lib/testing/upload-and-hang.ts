// Child process for the upload crash test: stores an upload inside a transaction, says so, and hangs before
// the commit, waiting to be killed with SIGKILL. Usage: tsx upload-and-hang.ts <sqlite path | postgres url> <organisation id>
import { openDatabase } from '../server/db/client';
import * as drafts from '../server/db/delivery-drafts';

const [target, organisationId] = process.argv.slice(2);
const db = await openDatabase(target!.startsWith('postgres') ? { kind: 'postgres', url: target! } : target!);
await db.transaction().execute(async (trx) => {
	const id = await drafts.saveUpload(
		{ db: trx, gemeente: 'GM0001' },
		{ organisationId: organisationId!, period: '2026-Q1', file: { name: 'q1.csv', bytes: new TextEncoder().encode('wijkcode;indicator;periode;waarde\n') }, draft: { rows: [] }, report: { ok: true }, userId: null }
	);
	process.stdout.write(`stored ${id}\n`);
	await new Promise(() => {}); // killed here, before the commit
});
