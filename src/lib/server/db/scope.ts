// Every repository call takes a Scope: the database and the tenant (gemeente). A query without a gemeente
// cannot be written through the repositories, so one municipality never reads another's rows.
import type { Db } from './client';

export interface Scope {
	db: Db;
	/** CBS code of the municipality, e.g. GM0546. */
	gemeente: string;
}

/** A new random id for a row; the demo seed passes its own deterministic ids instead. */
export function newId(): string {
	return crypto.randomUUID();
}

/** The current time as stored: ISO-8601 in UTC. */
export function now(): string {
	return new Date().toISOString();
}

/** Runs `fn` in a transaction, joining the caller's transaction when there is one. */
export async function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
	return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
