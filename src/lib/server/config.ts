// Configuration from environment variables, read in one place. See the README's Configuration section.
import { DEFAULT_DB_PATH } from './db/client';

type Env = Record<string, string | undefined>;

/** The SQLite file: WIJKBEELD_DB, or var/wijkbeeld.db. */
export function databasePath(env: Env): string {
	return env.WIJKBEELD_DB?.trim() || DEFAULT_DB_PATH;
}

/** The municipality this deployment serves by default: WIJKBEELD_GEMEENTE (CBS code), or GM0546 (Leiden). */
export function defaultGemeente(env: Env): string {
	const code = env.WIJKBEELD_GEMEENTE?.trim() || 'GM0546';
	if (!/^GM\d{4}$/.test(code)) throw new Error(`WIJKBEELD_GEMEENTE must be a CBS gemeente code like GM0546, got ${JSON.stringify(code)}`);
	return code;
}

/** Whether the UI labels the figures as fictional demo data: WIJKBEELD_DEMO (default on). */
export function isDemo(env: Env): boolean {
	return !['0', 'false', 'nee', 'no'].includes((env.WIJKBEELD_DEMO ?? '1').trim().toLowerCase());
}
