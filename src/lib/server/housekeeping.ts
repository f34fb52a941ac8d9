// Housekeeping: removes expired login sessions, stale throttle rows, long-expired one-time links and import
// previews nobody saved. Every
// instance schedules it, but it runs on one at a time (a lock that is tried, not waited for) and at most
// once per interval across all of them (the last run is kept in the store).
import * as authSessions from './db/auth-sessions';
import type { Db } from './db/client';
import { tryLock } from './db/locks';

const JOB = 'opruimen';
export const HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;
const DAY = 24 * 60 * 60_000;

export interface HousekeepingReport {
	ran: boolean;
	sessions: number;
	throttles: number;
	links: number;
	previews: number;
}

/** Runs the clean-up if no other instance runs it and it did not run within the interval. */
export async function runHousekeeping(db: Db, at = Date.now(), interval = HOUSEKEEPING_INTERVAL_MS): Promise<HousekeepingReport> {
	const skipped = { ran: false, sessions: 0, throttles: 0, links: 0, previews: 0 };
	return db.transaction().execute(async (trx) => {
		if (!(await tryLock(trx, 'housekeeping'))) return skipped;
		const last = await trx.selectFrom('housekeeping_runs').select('last_run_at').where('job', '=', JOB).executeTakeFirst();
		if (last && at - Date.parse(last.last_run_at) < interval) return skipped;
		const iso = new Date(at).toISOString();
		const sessions = await authSessions.removeExpired(trx, iso);
		// A throttle row matters only while its window runs or its lock holds; a day later it is history.
		const throttles = await trx.deleteFrom('login_throttles').where('window_start', '<', at - DAY).where('locked_until', '<', at).executeTakeFirst();
		// One-time links stay a month after expiring, so a beheerder can still see why one failed.
		const links = await trx.deleteFrom('account_tokens').where('expires_at', '<', new Date(at - 30 * DAY).toISOString()).executeTakeFirst();
		// An import preview is for the moment of importing; one not saved within a day is abandoned.
		const previews = await trx.deleteFrom('pending_imports').where('created_at', '<', new Date(at - DAY).toISOString()).executeTakeFirst();
		await trx
			.insertInto('housekeeping_runs')
			.values({ job: JOB, last_run_at: iso })
			.onConflict((oc) => oc.column('job').doUpdateSet({ last_run_at: iso }))
			.execute();
		return { ran: true, sessions, throttles: Number(throttles.numDeletedRows), links: Number(links.numDeletedRows), previews: Number(previews.numDeletedRows) };
	});
}

/** Tries every few minutes (cheap when another instance ran it); the timer never keeps the process alive. */
export function scheduleHousekeeping(db: Db, everyMs = 5 * 60_000): () => void {
	const tick = () =>
		runHousekeeping(db).then(
			(report) => report.ran && (report.sessions || report.throttles || report.links || report.previews) && console.log(`Housekeeping: removed ${report.sessions} sessions, ${report.throttles} throttle rows, ${report.links} links, ${report.previews} import previews`),
			(error) => console.error('Housekeeping failed', error)
		);
	const first = setTimeout(tick, 10_000);
	const timer = setInterval(tick, everyMs);
	first.unref();
	timer.unref();
	return () => {
		clearTimeout(first);
		clearInterval(timer);
	};
}
