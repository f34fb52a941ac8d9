import type { Db } from './client';
import { now } from './scope';

export interface Gemeente {
	code: string;
	name: string;
	/** Anonymous visitors may read the public dashboard. */
	publicDashboard: boolean;
	/** The current publication; 0 before the first. */
	publicationVersion: number;
}

/** Registers a municipality (tenant); a no-op when it exists. */
export async function ensure(db: Db, code: string, name: string): Promise<void> {
	await db
		.insertInto('gemeenten')
		.values({ code, name, public_dashboard: 1, publication_version: 0, created_at: now() })
		.onConflict((oc) => oc.column('code').doNothing())
		.execute();
}

/** One municipality, or undefined. */
export async function get(db: Db, code: string): Promise<Gemeente | undefined> {
	const row = await db.selectFrom('gemeenten').select(['code', 'name', 'public_dashboard', 'publication_version']).where('code', '=', code).executeTakeFirst();
	return row && { code: row.code, name: row.name, publicDashboard: row.public_dashboard === 1, publicationVersion: Number(row.publication_version) };
}

/** Sets whether anonymous visitors may read the public dashboard. */
export async function setPublicDashboard(db: Db, code: string, value: boolean): Promise<void> {
	await db.updateTable('gemeenten').set({ public_dashboard: value ? 1 : 0 }).where('code', '=', code).execute();
}
