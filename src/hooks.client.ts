import type { ClientInit } from '@sveltejs/kit';
import { warmUp } from '$lib/client/duckdb/start';

/** Hydration waits at most this long for the DuckDB module; reading never waits (the HTML is there). */
const WARM_UP_WAIT_MS = 150;

export const init: ClientInit = async () => {
	// A page that hands its figures to DuckDB-WASM says so in its HTML (its status element), parsed by now.
	// The worker then downloads and compiles the wasm in its own thread while the page hydrates (a wijk page
	// of 200 figures hydrates for a second or more), instead of after; and the files are asked for before
	// hydration takes the main thread, so a proxy that blocks them is noticed in time.
	if (!document.querySelector('[data-duckdb]')) return;
	await Promise.race([warmUp().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, WARM_UP_WAIT_MS))]);
	// One more task, so the worker is created before hydration starts.
	await new Promise((resolve) => setTimeout(resolve, 0));
};
