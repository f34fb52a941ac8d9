// Compare and exports keep context (issue 14 items 6 and 7): the comparison answers first, each chart keeps
// its source, notes, stories and downloads, a downloaded chart says what it shows, and the overview's
// duiding coverage leads to the figures it counts.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { startFromFreshDemo } from './fresh-demo';
import { printReport, waitForDuckDB } from './helpers';

startFromFreshDemo();

const COMPARISON = '/vergelijk?wijken=WK054603,WK054606&indicatoren=VRAGEN_GELD,EENZAAM';

const section = (page: Page, name: string) => page.locator('section.compare').filter({ has: page.getByRole('heading', { level: 2, name }) });

test('without a selection the choice is open; with one the answer comes first and the choice folds away above it', async ({ page }) => {
	await page.goto('/vergelijk');
	await expect(page.getByRole('group', { name: 'Gebieden' }).getByLabel('Leiden-Noord')).toBeVisible();

	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(COMPARISON);
	const first = section(page, 'Vragen over geldzaken');
	await expect(first).toBeVisible();
	await expect(page.getByRole('group', { name: 'Gebieden' })).toBeHidden();
	// The first chart starts on the first screen, above where the form's fields would be.
	const chartTop = (await first.locator('.chart').boundingBox())!.y;
	expect(chartTop).toBeLessThan(800);
	// The choice opens by keyboard (a plain <details>: no JavaScript needed) and keeps the selection.
	const summary = page.locator('details.choice > summary');
	await expect(summary).toContainText('Keuze aanpassen');
	await expect(summary).toContainText('Leiden-Noord, Morsdistrict');
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('group', { name: 'Gebieden' }).getByLabel('Leiden-Noord')).toBeChecked();
	await expect(page.getByRole('group', { name: 'Gebieden' }).getByLabel('Leiden-Noord')).toBeVisible();
	const formTop = (await page.getByRole('button', { name: 'Vergelijk', exact: true }).boundingBox())!.y;
	expect(formTop).toBeGreaterThan(0);
});

test('a compared chart shows its source, notes, stories and downloads', async ({ page }) => {
	await page.goto(COMPARISON);
	const money = section(page, 'Vragen over geldzaken');
	await expect(money.getByText('Bron: registratie welzijnsorganisatie')).toBeVisible();
	await expect(money.getByText(/^Wat telt als:/)).toBeVisible();
	await expect(money.getByRole('heading', { name: 'Notities bij deze lijnen' })).toBeVisible();
	await expect(money.getByRole('heading', { name: 'Verhalen bij dit cijfer' })).toBeVisible();
	const story = money.getByRole('link', { name: 'Meer werkende mensen aan het spreekuur' });
	await expect(story).toBeVisible();
	await expect(money.locator('.stories')).toContainText('Leiden-Noord');
	// A story only for partners is not shown to a visitor who is not signed in.
	await expect(money.getByText('Energierekening van de ene op de andere maand verdubbeld')).toHaveCount(0);
	await expect(section(page, 'Inwoners die zich wel eens eenzaam voelen').getByText('Bron: Stads- en wijkenquête')).toBeVisible();

	// The CSV holds the compared numbers, the same as the table.
	const csvLink = money.getByRole('link', { name: 'Download de cijfers (CSV)' });
	const response = await page.request.get((await csvLink.getAttribute('href'))!);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-disposition']).toContain('wijkbeeld-vergelijking-VRAGEN_GELD.csv');
	const csv = await response.text();
	expect(csv).toContain('indicator;gebiedscode;gebied;periode;waarde;eenheid;opmerking');
	await money.getByText('Toon als tabel').click();
	const lastRow = money.locator('tbody tr').last();
	const period = (await lastRow.locator('th').textContent())!;
	const noord = (await lastRow.locator('td').first().textContent())!.trim();
	const periodCode = period.replace(/^(\d)e kwartaal (\d{4})$/, '$2-Q$1');
	expect(csv).toContain(`VRAGEN_GELD;WK054603;Leiden-Noord;${periodCode};${noord.replace('.', '')};aantal`);
	expect(csv).toContain(`VRAGEN_GELD;WK054606;Morsdistrict;${periodCode};`);
	expect(csv).not.toContain('WK054600');
});

