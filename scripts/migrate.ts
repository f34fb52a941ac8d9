// Brings the database schema up to date (the app does this on start too), on SQLite or PostgreSQL (DATABASE_URL).
import { storeConfig } from '../src/lib/server/config';
import { openPostgres, openSqlite, redactUrl } from '../src/lib/server/db/client';
import { migrations } from '../src/lib/server/db/migrations';
import { migrate } from '../src/lib/server/db/migrator';

const store = storeConfig(process.env);
const where = store.kind === 'sqlite' ? store.path : redactUrl(store.url);
const db = store.kind === 'sqlite' ? openSqlite(store.path) : openPostgres(store.url, 1);
try {
	const report = await migrate(db as never, migrations);
	console.log(report.applied.length ? `Migrated ${where} from version ${report.from} to ${report.to}: ${report.applied.join(', ')}` : `${where} is up to date (version ${report.to}).`);
} catch (error) {
	console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
