// Snapshots, whole or sliced by indicator, built from the published cells. The ETag follows from the data
// version, the audience and the slice alone, so a browser that has the snapshot gets a 304 without the
// server building anything. The last few builds are kept per process; nothing needs to be shared.
import { createHash } from 'node:crypto';
import type { Visibility } from '../../domain/vocabulary';
import type { Scope } from '../db/scope';
import { ensurePublished } from './published-cells';
import { buildSnapshot, type Snapshot } from './snapshot';

export type CachedSnapshot = Snapshot & { etag: string };

export { dataVersion } from './published-cells';

const MAX_ENTRIES = 16;
const cache = new Map<string, Promise<CachedSnapshot>>();

/** Indicator codes of a slice, sorted and unique; undefined for the whole snapshot. */
export type Slice = string[] | undefined;

export interface SnapshotTag {
	etag: string;
	key: string;
}

/** The ETag the snapshot would have; cheap (no build). */
export async function snapshotTag(scope: Scope, audience: Visibility, slice: Slice): Promise<SnapshotTag> {
	const version = await ensurePublished(scope);
	const key = JSON.stringify([scope.gemeente, audience, version, slice ?? null]);
	return { key, etag: `"${createHash('sha256').update(key).digest('base64url').slice(0, 32)}"` };
}

/** The audience's snapshot (or slice of it), built once per data version (per process). */
export async function cachedSnapshot(scope: Scope, audience: Visibility, slice: Slice = undefined, tag?: SnapshotTag): Promise<CachedSnapshot> {
	const { key, etag } = tag ?? (await snapshotTag(scope, audience, slice));
	let entry = cache.get(key);
	if (entry) {
		cache.delete(key); // most recently used goes last
		cache.set(key, entry);
		return entry;
	}
	entry = buildSnapshot(scope, audience, slice).then((built) => ({ ...built, etag }));
	entry.catch(() => cache.delete(key));
	cache.set(key, entry);
	while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
	return entry;
}
