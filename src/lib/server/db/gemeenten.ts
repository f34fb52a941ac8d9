import type { Db } from './client';
import { now } from './scope';
import type { GemeenteTable } from './schema';

/** Registers a municipality (tenant); a no-op when it exists. */
export async function ensure(db: Db, code: string, name: string): Promise<void> {
	await db
		.insertInto('gemeenten')
		.values({ code, name, created_at: now() })
		.onConflict((oc) => oc.column('code').doNothing())
		.execute();
}

/** One municipality, or undefined. */
export async function get(db: Db, code: string): Promise<GemeenteTable | undefined> {
	return db.selectFrom('gemeenten').selectAll().where('code', '=', code).executeTakeFirst();
}
