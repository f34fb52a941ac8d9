// Starting DuckDB-WASM from a page: the module is imported dynamically (the page never waits for it), the
// first slices are loaded, and the page hears how it went. Safe to import statically in components.
import type * as LiveFigures from './live-figures';

export type LiveStatus = 'server' | 'laden' | 'klaar' | 'mislukt';

/**
 * When DuckDB-WASM's files have not answered by then, readers are told the server's figures are what they
 * get: a proxy that blocks wasm may also just never answer. A slow download that does finish still takes
 * over afterwards.
 */
export const NOTICE_AFTER_MS = 1000;

/**
 * Loads the slices of `codes` and reports `laden`, then `klaar` (after `ready` ran) or `mislukt`.
 * Returns a cancel function, as an `$effect` wants: after it, nothing is reported.
 */
export function startLive(snapshotUrl: string, codes: string[], report: (status: LiveStatus) => void, ready?: (module: typeof LiveFigures) => void): () => void {
	let cancelled = false;
	let reached = false;
	report('laden');
	const watchdog = setTimeout(() => cancelled || reached || report('mislukt'), NOTICE_AFTER_MS);
	import('./live-figures')
		.then(async (module) => {
			void module.reachable().then(
				() => (reached = true),
				() => undefined
			);
			await module.startFigures(snapshotUrl, codes);
			if (cancelled) return;
			ready?.(module);
			report('klaar');
		})
		.catch((error) => {
			if (cancelled) return;
			console.warn('DuckDB-WASM kon niet laden', error);
			report('mislukt');
		})
		.finally(() => clearTimeout(watchdog));
	return () => {
		cancelled = true;
		clearTimeout(watchdog);
	};
}
