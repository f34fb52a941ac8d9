// Snapshots, whole or sliced by indicator, per gemeente × audience × publication version. A version's
// snapshot never changes, so its URL carries the version and is served `immutable`; the last few builds
// (and their gzip) are kept per process in a VersionedCache, so nothing needs to be shared between instances.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Visibility } from '../../domain/vocabulary';
import type { Scope } from '../db/scope';
import { buildSnapshot, type Snapshot } from './snapshot';
import { VersionedCache } from './versioned-cache';

const gzipAsync = promisify(gzip);

export interface CachedSnapshot extends Snapshot {
	/** The version the cells were read at; -1 when a publication landed while it was built. */
	version: number;
	/** Compressed off the event loop (zlib's thread pool), once per snapshot. */
	gzipped(): Promise<Uint8Array>;
}

/** Indicator codes of a slice, sorted and unique; undefined for the whole snapshot. */
export type Slice = string[] | undefined;

// Slices (a few indicators) are cheap and warmed after a publication; a whole snapshot is not.
const cache = new VersionedCache<Snapshot & { gzipped(): Promise<Uint8Array> }>(16, (key) => !key.endsWith(',null]'));

/** The URL of an audience's snapshot of publication `version`; `?indicatoren=A,B` asks for a slice. */
export function snapshotUrl(gemeente: string, audience: Visibility, version: number): string {
	return `/api/snapshot/${gemeente}/${audience}/${version}`;
}

/** The ETag of a snapshot: it follows from gemeente, audience, version and slice alone. */
export function snapshotEtag(gemeente: string, audience: Visibility, version: number, slice: Slice): string {
	return `"${gemeente}-${audience}-v${version}${slice ? `-${slice.join('.')}` : ''}"`;
}

async function withGzip(snapshot: Snapshot) {
	let compressed: Promise<Uint8Array> | undefined;
	return { ...snapshot, gzipped: () => (compressed ??= gzipAsync(snapshot.bytes, { level: 6 }).then((b) => new Uint8Array(b))) };
}

/**
 * The audience's snapshot (or slice) of the current publication, which the caller read as `version`. Built
 * once per version per process; a build that saw a newer publication is returned with version -1, uncached.
 */
export async function cachedSnapshot(scope: Scope, audience: Visibility, version: number, slice: Slice = undefined): Promise<CachedSnapshot> {
	const key = JSON.stringify([audience, slice ?? null]);
	const { value, consistent } = await cache.read(scope, version, key, () => buildSnapshot(scope, audience, slice).then(withGzip));
	return { ...value, version: consistent ? version : -1 };
}
