// The process's database handle: opened (and migrated) once at start-up. A connection pool is a
// per-process resource, not shared request state, so a module-level handle is right here.
import { env } from '$env/dynamic/private';
import { storeConfig } from './config';
import { openDatabase, type Db } from './db/client';

let opening: Promise<Db> | undefined;

/** The migrated database; the first call opens it, and a failure (unreachable, newer schema) stops start-up. */
export function database(): Promise<Db> {
	opening ??= openDatabase(storeConfig(env));
	return opening;
}
