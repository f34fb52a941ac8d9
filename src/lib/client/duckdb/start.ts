// Starting DuckDB-WASM from a page: the module is imported dynamically (the page never waits for it), the
// first slices are loaded, and the page hears how it went. Safe to import statically in components.
import type * as LiveFigures from './live-figures';

export type LiveStatus = 'server' | 'laden' | 'klaar' | 'mislukt';

/**
 * When DuckDB-WASM's files have not answered by then, readers are told the server's figures are what they
 * get: a proxy that blocks wasm may also just never answer. The files get PROBE_MS at least (a round trip on
 * any working network), and the notice is up NOTICE_BY_MS after the page was opened where that allows.
 * A slow download that does finish still takes over afterwards.
 */
export const PROBE_MS = 500;
export const NOTICE_BY_MS = 1500;

let loading: Promise<typeof LiveFigures> | null = null;
/** When the files were first asked for (performance.now()); null until the module has loaded. */
let askedAt: number | null = null;
let reached = false;

/**
 * Loads the DuckDB module and starts the worker and the wasm download, once per tab. Called as the app
 * starts (before hydration, see hooks.client.ts), so the worker compiles the wasm while the page hydrates.
 */
export function warmUp(): Promise<typeof LiveFigures> {
	loading ??= import('./live-figures').then((module) => {
		askedAt ??= performance.now();
		module.reachable().then(
			() => (reached = true),
			() => undefined
		);
		// Its failure is reported when a page asks (startLive), not here.
		module.connect().catch(() => undefined);
		return module;
	});
	loading.catch(() => (loading = null));
	return loading;
}

/**
 * Loads the slices of `codes` and reports `laden`, then `klaar` (after `ready` ran) or `mislukt`: at once
 * when a file is refused, or at the deadline above when the files have not answered yet.
 * Returns a cancel function, as an `$effect` wants: after it, nothing is reported.
 */
export function startLive(snapshotUrl: string, codes: string[], report: (status: LiveStatus) => void, ready?: (module: typeof LiveFigures) => void): () => void {
	let cancelled = false;
	report('laden');
	let watchdog: ReturnType<typeof setTimeout> | undefined;
	warmUp()
		.then(async (module) => {
			// performance.now() counts from the document's navigation: after client-side navigations it is
			// large, and only PROBE_MS counts.
			const deadline = Math.max(askedAt! + PROBE_MS, NOTICE_BY_MS);
			watchdog = setTimeout(() => cancelled || reached || report('mislukt'), Math.max(0, deadline - performance.now()));
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
