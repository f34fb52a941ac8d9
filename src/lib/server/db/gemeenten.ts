import { sql } from 'kysely';
import type { Db } from './client';
import { now } from './scope';

export interface Gemeente {
	code: string;
	name: string;
	/** Anonymous visitors may read the public dashboard. */
	publicDashboard: boolean;
	/** The current publication; 0 before the first. */
	publicationVersion: number;
	/** The host name it is served under when a deployment serves several gemeenten; null otherwise. */
	hostname: string | null;
	/** An organisation's submission publishes at once (no check by a beleidsmedewerker). */
	submitPublishes: boolean;
}

/** Registers a municipality (tenant); a no-op when it exists. */
export async function ensure(db: Db, code: string, name: string, publicDashboard = true): Promise<void> {
	await db
		.insertInto('gemeenten')
		.values({ code, name, public_dashboard: publicDashboard ? 1 : 0, publication_version: 0, hostname: null, submit_publishes: 0, created_at: now() })
		.onConflict((oc) => oc.column('code').doNothing())
		.execute();
}

const columns = ['code', 'name', 'public_dashboard', 'publication_version', 'hostname', 'submit_publishes'] as const;

function toGemeente(row: { code: string; name: string; public_dashboard: number; publication_version: number; hostname: string | null; submit_publishes: number }): Gemeente {
	return {
		code: row.code,
		name: row.name,
		publicDashboard: Number(row.public_dashboard) === 1,
		publicationVersion: Number(row.publication_version),
		hostname: row.hostname,
		submitPublishes: Number(row.submit_publishes) === 1
	};
}

/** One municipality, or undefined. */
export async function get(db: Db, code: string): Promise<Gemeente | undefined> {
	const row = await db.selectFrom('gemeenten').select(columns).where('code', '=', code).executeTakeFirst();
	return row && toGemeente(row);
}

/** Every municipality in the store, oldest first. */
export async function list(db: Db): Promise<Gemeente[]> {
	return (await db.selectFrom('gemeenten').select(columns).orderBy('created_at').orderBy('code').execute()).map(toGemeente);
}

/**
 * The municipality a request is for: the one registered under the request's host name; else `preferred`
 * (the deployment's WIJKBEELD_GEMEENTE) when it exists; else the oldest one. Undefined on an empty store.
 * A single-gemeente deployment needs no host names; a regional host gives each gemeente its own.
 */
export async function resolve(db: Db, hostname: string, preferred: string | null): Promise<Gemeente | undefined> {
	// One query on every request: the host's gemeente first, then the preferred one, then the oldest.
	const row = await db
		.selectFrom('gemeenten')
		.select(columns)
		.orderBy(sql`case when hostname = ${hostname.toLowerCase()} then 0 when code = ${preferred ?? ''} then 1 else 2 end`)
		.orderBy('created_at')
		.orderBy('code')
		.limit(1)
		.executeTakeFirst();
	return row && toGemeente(row);
}

/** Sets (or clears, with null) the host name a gemeente is served under. */
export async function setHostname(db: Db, code: string, hostname: string | null): Promise<void> {
	await db.updateTable('gemeenten').set({ hostname: hostname?.toLowerCase() ?? null }).where('code', '=', code).execute();
}

/** Sets whether anonymous visitors may read the public dashboard. */
export async function setPublicDashboard(db: Db, code: string, value: boolean): Promise<void> {
	await db.updateTable('gemeenten').set({ public_dashboard: value ? 1 : 0 }).where('code', '=', code).execute();
}

/** Sets whether an organisation's submission publishes at once. */
export async function setSubmitPublishes(db: Db, code: string, value: boolean): Promise<void> {
	await db.updateTable('gemeenten').set({ submit_publishes: value ? 1 : 0 }).where('code', '=', code).execute();
}
