// Reading the figures: the overview, one indicator across the wijken, and the comparison by URL.
import { expect, test } from '@playwright/test';
import { startFromFreshDemo } from './fresh-demo';
import { printReport } from './helpers';

startFromFreshDemo();

test('the overview shows tiles with context, a map with a table beside it, and duiding coverage', async ({ page }) => {
	await page.goto('/');
	const tile = page.locator('li.tile[data-indicator="VRAGEN_GELD"]');
	await expect(tile.getByRole('link', { name: 'Vragen over geldzaken' })).toBeVisible();
	await expect(tile).toContainText(/in 4e kwartaal 2025/);
	await expect(tile).toContainText(/notitie/);
	await expect(page.locator('figure[data-area="kaart"] svg[role="img"]:visible')).toBeVisible();
	const mapTable = page.getByRole('table', { name: /per wijk/ });
	await expect(mapTable.getByRole('row')).toHaveCount(11);
	// choosing another indicator for the map is a plain form: it works without JavaScript too
	await page.getByLabel('Toon op de kaart').selectOption('VEILIG');
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(page).toHaveURL(/kaart=VEILIG/);
	await expect(page.getByRole('heading', { name: 'Voelt zich veilig in de wijk per wijk' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Hoeveel cijfers zijn geduid?' })).toBeVisible();
});

test('an unknown map indicator in the URL is ignored with a notice', async ({ page }) => {
	await page.goto('/?kaart=BESTAATNIET');
	await expect(page.getByRole('status').filter({ hasText: 'BESTAATNIET' })).toBeVisible();
});

test('one indicator across all wijken: ranking for a chosen period, small multiples, notes', async ({ page }) => {
	await page.goto('/indicator/VRAGEN_GELD');
	await expect(page.getByRole('heading', { level: 1, name: 'Vragen over geldzaken' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'De wijken in 4e kwartaal 2025' })).toBeVisible();
	await page.getByLabel('Kies een periode').selectOption('2023-Q1');
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(page).toHaveURL(/periode=2023-Q1/);
	await expect(page.getByRole('heading', { name: 'De wijken in 1e kwartaal 2023' })).toBeVisible();
	await expect(page.locator('.multiples figure')).toHaveCount(10);
	await expect(page.getByRole('heading', { name: 'Duiding' })).toBeVisible();
	await page.goto('/indicator/VRAGEN_GELD?periode=2031-Q9');
	await expect(page.getByRole('status')).toContainText('2031-Q9');
});

test('compare by URL: the same link shows the same comparison', async ({ page }) => {
	const url = '/vergelijk?wijken=WK054603,WK054606&stad=1&indicatoren=VRAGEN_GELD&van=2022-Q1&tot=2023-Q4';
	await page.goto(url);
	const section = page.locator('section.compare').first();
	await expect(section.getByRole('heading', { name: 'Vragen over geldzaken' })).toBeVisible();
	await section.getByText('Toon als tabel').click();
	const header = section.locator('thead th');
	await expect(header).toHaveText(['Periode', 'Leiden-Noord', 'Morsdistrict', 'Leiden (gemiddelde wijk)']);
	await expect(section.locator('tbody tr')).toHaveCount(8);
	await expect(section.locator('tbody tr').first().locator('th')).toHaveText('1e kwartaal 2022');
	// the form shows the selection, folded away above the answer; submitting it keeps it
	await page.getByText('Keuze aanpassen').click();
	await expect(page.getByRole('group', { name: 'Gebieden' }).getByLabel('Leiden-Noord')).toBeChecked();
	await page.getByRole('button', { name: 'Vergelijk' }).click();
	await expect(page.locator('section.compare')).toHaveCount(1);
});

test('a malformed comparison URL gives notices, not an error page', async ({ page }) => {
	const response = await page.goto('/vergelijk?wijken=WK054603,NOPE&indicatoren=XYZ&van=gisteren');
	expect(response?.status()).toBe(200);
	await expect(page.getByText('Onbekende wijk(en) genegeerd: NOPE.')).toBeVisible();
	await expect(page.getByText('Kies minstens twee gebieden')).toBeVisible();
});

test('a figure’s data downloads as formula-safe CSV, and the wijk page prints as a report', async ({ page }) => {
	await page.goto('/wijk/WK054603');
	const card = page.locator('figure[data-indicator="VRAGEN_GELD"][data-area="WK054603"]');
	const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: 'Download de cijfers (CSV)' }).click()]);
	const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
	const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
	expect(lines[0]).toBe('indicator;gebiedscode;gebied;periode;waarde;eenheid;opmerking;geleverd door');
	expect(lines).toContain(lines.find((l) => l.startsWith('VRAGEN_GELD;WK054603;Leiden-Noord;2025-Q4;222;')));
	expect(lines.some((l) => /;=|;\+|;@/.test(l))).toBe(false);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
	await expect(card.locator('.chart svg:visible')).toBeVisible();
	await expect(card.getByText('Wat telt als')).toBeVisible();
	await expect(card.locator('.notes li').first()).toBeVisible();
	await expect(card.getByRole('link', { name: 'Download de cijfers (CSV)' })).toBeHidden();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('the indicator page prints as a report with a cover and nothing to click', async ({ page }) => {
	await page.goto('/indicator/VRAGEN_GELD');
	const pages = await printReport(page, 'Vragen over geldzaken', ['Kies een periode']);
	const all = pages.join('\n');
	// the ranking, the map, the wijken through time, and the duiding are all on paper
	for (const part of ['De wijken in', 'Op de kaart', 'Per wijk door de tijd', 'Duiding', 'Verhalen']) expect(all, part).toContain(part);
	expect(pages.length).toBeLessThanOrEqual(3);
});

test('with JavaScript, another period is ranked by DuckDB-WASM in the browser, and the link still works', async ({ page }) => {
	await page.goto('/indicator/VRAGEN_GELD');
	const heading = page.locator('#ranking-kop');
	await expect(heading).toHaveAttribute('data-ranking-source', 'server');
	const serverTable = await page.locator('.chart-figure tbody').textContent();
	await page.getByLabel('Kies een periode').selectOption('2023-Q1');
	// a marker on the window survives only if the page was not reloaded
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(heading).toHaveAttribute('data-ranking-source', 'klaar', { timeout: 45_000 });
	await expect(heading).toHaveText('De wijken in 1e kwartaal 2023');
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
	await expect(page).toHaveURL(/periode=2023-Q1/);
	const liveTable = await page.locator('.chart-figure tbody').textContent();
	expect(liveTable).not.toBe(serverTable);
	// the same period straight from the server gives the same numbers as DuckDB did
	await page.goto('/indicator/VRAGEN_GELD?periode=2023-Q1');
	await expect(heading).toHaveAttribute('data-ranking-source', 'server');
	expect(await page.locator('.chart-figure tbody').textContent()).toBe(liveTable);
});

test('on a wijk page a period range is answered by DuckDB-WASM, with the same numbers the server gives', async ({ page }) => {
	await page.goto('/wijk/WK054603');
	await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'klaar', { timeout: 45_000 });
	const card = page.locator('figure[data-indicator="DEELN_UNIEK"][data-area="WK054603"]');
	// Cards below the summary are drawn as they come near the screen.
	await card.scrollIntoViewIfNeeded();
	await expect(card.locator('[data-source="duckdb"] svg')).toBeVisible();
	await page.getByLabel('Van', { exact: true }).selectOption('2024-Q1');
	await page.getByLabel('Tot en met').selectOption('2025-Q2');
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
	await page.getByRole('button', { name: 'Toon periode' }).click();
	await expect(page).toHaveURL(/van=2024-Q1&tot=2025-Q2/);
	await card.getByText('Toon als tabel').click();
	await expect(card.locator('tbody tr')).toHaveCount(6);
	await expect(card.locator('tbody tr').first().locator('th')).toHaveText('1e kwartaal 2024');
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
	// the other wijken are drawn faintly, and named in the chart's description
	await expect(card.locator('[data-source="duckdb"] svg')).toHaveAttribute('aria-description', /Dunne grijze lijnen: de 9 andere wijken/);
	const liveTable = await card.locator('tbody').textContent();

	// the same link, answered by the server (without JavaScript), gives the same table
	const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
	const plain = await context.newPage();
	await plain.goto('/wijk/WK054603?van=2024-Q1&tot=2025-Q2');
	const plainCard = plain.locator('figure[data-indicator="DEELN_UNIEK"][data-area="WK054603"]');
	await expect(plainCard.locator('[data-source="server"] svg:visible')).toBeVisible();
	expect(await plainCard.locator('tbody').textContent()).toBe(liveTable);
	await context.close();
});

