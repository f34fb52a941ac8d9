// The whole data path: SQLite → server-drawn chart in the HTML → Arrow snapshot → DuckDB-WASM → Plot.
import { expect, test } from '@playwright/test';
import { collectErrors, snapshotPath, waitForDuckDB } from './helpers';
import { startFromFreshDemo } from './fresh-demo';

startFromFreshDemo();

const WIJK = '/wijk/WK054603';
const figure = (indicator: string) => `figure[data-indicator="${indicator}"][data-area="WK054603"]`;

test('the first response already holds the wijk’s figures with their charts', async ({ request }) => {
	const response = await request.get(WIJK);
	expect(response.status()).toBe(200);
	const html = await response.text();
	expect(html).toMatch(/<figure[^>]*data-indicator="DEELN_UNIEK"[^>]*data-area="WK054603"/);
	const figureHtml = html.slice(html.indexOf('data-indicator="VRAGEN_GELD"'));
	expect(figureHtml.slice(0, 8000)).toMatch(/data-source="server">(<!---->)?<div class="fit"[^>]*><div class="fit-wide"><svg[^>]*aria-label="Vragen over geldzaken in Leiden-Noord en Leiden"/);
	expect((html.match(/<figure /g) ?? []).length).toBe(32);
});

test('without JavaScript the page is complete and readable', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(WIJK);
	await expect(page.getByRole('heading', { level: 1, name: 'Leiden-Noord' })).toBeVisible();
	await expect(page.locator(`${figure('VRAGEN_GELD')} [data-source="server"] svg:visible`)).toBeVisible();
	await expect(page.locator(figure('VRAGEN_GELD')).getByText('Wat telt als')).toBeVisible();
	await context.close();
});

test('after load, DuckDB-WASM draws the same series, without console errors', async ({ page }) => {
	const errors = collectErrors(page);
	const serverHtml = await (await page.request.get(WIJK)).text();
	const serverDescription = /aria-description="([^"]*)"[^>]*aria-label="Vragen over geldzaken/.exec(serverHtml)?.[1];
	expect(serverDescription).toContain('Leiden-Noord: van');

	await page.goto(WIJK);
	expect(await waitForDuckDB(page)).toBe('klaar');
	// Figures are handed to DuckDB as they come into view.
	await page.locator(figure('VRAGEN_GELD')).scrollIntoViewIfNeeded();
	const live = page.locator(`${figure('VRAGEN_GELD')} [data-source="duckdb"] svg`);
	await expect(live).toBeVisible();
	// The DuckDB-driven chart describes the same first and last values as the server's drawing.
	const liveDescription = await live.getAttribute('aria-description');
	expect(liveDescription).toBe(serverDescription!.replaceAll('&amp;', '&'));
	// and both end at the latest value the card shows in words
	const latest = (await page.locator(`${figure('VRAGEN_GELD')} .latest .value`).textContent())!.trim();
	expect(liveDescription).toContain(`Leiden-Noord: van`);
	expect(liveDescription).toMatch(new RegExp(`Leiden-Noord: van [^.]* naar ${latest} in 4e kwartaal 2025`));
	await expect(page.locator(`${figure('VRAGEN_GELD')} [data-source="server"]`)).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('the table holds the numbers of the chart', async ({ page }) => {
	await page.goto(WIJK);
	const card = page.locator(figure('EENZAAM'));
	await card.getByText('Toon als tabel').click();
	const rows = card.locator('tbody tr');
	await expect(rows).toHaveCount(3);
	const description = await card.locator('svg').first().getAttribute('aria-description');
	// The cell's value without the survey's n and margin below it.
	const last = await rows.last().locator('td').first().evaluate((td) => [...td.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''));
	expect(description).toContain(`naar ${last.trim()} in 2025`);
});

test('a figure shows its definition, notes, stories and the demo label', async ({ page }) => {
	await page.goto(WIJK);
	await expect(page.getByRole('note').getByText('Demo.')).toBeVisible();
	const card = page.locator(figure('DEELN_UNIEK'));
	await expect(card.getByText('Nieuwe definitie vanaf 1e kwartaal 2024')).toBeVisible();
	await expect(card.getByRole('heading', { name: 'Duiding' })).toBeVisible();
	await expect(card.locator('.notes li').first()).toBeVisible();
	const money = page.locator(figure('VRAGEN_GELD'));
	await expect(money.getByRole('heading', { name: 'Verhalen' })).toBeVisible();
	await expect(money.locator('.stories li').first()).toBeVisible();
});

test('a figure resting on too few people is not shown as a number', async ({ page }) => {
	await page.goto('/wijk/WK054602');
	const card = page.locator('figure[data-indicator="BEWINIT"][data-area="WK054602"]');
	await card.getByText('Toon als tabel').click();
	await expect(card.locator('tbody').getByText(/niet getoond: minder dan 5 geteld/).first()).toBeVisible();
});

test('the overview lists the ten wijken and the themes, and leads into a wijk', async ({ page }) => {
	await page.goto('/');
	const wijken = page.getByRole('region', { name: 'Wijken' }).getByRole('link');
	await expect(wijken).toHaveCount(10);
	await expect(page.getByRole('heading', { name: 'Meedoen en ontmoeten' })).toBeVisible();
	await wijken.getByText('Stevenshofdistrict').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Stevenshofdistrict' })).toBeVisible();
	expect(await waitForDuckDB(page)).toBe('klaar');
});

test('an unknown wijk gives a 404 page with a way back', async ({ page }) => {
	const response = await page.goto('/wijk/WK999999');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Deze pagina bestaat niet' })).toBeVisible();
	await expect(page.getByText('Wijk WK999999 bestaat niet')).toBeVisible();
	await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
	await expect(page).toHaveURL('/');
});

test('the snapshot is immutable per publication, cacheable by ETag and refused above the visitor’s level', async ({ request }) => {
	const url = await snapshotPath(request, 'openbaar');
	const first = await request.get(url);
	expect(first.status()).toBe(200);
	expect(first.headers()['content-type']).toBe('application/vnd.apache.arrow.stream');
	expect(first.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(first.headers()['vary']).toBe('Accept-Encoding');
	const etag = first.headers()['etag']!;
	expect(etag).toMatch(/^".+"$/);
	const again = await request.get(url, { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
	expect((await request.get(await snapshotPath(request, 'intern'))).status()).toBe(403);
	expect((await request.get(await snapshotPath(request, 'openbaar', 'GM0599'))).status()).toBe(404);
	// A slice holds whole indicators: every area and period of the ones asked for.
	const slice = await request.get(`${url}?indicatoren=EENZAAM,DEELN_UNIEK`);
	expect(slice.status()).toBe(200);
	expect(Number(slice.headers()['x-snapshot-rows'])).toBeGreaterThan(0);
	expect(Number(slice.headers()['x-snapshot-rows'])).toBeLessThan(Number(first.headers()['x-snapshot-rows']));
	expect(slice.headers()['etag']).not.toBe(etag);
	expect((await request.get(`${url}?indicatoren=BESTAATNIET`)).status()).toBe(404);
});

test('when DuckDB-WASM cannot load, the server’s figures stay with a notice', async ({ page }) => {
	await page.route('**/*.wasm', (route) => route.abort());
	await page.goto(WIJK);
	expect(await waitForDuckDB(page)).toBe('mislukt');
	await expect(page.getByRole('status')).toContainText('Het interactieve deel van deze pagina werkt nu niet');
	await expect(page.locator(`${figure('VRAGEN_GELD')} [data-source="server"] svg:visible`)).toBeVisible();
});
