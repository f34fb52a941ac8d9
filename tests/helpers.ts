import type { Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions of a page, to assert there are none. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** Waits until DuckDB-WASM has taken over the page's figures (or failed). */
export async function waitForDuckDB(page: Page): Promise<string | null> {
	await page.waitForSelector('[data-duckdb="klaar"], [data-duckdb="mislukt"]', { state: 'attached', timeout: 45_000 });
	return page.getAttribute('[data-duckdb]', 'data-duckdb');
}