test('with JavaScript the comparison is answered by DuckDB-WASM, and the link gives the same table from the server', async ({ page }) => {
	await page.goto('/vergelijk?wijken=WK054603,WK054606&indicatoren=VRAGEN_GELD');
	await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'klaar', { timeout: 45_000 });
	await page.getByText('Keuze aanpassen').click();
	await page.getByRole('group', { name: 'Gebieden' }).getByLabel('Stevenshofdistrict').check();
	await page.getByRole('group', { name: 'Indicatoren' }).getByLabel('Voelt zich veilig in de wijk').check();
	await page.getByLabel('Van', { exact: true }).selectOption('2023-Q1');
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
	await page.getByRole('button', { name: 'Vergelijk' }).click();
	await expect(page).toHaveURL(/indicatoren=VRAGEN_GELD%2CVEILIG|indicatoren=VRAGEN_GELD,VEILIG/);
	const section = page.locator('section.compare').filter({ has: page.getByRole('heading', { name: 'Voelt zich veilig in de wijk' }) });
	await expect(section.locator('[data-source="duckdb"] svg')).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
	await section.getByText('Toon als tabel').click();
	await expect(section.locator('thead th')).toHaveText(['Periode', 'Leiden-Noord', 'Morsdistrict', 'Stevenshofdistrict']);
	const liveTable = await section.locator('tbody').textContent();
	expect(liveTable).not.toContain('2022');

	await page.goto(page.url());
	await expect(section.locator('[data-source="server"] svg:visible')).toBeVisible();
	expect(await section.locator('tbody').textContent()).toBe(liveTable);
});

