// Reading fast: the wijk page arrives compressed, and a reader whose network blocks DuckDB-WASM is told so
// within 2 seconds, keeping the server's figures. And the accessibility statement that says what is tested.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startFromFreshDemo } from './fresh-demo';

startFromFreshDemo();

const WIJK = '/wijk/WK054603';
const NOTICE = 'Het interactieve deel van deze pagina werkt nu niet';

// Records, in the page, how long after navigation start the DuckDB status first became `status`.
const recordStatus = (status: string) => `(() => {
	new MutationObserver((_, observer) => {
		if (document.querySelector('[data-duckdb="${status}"]')) {
			window.__settledAt = performance.now();
			observer.disconnect();
		}
	}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-duckdb'] });
})();`;

async function settledAfter(page: Page, status: string): Promise<number> {
	await page.waitForSelector(`[data-duckdb="${status}"]`, { state: 'attached', timeout: 30_000 });
	return (await page.evaluate('window.__settledAt')) as number;
}

test('the wijk page travels compressed and small, and says it varies by encoding', async ({ request }) => {
	for (const encoding of ['br', 'gzip']) {
		const response = await request.fetch(WIJK, { headers: { 'accept-encoding': encoding } });
		expect(response.headers()['content-encoding']).toBe(encoding);
		expect(response.headers()['vary']).toMatch(/accept-encoding/i);
		// Playwright decodes the body; encodedLength below counts what went over the wire.
		expect((await response.text()).match(/<figure /g)?.length).toBe(32);
	}
	const plain = await request.fetch(WIJK, { headers: { 'accept-encoding': 'identity' } });
	expect(plain.headers()['content-encoding']).toBeUndefined();
	const wire = await encodedLength(WIJK, 'br');
	expect(wire).toBeLessThanOrEqual(150 * 1024);
	expect(wire).toBeLessThan((await plain.body()).byteLength / 5);
});

/** Bytes of `path`'s body as sent with `encoding`, undecoded. */
async function encodedLength(path: string, encoding: string): Promise<number> {
	const { request } = await import('node:http');
	const url = new URL(path, test.info().project.use.baseURL);
	return new Promise((resolve, reject) => {
		request(url, { headers: { 'accept-encoding': encoding } }, (response) => {
			let length = 0;
			response.on('data', (chunk: Buffer) => (length += chunk.length));
			response.on('end', () => resolve(length));
		})
			.on('error', reject)
			.end();
	});
}

test('a refused WASM download shows the notice within 2 seconds, and the server’s figures stay', async ({ page }) => {
	await page.route('**/*.wasm', (route) => route.abort());
	await page.addInitScript({ content: recordStatus('mislukt') });
	await page.goto(WIJK);
	expect(await settledAfter(page, 'mislukt')).toBeLessThanOrEqual(2000);
	await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
	await expect(page.locator('figure[data-indicator="VRAGEN_GELD"] [data-source="server"] svg:visible')).toBeVisible();
});

test('a WASM download that never answers shows the notice within 2 seconds', async ({ page }) => {
	const held: Route[] = [];
	await page.route('**/*.wasm', (route) => void held.push(route));
	await page.addInitScript({ content: recordStatus('mislukt') });
	await page.goto(WIJK);
	expect(await settledAfter(page, 'mislukt')).toBeLessThanOrEqual(2000);
	await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a slow WASM download still takes over when it arrives, and the notice goes', async ({ page }) => {
	// The HEAD probe and the download both wait 2.5 s, as behind a slow proxy.
	await page.route('**/*.wasm', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 2500));
		await route.continue();
	});
	await page.goto(WIJK);
	await expect(page.getByRole('status').filter({ hasText: NOTICE })).toBeVisible({ timeout: 2500 });
	await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'klaar', { timeout: 45_000 });
	await expect(page.getByText(NOTICE)).toHaveCount(0);
	// Figures are handed to DuckDB as they come into view.
	await page.locator('figure[data-indicator="VRAGEN_GELD"]').scrollIntoViewIfNeeded();
	await expect(page.locator('figure[data-indicator="VRAGEN_GELD"] [data-source="duckdb"] svg')).toBeVisible();
});

test('the accessibility statement is linked from every page, says what is tested, and passes axe', async ({ page }) => {
	await page.goto(WIJK);
	await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
	await expect(page).toHaveURL(/\/toegankelijkheid$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' })).toBeVisible();
	for (const heading of ['Status: eerste maatregelen genomen', 'Wat we testen en hoe', 'Wat nog niet goed werkt', 'Werkt iets niet? Laat het weten', 'Over deze verklaring']) {
		await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
	}
	await expect(page.getByText('WCAG 2.1 op niveau A en AA')).toBeVisible();
	// The statement names as many axe-checked pages as the accessibility test checks.
	const checked = readFileSync('tests/accessibility.spec.ts', 'utf8').match(/\{ name: '/g)?.length;
	await expect(page.getByText(`op ${checked} pagina's`)).toBeVisible();
	await expect(page.getByText(/de gemeente Leiden/)).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
