import type { ClientInit } from '@sveltejs/kit';
import { warmUp } from '$lib/client/duckdb/start';

/** Pages that hand their figures to DuckDB-WASM: the overview, wijk, indicator and compare pages. */
const LIVE_PAGES = /^\/(?:$|wijk\/|indicator\/|vergelijk(?:$|\/))/;
/** Hydration waits at most this long for the DuckDB module; reading never waits (the HTML is there). */
const WARM_UP_WAIT_MS = 300;

export const init: ClientInit = async () => {
	// The worker downloads and compiles the wasm in its own thread while the page hydrates (a wijk page of
	// 200 figures hydrates for seconds), instead of starting only once hydration is done.
	if (!LIVE_PAGES.test(location.pathname)) return;
	await Promise.race([warmUp().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, WARM_UP_WAIT_MS))]);
	// One more task, so the worker is created before hydration takes the main thread.
	await new Promise((resolve) => setTimeout(resolve, 0));
};
