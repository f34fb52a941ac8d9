// Honest reading aids: every number says what it is compared with, and how sure it is.
import { expect, test, type Locator } from '@playwright/test';
import { waitForDuckDB } from './helpers';
import { startFromFreshDemo } from './fresh-demo';

startFromFreshDemo();

/** The chart's accessible description (Plot writes it as aria-description). */
async function chartDescription(card: Locator): Promise<string> {
	const svg = card.locator('.chart svg[role="img"]:visible').first();
	return (await svg.getAttribute('aria-description')) ?? (await svg.locator('desc').textContent()) ?? '';
}

test('the chart’s city line and the table’s city column show the same figures under the same name', async ({ page }) => {
	await page.goto('/wijk/WK054603');
	const card = page.locator('figure.figure-card[data-indicator="VRAGEN_GELD"]');
	const cityName = 'Leiden, omgerekend naar het aantal inwoners van Leiden-Noord';
	await expect(card.locator('.legend').first()).toContainText(`Stippellijn: ${cityName}.`);
	await card.getByText('Toon als tabel').click();
	const table = card.getByRole('table');
	await expect(table.getByRole('columnheader', { name: cityName })).toBeVisible();
	const cityCells = table.locator('td[data-role="stad"]');
	const first = (await cityCells.first().textContent())!.trim();
	const last = (await cityCells.last().textContent())!.trim();
	const periods = table.locator('tbody th[scope="row"]');
	const firstPeriod = (await periods.first().textContent())!.trim();
	const lastPeriod = (await periods.last().textContent())!.trim();
	for (const when of ['server', 'duckdb']) {
		if (when === 'duckdb') {
			expect(await waitForDuckDB(page)).toBe('klaar');
			await expect(card.locator('.chart[data-source="duckdb"]')).toBeAttached();
		}
		const description = await chartDescription(card);
		// Periods in the description are written as in the table ("1e kwartaal 2021" or shorter), so compare values.
		expect(description, `${when}: ${description}`).toContain(`${cityName}: van ${first} in`);
		expect(description, when).toContain(`naar ${last} in`);
		expect(firstPeriod).not.toBe(lastPeriod);
	}
	// The CSV names the city the same way and has the same figure.
	const csv = await (await page.request.get('/api/export/VRAGEN_GELD?gebied=WK054603')).text();
	const cityRows = csv.split('\r\n').filter((line) => line.includes(`;GM0546;${cityName};`));
	expect(cityRows.length).toBeGreaterThan(10);
	expect(cityRows.at(-1)!.split(';')[4]).toBe(last);
});

test('a cell hidden to protect another says so, apart from a cell hidden for its own small number', async ({ page }) => {
	// In the demo, BEWINIT 2021-Q1 hides Stationsdistrict (3 initiatives) and, to protect it, Merenwijkdistrict.
	await page.goto('/indicator/BEWINIT?periode=2021-Q1');
	await page.getByText('Toon als tabel').first().click();
	const table = page.getByRole('table', { name: /per wijk in 1e kwartaal 2021/ });
	await expect(table.locator('tr[data-area="WK054602"]')).toContainText('niet getoond: minder dan 5 geteld');
	await expect(table.locator('tr[data-area="WK054608"]')).toContainText('niet getoond om een kleine groep elders te beschermen');
	await expect(table.locator('tr[data-area="WK054608"]')).not.toContainText('minder dan');
	// The same on the wijk page, answered by DuckDB-WASM from the public snapshot.
	await page.goto('/wijk/WK054608');
	expect(await waitForDuckDB(page)).toBe('klaar');
	const card = page.locator('figure.figure-card[data-indicator="BEWINIT"]');
	await card.getByText('Toon als tabel').click();
	await expect(card.locator('tr[data-period="2021-Q1"] td[data-role="wijk"]')).toHaveText('niet getoond om een kleine groep elders te beschermen');
});

test('a survey figure shows its number of respondents and its margin, and whether a difference is clear', async ({ page }) => {
	await page.goto('/wijk/WK054603');
	const card = page.locator('figure.figure-card[data-indicator="EENZAAM"]');
	await expect(card.locator('.latest')).toContainText('48%');
	await expect(card.locator('.latest')).toContainText(/n = 421; marge \d\d–\d\d%/);
	await expect(card.locator('.versus')).toBeVisible();
	expect(await chartDescription(card)).toContain('marge (95%)');
	await card.getByText('Toon als tabel').click();
	await expect(card.locator('tr[data-period="2025"] td[data-role="wijk"]')).toContainText(/48%\s*n = 421; marge 43–53%/);
	await expect(card.locator('tr[data-period="2025"] td[data-role="stad"]')).toContainText(/n = 3\.819; marge/);
	// In the ranking, each wijk against the city.
	await page.goto('/indicator/EENZAAM');
	await page.getByText('Toon als tabel').first().click();
	const ranking = page.getByRole('table', { name: /per wijk in 2025/ });
	await expect(ranking.getByRole('columnheader', { name: 'Verschil met Leiden' })).toBeVisible();
	await expect(ranking.locator('td[data-versus="geen duidelijk verschil"]').first()).toBeVisible();
	await expect(ranking).toContainText(/n = \d+; marge/);
});

test('changes of a percentage are in procentpunt, and the map shows counts per 1,000 inhabitants', async ({ page }) => {
	await page.goto('/?kaart=VRAGEN_GELD');
	await expect(page.locator('li.tile[data-indicator="EENZAAM"] .change')).toContainText(/procentpunt t\.o\.v\. 2023/);
	const map = page.locator('figure[data-area="kaart"]');
	await expect(map.locator('figcaption')).toContainText('Kleur en getal: per 1.000 inwoners');
	await expect(map.locator('svg[role="img"]:visible')).toHaveAttribute('aria-label', /per 1\.000 inwoners/);
	const table = page.getByRole('table', { name: /per wijk/ });
	await expect(table.getByRole('columnheader', { name: /Per 1\.000 inwoners/ })).toBeVisible();
});
