// Demo duidingssessies by title: their ids are made when the demo is seeded, so tests look them up in the
// database the Playwright web server serves.
import Database from 'better-sqlite3';
import { E2E_DB } from './fresh-demo';

/** The showcase session: held, results published, notes at every level up to `partners`. */
export const SHOWCASE_SESSION = 'Duidingssessie Leiden-Noord, K2 2025';
/** The next session in Leiden-Noord: planned, so nothing was recorded as seen yet. */
export const PLANNED_SESSION = 'Duidingssessie Leiden-Noord, K4 2025';

/** The id of the demo session called `title`. */
export function sessionId(title: string): string {
	const db = new Database(E2E_DB, { readonly: true });
	try {
		const row = db.prepare('select id from duiding_sessions where title = ?').get(title) as { id: string } | undefined;
		if (!row) throw new Error(`no demo session titled ${JSON.stringify(title)}`);
		return row.id;
	} finally {
		db.close();
	}
}
