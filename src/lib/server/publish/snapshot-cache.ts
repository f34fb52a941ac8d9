// Building a snapshot reads every published measurement; readers around a council meeting all ask for the
// same one. This keeps the last few per process, keyed by a data version read from the store on every
// request, so an instance never serves stale data and instances need not share anything.
import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import type { Visibility } from '../../domain/vocabulary';
import type { Scope } from '../db/scope';
import { buildSnapshot, type Snapshot } from './snapshot';

const MAX_ENTRIES = 8;
const cache = new Map<string, Promise<Snapshot>>();

/** A fingerprint of everything a snapshot depends on: publications and the suppression rules. */
export async function dataVersion(scope: Scope): Promise<string> {
	const deliveries = await sql<{ count: number; latest: string | null }>`
		select count(*) as count, max(published_at) as latest from deliveries
		where gemeente_code = ${scope.gemeente} and status in ('gepubliceerd', 'vervangen')`.execute(scope.db);
	const rules = await scope.db.selectFrom('indicators').select(['code', 'unit', 'min_n']).where('gemeente_code', '=', scope.gemeente).orderBy('code').execute();
	return createHash('sha256').update(JSON.stringify([deliveries.rows[0], rules])).digest('base64url');
}

/** The audience's snapshot, built once per data version (per process). */
export async function cachedSnapshot(scope: Scope, audience: Visibility): Promise<Snapshot> {
	const key = `${scope.gemeente}|${audience}|${await dataVersion(scope)}`;
	let entry = cache.get(key);
	if (!entry) {
		entry = buildSnapshot(scope, audience);
		entry.catch(() => cache.delete(key));
		cache.set(key, entry);
		while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
	}
	return entry;
}
