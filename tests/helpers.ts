import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** Prints the page as a reader's browser does (print media, A4 PDF) and returns the text of each PDF page. */
export async function printedPages(page: Page): Promise<string[]> {
	await page.emulateMedia({ media: 'print' });
	const file = join(mkdtempSync(join(tmpdir(), 'wijkbeeld-print-')), 'rapport.pdf');
	writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
	// pdftotext ends every page with a form feed: one piece per page, and an empty one after the last.
	return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']).toString('utf8').split('\f').slice(0, -1);
}

/** What a reader could click or fill in that is still shown with print media: buttons, fields, toggles. */
export async function visibleControls(page: Page): Promise<string[]> {
	const controls = page.locator('button, input:not([type="hidden"]), select, textarea, summary').filter({ visible: true });
	return controls.evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 80)));
}

/**
 * Prints the page as a council report: it has the print button, nothing to click shows on paper, and the
 * cover names `subject`, the date, the publication and the demo notice; none of `controls`' texts is printed.
 * Returns the text of each page.
 */
export async function printReport(page: Page, subject: string, controls: string[]): Promise<string[]> {
	await page.emulateMedia({ media: 'screen' });
	await expect(page.getByRole('button', { name: 'Afdrukken als raadsrapport' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	expect(await visibleControls(page)).toEqual([]);
	const pages = await printedPages(page);
	expect(pages[0]).toContain(`raadsrapport over ${subject}`);
	expect(pages[0]).toMatch(/Afgedrukt \d+ \w+ \d{4}/);
	expect(pages[0]).toMatch(/publicatie \d+/);
	expect(pages[0]).toContain('zijn verzonnen');
	const all = pages.join('\n');
	for (const control of ['Afdrukken als raadsrapport', 'Toon als tabel', 'Download de cijfers', 'Uitloggen', ...controls]) expect(all, control).not.toContain(control);
	return pages;
}