test('the overview map is answered by DuckDB-WASM with JavaScript, and by the server for the same link', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'klaar', { timeout: 45_000 });
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
	await page.getByLabel('Toon op de kaart').selectOption('VRAGEN_GELD');
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(page).toHaveURL(/kaart=VRAGEN_GELD&kaartperiode=2025-Q4/);
	// then an earlier period of the same indicator
	await page.locator('#kaartperiode').selectOption('2023-Q2');
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(page).toHaveURL(/kaartperiode=2023-Q2/);
	const map = page.locator('figure[data-area="kaart"]');
	await expect(map).toHaveAttribute('data-period', '2023-Q2');
	await expect(map.locator('[data-source="duckdb"] svg[role="img"]')).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
	const table = page.getByRole('table', { name: /Vragen over geldzaken per wijk/ });
	const liveTable = await table.locator('tbody').textContent();

	await page.goto('/?kaart=VRAGEN_GELD&kaartperiode=2023-Q2');
	await expect(map.locator('[data-source="server"] svg:visible')).toBeVisible();
	expect(await table.locator('tbody').textContent()).toBe(liveTable);
});

test('the indicator page has the wijken on a map, which follows the chosen period', async ({ page }) => {
	await page.goto('/indicator/VRAGEN_GELD');
	const map = page.locator('figure[data-area="kaart"]');
	await expect(map.locator('[data-source="server"] svg[role="img"]:visible')).toBeVisible();
	await expect(map).toHaveAttribute('data-period', '2025-Q4');
	// Before the page has hydrated the form goes to the server (also right): wait for its scripts to settle.
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Kies een periode').selectOption('2023-Q1');
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(page.locator('#ranking-kop')).toHaveAttribute('data-ranking-source', 'klaar', { timeout: 45_000 });
	await expect(map).toHaveAttribute('data-period', '2023-Q1');
	await expect(map.locator('[data-source="duckdb"] svg[role="img"]')).toBeVisible();
});

test('at phone width no page is wider than the screen', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
	const page = await context.newPage();
	for (const path of ['/', '/wijk/WK054603', '/indicator/EENZAAM', '/vergelijk?wijken=WK054603,WK054606&stad=1&indicatoren=VRAGEN_GELD', '/login']) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await context.close();
});
