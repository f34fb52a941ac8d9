// A small per-process cache for what is built from one publication: keyed by the publication version (so it
// never needs invalidating and several instances need share nothing), least recently used out first. A
// value read while a newer publication landed is answered, marked inconsistent, and not kept. A cache can
// ask to be warmed: when a request brings a newer version, what was asked for lately and is cheap to build
// is built again in the background, so the first reader after a publication finds it ready. Expensive
// builds (a whole wijk page, a whole snapshot) are not warmed: measured, that starves the readers it means
// to help, above all on SQLite, whose queries block the event loop.
import type { Scope } from '../db/scope';
import { readAt } from './publication';

export interface Read<T> {
	value: T;
	/** False when a publication landed while it was read: the value may hold newer data than `version`. */
	consistent: boolean;
}

const RECENT = 16;
const caches = new Set<VersionedCache<unknown>>();
const seen = new Map<string, number>();

export class VersionedCache<T> {
	private entries = new Map<string, Promise<Read<T>>>();
	private recent = new Map<string, { scope: Scope; key: string; build: () => Promise<T> }>();

	/** `warm` says which keys are cheap enough to build again in the background; none by default. */
	constructor(
		private readonly maxEntries: number,
		private readonly warm: (key: string) => boolean = () => false
	) {
		caches.add(this as VersionedCache<unknown>);
	}

	/** The value for `key` in publication `version`, built by `build` once per process while it stays cached. */
	async get(scope: Scope, version: number, key: string, build: () => Promise<T>): Promise<T> {
		return (await this.read(scope, version, key, build)).value;
	}

	/** Like `get`, and says whether the value belongs to `version`. */
	read(scope: Scope, version: number, key: string, build: () => Promise<T>): Promise<Read<T>> {
		const full = `${scope.gemeente}|${version}|${key}`;
		if (this.warm(key)) {
			const recentKey = `${scope.gemeente}|${key}`;
			this.recent.delete(recentKey);
			this.recent.set(recentKey, { scope, key, build });
			while (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
		}
		const hit = this.entries.get(full);
		if (hit) {
			this.entries.delete(full);
			this.entries.set(full, hit);
			return hit;
		}
		const entry = readAt(scope, version, build);
		entry.then(
			(r) => r.consistent || this.entries.get(full) !== entry || this.entries.delete(full),
			() => this.entries.delete(full)
		);
		this.entries.set(full, entry);
		while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
		return entry;
	}

	/** What was asked for lately in `gemeente`, to build again for a newer publication. */
	recentFor(gemeente: string) {
		return [...this.recent.values()].filter((r) => r.scope.gemeente === gemeente);
	}
}

/**
 * Hears each request's publication version. When a newer one appears in this process, everything asked for
 * lately is built again for it in the background, one after another (cheap when a publication changed
 * little, and it stops when yet another publication takes over).
 */
export function noteVersion(scope: Scope, version: number): void {
	const last = seen.get(scope.gemeente);
	if (last !== undefined && version <= last) return;
	seen.set(scope.gemeente, version);
	if (last === undefined) return;
	const wanted = [...caches].flatMap((cache) => cache.recentFor(scope.gemeente).map((r) => ({ cache, ...r })));
	setImmediate(async () => {
		for (const { cache, key, build } of wanted) {
			if (seen.get(scope.gemeente) !== version) return;
			await cache.read({ ...scope }, version, key, build).catch(() => undefined);
		}
	});
}
