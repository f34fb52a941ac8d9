// Configuration from environment variables, read in one place. See the README's Configuration section.
import { DEFAULT_DB_PATH, type StoreConfig } from './db/client';

type Env = Record<string, string | undefined>;

/**
 * The store: PostgreSQL when DATABASE_URL is set (postgres://user:password@host:port/database), otherwise
 * the SQLite file WIJKBEELD_DB (default var/wijkbeeld.db). A malformed DATABASE_URL throws a message that
 * names the setting but never its password.
 */
export function storeConfig(env: Env): StoreConfig {
	const url = env.DATABASE_URL?.trim();
	if (!url) return { kind: 'sqlite', path: env.WIJKBEELD_DB?.trim() || DEFAULT_DB_PATH };
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new Error('DATABASE_URL is not a valid address. Use postgres://user:password@host:5432/database.');
	}
	if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
		throw new Error(`DATABASE_URL must start with postgres:// (got ${parsed.protocol}//…). Leave it unset to use the embedded SQLite store.`);
	}
	if (!parsed.hostname && !parsed.searchParams.get('host')) throw new Error('DATABASE_URL has no host. Use postgres://user:password@host:5432/database.');
	return { kind: 'postgres', url };
}

/** A CBS gemeente code: GM and four digits. */
export function isGemeenteCode(code: string): boolean {
	return /^GM\d{4}$/.test(code);
}

/**
 * The municipality this deployment serves when a request's host name names none: WIJKBEELD_GEMEENTE (CBS
 * code), or null, which means the oldest gemeente in the store (a single-gemeente install needs no setting).
 */
export function preferredGemeente(env: Env): string | null {
	const code = env.WIJKBEELD_GEMEENTE?.trim();
	if (!code) return null;
	if (!isGemeenteCode(code)) throw new Error(`WIJKBEELD_GEMEENTE must be a CBS gemeente code like GM0546, got ${JSON.stringify(code)}`);
	return code;
}

/** Whether the UI labels the figures as fictional demo data: WIJKBEELD_DEMO (default on). */
export function isDemo(env: Env): boolean {
	return !['0', 'false', 'nee', 'no'].includes((env.WIJKBEELD_DEMO ?? '1').trim().toLowerCase());
}

/** Largest GeoJSON file the area import reads: WIJKBEELD_MAX_GEOJSON_MB (default 50). */
export function maxGeoJsonBytes(env: Env): number {
	const mb = Number(env.WIJKBEELD_MAX_GEOJSON_MB?.trim() || 50);
	if (!Number.isFinite(mb) || mb <= 0) throw new Error(`WIJKBEELD_MAX_GEOJSON_MB must be a positive number of megabytes, got ${JSON.stringify(env.WIJKBEELD_MAX_GEOJSON_MB)}`);
	return Math.round(mb * 1024 * 1024);
}

/** Largest delivery file (CSV or XLSX) an organisation may upload: WIJKBEELD_MAX_UPLOAD_MB (default 10). */
export function maxUploadBytes(env: Env): number {
	const mb = Number(env.WIJKBEELD_MAX_UPLOAD_MB?.trim() || 10);
	if (!Number.isFinite(mb) || mb <= 0) throw new Error(`WIJKBEELD_MAX_UPLOAD_MB must be a positive number of megabytes, got ${JSON.stringify(env.WIJKBEELD_MAX_UPLOAD_MB)}`);
	return Math.round(mb * 1024 * 1024);
}
