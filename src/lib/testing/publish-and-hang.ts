// Child process for the crash test: publishes inside a transaction, says so, and hangs before the commit,
// waiting to be killed with SIGKILL. Usage: tsx publish-and-hang.ts <sqlite path | postgres url> <delivery id>
import { openDatabase } from '../server/db/client';
import * as publication from '../server/publish/publication';

const [target, deliveryId] = process.argv.slice(2);
const db = await openDatabase(target!.startsWith('postgres') ? { kind: 'postgres', url: target! } : target!);
await db.transaction().execute(async (trx) => {
	const published = await publication.publish({ db: trx, gemeente: 'GM0001' }, { kind: 'aanlevering', summary: 'crash', by: null, deliveries: [{ id: deliveryId! }] });
	process.stdout.write(`published ${published.version}\n`);
	await new Promise(() => {}); // killed here, before the commit
});
