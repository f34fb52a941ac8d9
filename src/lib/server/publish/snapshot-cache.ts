// Snapshots, whole or sliced by indicator, per gemeente × audience × publication version. A version's
// snapshot never changes, so its URL carries the version and is served `immutable`; the last few builds
// (and their gzip) are kept per process, keyed by version, so nothing needs to be shared between instances.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Visibility } from '../../domain/vocabulary';
import type { Scope } from '../db/scope';
import { readAt } from './publication';
import { buildSnapshot, type Snapshot } from './snapshot';

const gzipAsync = promisify(gzip);

export interface CachedSnapshot extends Snapshot {
	/** The version the cells were read at; differs from the one asked for when a publication landed meanwhile. */
	version: number;
	/** Compressed off the event loop (zlib's thread pool), once per snapshot. */
	gzipped(): Promise<Uint8Array>;
}

/** Indicator codes of a slice, sorted and unique; undefined for the whole snapshot. */
export type Slice = string[] | undefined;

const MAX_ENTRIES = 16;
const cache = new Map<string, Promise<CachedSnapshot>>();
/** Per gemeente: the audiences and slices asked for lately, to build again when a publication lands. */
const recent = new Map<string, Map<string, { audience: Visibility; slice: Slice }>>();
const seen = new Map<string, number>();

function remember(gemeente: string, audience: Visibility, slice: Slice): void {
	const asked = recent.get(gemeente) ?? new Map<string, { audience: Visibility; slice: Slice }>();
	const key = JSON.stringify([audience, slice ?? null]);
	asked.delete(key);
	asked.set(key, { audience, slice });
	while (asked.size > MAX_ENTRIES) asked.delete(asked.keys().next().value!);
	recent.set(gemeente, asked);
}

/**
 * Hears the publication version of every request. When a newer one appears, the snapshots and slices asked
 * for lately are built for it in the background, one after another, so the first reader after a
 * publication does not wait for them (the page itself is read from the store as always).
 */
export function noteVersion(scope: Scope, version: number): void {
	const last = seen.get(scope.gemeente);
	if (last !== undefined && version <= last) return;
	seen.set(scope.gemeente, version);
	if (last === undefined) return;
	const wanted = [...(recent.get(scope.gemeente)?.values() ?? [])];
	setImmediate(async () => {
		for (const { audience, slice } of wanted) {
			if (seen.get(scope.gemeente) !== version) return; // a newer publication took over
			await cachedSnapshot(scope, audience, version, slice).catch(() => undefined);
		}
	});
}

/** The URL of an audience's snapshot of publication `version`; `?indicatoren=A,B` asks for a slice. */
export function snapshotUrl(gemeente: string, audience: Visibility, version: number): string {
	return `/api/snapshot/${gemeente}/${audience}/${version}`;
}

/** The ETag of a snapshot: it follows from gemeente, audience, version and slice alone. */
export function snapshotEtag(gemeente: string, audience: Visibility, version: number, slice: Slice): string {
	return `"${gemeente}-${audience}-v${version}${slice ? `-${slice.join('.')}` : ''}"`;
}

function withGzip(snapshot: Snapshot, version: number): CachedSnapshot {
	let compressed: Promise<Uint8Array> | undefined;
	return { ...snapshot, version, gzipped: () => (compressed ??= gzipAsync(snapshot.bytes, { level: 6 }).then((b) => new Uint8Array(b))) };
}

/**
 * The audience's snapshot (or slice) of the current publication, which the caller read as `version`. Built
 * once per version per process; a build that saw a newer publication is returned but not cached.
 */
export async function cachedSnapshot(scope: Scope, audience: Visibility, version: number, slice: Slice = undefined): Promise<CachedSnapshot> {
	const key = JSON.stringify([scope.gemeente, audience, version, slice ?? null]);
	remember(scope.gemeente, audience, slice);
	let entry = cache.get(key);
	if (entry) {
		cache.delete(key); // most recently used goes last
		cache.set(key, entry);
		return entry;
	}
	const read = readAt(scope, version, () => buildSnapshot(scope, audience, slice));
	entry = read.then(({ value, consistent }) => withGzip(value, consistent ? version : -1));
	const pending = entry;
	pending.then(
		(built) => built.version === version || cache.get(key) !== pending || cache.delete(key),
		() => cache.delete(key)
	);
	cache.set(key, pending);
	while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
	return pending;
}
