// Starting DuckDB-WASM from a page: the module is imported dynamically (the page never waits for it), the
// first slices are loaded, and the page hears how it went. Safe to import statically in components.
import type * as LiveFigures from './live-figures';

export type LiveStatus = 'server' | 'laden' | 'klaar' | 'mislukt';

/**
 * Loads the slices of `codes` and reports `laden`, then `klaar` (after `ready` ran) or `mislukt`.
 * Returns a cancel function, as an `$effect` wants: after it, nothing is reported.
 */
export function startLive(snapshotUrl: string, codes: string[], report: (status: LiveStatus) => void, ready?: (module: typeof LiveFigures) => void): () => void {
	let cancelled = false;
	report('laden');
	import('./live-figures')
		.then(async (module) => {
			await module.startFigures(snapshotUrl, codes);
			if (cancelled) return;
			ready?.(module);
			report('klaar');
		})
		.catch((error) => {
			if (cancelled) return;
			console.warn('DuckDB-WASM kon niet laden', error);
			report('mislukt');
		});
	return () => {
		cancelled = true;
	};
}
