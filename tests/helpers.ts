import type { APIRequestContext, Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions of a page, to assert there are none. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** The current publication number, as the overview's snapshot link carries it. */
export async function publicationVersion(request: APIRequestContext): Promise<number> {
	const found = /\/api\/snapshot\/GM0546\/\w+\/(\d+)/.exec(await (await request.get('/')).text());
	if (!found) throw new Error('no snapshot link on the overview');
	return Number(found[1]);
}

/** The snapshot URL of the current publication for `audience`. */
export async function snapshotPath(request: APIRequestContext, audience: string, gemeente = 'GM0546'): Promise<string> {
	return `/api/snapshot/${gemeente}/${audience}/${await publicationVersion(request)}`;
}

/** Waits until DuckDB-WASM has taken over the page's figures (or failed). */
export async function waitForDuckDB(page: Page): Promise<string | null> {
	await page.waitForSelector('[data-duckdb="klaar"], [data-duckdb="mislukt"]', { state: 'attached', timeout: 45_000 });
	return page.getAttribute('[data-duckdb]', 'data-duckdb');
}
