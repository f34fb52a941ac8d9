// Brings the database schema up to date (the app does this on start too).
import { databasePath } from '../src/lib/server/config';
import { openSqlite } from '../src/lib/server/db/client';
import { migrations } from '../src/lib/server/db/migrations';
import { migrate } from '../src/lib/server/db/migrator';

const path = databasePath(process.env);
const db = openSqlite(path);
try {
	const report = await migrate(db as never, migrations);
	console.log(report.applied.length ? `Migrated ${path} from version ${report.from} to ${report.to}: ${report.applied.join(', ')}` : `${path} is up to date (version ${report.to}).`);
} catch (error) {
	console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