test('a comparison answered in the browser keeps its stories and folds the choice away again', async ({ page }) => {
	await page.goto(COMPARISON);
	expect(await waitForDuckDB(page)).toBe('klaar');
	await page.getByText('Keuze aanpassen').click();
	await page.getByRole('group', { name: 'Indicatoren' }).getByLabel('Unieke deelnemers aan activiteiten').check();
	await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
	const participants = section(page, 'Unieke deelnemers aan activiteiten');
	await expect(participants.locator('[data-source="duckdb"] svg')).toBeVisible();
	await expect(participants.getByRole('link', { name: 'Zomerprogramma hield de deur open' })).toBeVisible();
	// Only for the raad: not for a visitor who is not signed in.
	await expect(participants.getByText('Raadsleden eten mee in het buurtrestaurant')).toHaveCount(0);
	await expect(page.getByRole('group', { name: 'Gebieden' })).toBeHidden();
	await expect(participants.getByRole('link', { name: 'Download de cijfers (CSV)' })).toHaveAttribute('href', /wijken=WK054603%2CWK054606/);
});

test('a downloaded chart carries its title, unit, period, source and the demo notice', async ({ page }) => {
	await page.goto(COMPARISON);
	const money = section(page, 'Vragen over geldzaken');
	const [download] = await Promise.all([page.waitForEvent('download'), money.getByRole('button', { name: 'Grafiek als SVG' }).click()]);
	expect(download.suggestedFilename()).toBe('wijkbeeld-vergelijking-VRAGEN_GELD.svg');
	const svg = await readFile((await download.path())!, 'utf8');
	expect(svg).toContain('Vragen over geldzaken: Leiden-Noord, Morsdistrict');
	expect(svg).toMatch(/Eenheid: aantal\. Periode: 1e kwartaal 20\d\d t\/m \de kwartaal 20\d\d\./);
	expect(svg).toContain('Bron: registratie welzijnsorganisatie.');
	expect(svg).toContain('Demo: alle cijfers in deze grafiek zijn verzonnen.');
	expect(svg).toContain('aria-label="Vragen over geldzaken: Leiden-Noord, Morsdistrict"');

	const [png] = await Promise.all([page.waitForEvent('download'), money.getByRole('button', { name: 'Grafiek als PNG' }).click()]);
	expect(png.suggestedFilename()).toBe('wijkbeeld-vergelijking-VRAGEN_GELD.png');
	const bytes = await readFile((await png.path())!);
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	// The frame makes the picture taller than the chart alone (the wide drawing, 640 wide, at twice the pixels).
	expect(bytes.readUInt32BE(16)).toBe(1280);

	// On the wijk page too, a figure card's chart downloads with its frame.
	await page.goto('/wijk/WK054603');
	const card = page.locator('figure.figure-card[data-indicator="VRAGEN_GELD"]');
	await card.scrollIntoViewIfNeeded();
	const [cardSvg] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Grafiek als SVG' }).click()]);
	const text = await readFile((await cardSvg.path())!, 'utf8');
	expect(text).toContain('Vragen over geldzaken: Leiden-Noord en');
	expect(text).toContain('Bron: registratie welzijnsorganisatie.');
	expect(text).toContain('Demo: alle cijfers in deze grafiek zijn verzonnen.');
});

test('a cell of the duiding coverage opens the wijk at the figures it counts', async ({ page }) => {
	await page.goto('/');
	const table = page.getByRole('table', { name: /hoeveel cijfers een duiding hebben/ });
	const link = table.locator('a[data-coverage^="WK054603|"]').first();
	const [, theme] = (await link.getAttribute('data-coverage'))!.split('|');
	// The link says what it counts and what it opens.
	await expect(link).toHaveAccessibleName(/^\d+ van \d+ cijfers geduid: bekijk .+ in Leiden-Noord$/);
	const [, counted] = (await link.textContent())!.match(/van (\d+)/)!;
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/wijk/WK054603#thema-${theme}$`));
	const target = page.locator(`section:has(> h2#thema-${theme})`);
	await expect(target.locator('h2')).toBeInViewport();
	// The theme's section holds at least the figures the cell counts.
	expect(await target.locator('figure.figure-card').count()).toBeGreaterThanOrEqual(Number(counted));
});

test('a comparison prints as a report with a cover naming the wijken, and nothing to click', async ({ page }) => {
	await page.goto(COMPARISON);
	const pages = await printReport(page, 'Leiden-Noord en Morsdistrict', ['Keuze aanpassen', 'Grafiek als']);
	const all = pages.join('\n');
	for (const chart of ['Vragen over geldzaken', 'Inwoners die zich wel eens eenzaam voelen']) expect(all, chart).toContain(chart);
});

test('at 390 px the comparison fits the screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(COMPARISON);
	await expect(section(page, 'Vragen over geldzaken')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await page.goto('/');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
