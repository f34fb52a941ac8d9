// An organisation delivers a quarter through the browser, from template to published figure: the template,
// an upload with two mistakes and an outlier, one mistake fixed by uploading again and one in the preview,
// the toelichting the outlier asks for, submitted; the gemeente sends it back once, then publishes the
// corrected version; the wijk page shows the new figure with its toelichting, and the earlier version stays
// readable.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { signIn } from './accounts';
import { E2E_DB, startFromFreshDemo } from './fresh-demo';

startFromFreshDemo();
test.describe.configure({ mode: 'serial' });

const QUARTER = '2025-Q4';
const OUTLIER = { wijk: 'WK054603', indicator: 'DEELN_UNIEK' };

/** The published value of every template row, read from the served store (what a careful organisation would deliver). */
function publishedValues(): Map<string, number> {
	const db = new Database(E2E_DB, { readonly: true });
	try {
		const rows = db.prepare('select indicator_code, area_code, period, value from published_cells where gemeente_code = ? and value is not null').all('GM0546') as { indicator_code: string; area_code: string; period: string; value: number }[];
		return new Map(rows.map((r) => [`${r.indicator_code}|${r.area_code}|${r.period}`, r.value]));
	} finally {
		db.close();
	}
}

/** Fills the downloaded template: published values, one outlier, and the given changes per row index. */
async function fill(template: string, out: string, changes: (sheet: ExcelJS.Worksheet, rowOf: (wijk: string, indicator: string) => ExcelJS.Row) => void) {
	const values = publishedValues();
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(template);
	const sheet = workbook.getWorksheet('aanlevering')!;
	const rows: ExcelJS.Row[] = [];
	sheet.eachRow((row, n) => {
		if (n === 1) return;
		const key = `${row.getCell(3).text}|${row.getCell(1).text}|${row.getCell(5).text}`;
		row.getCell(6).value = values.get(key) ?? null;
		if (!values.has(key)) row.getCell(8).value = 'Niet gemeten in dit kwartaal';
		rows.push(row);
	});
	const rowOf = (wijk: string, indicator: string) => rows.find((r) => r.getCell(1).text === wijk && r.getCell(3).text === indicator)!;
	const outlier = rowOf(OUTLIER.wijk, OUTLIER.indicator);
	outlier.getCell(6).value = Number(outlier.getCell(6).value) * 4;
	changes(sheet, rowOf);
	await workbook.xlsx.writeFile(out);
}

async function openQuarter(page: Page) {
	await page.goto('/aanleveren');
	return page.getByRole('region', { name: '4e kwartaal 2025', exact: true });
}

let deliveryUrl = '';
let outlierValue = 0;

test('an aanleveraar delivers a quarter from the template, fixing mistakes in the file and in the preview', async ({ page }, info) => {
	await signIn(page, 'aanleveraar');
	await page.getByRole('link', { name: 'Aanleveren' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /Stichting Buurtkracht/ })).toBeVisible();
	const quarter = await openQuarter(page);
	await expect(quarter).toContainText(/We verwachten \d+ cijfers/);
	const download = page.waitForEvent('download');
	await quarter.getByRole('link', { name: 'Excel' }).click();
	const template = await (await download).path();
	expect((await download).suggestedFilename()).toMatch(/^aanlevering-2025-Q4-stichting-buurtkracht/);

	// Two mistakes: an unknown wijk on one row, a word instead of a number on another.
	const first = info.outputPath('eerste.xlsx');
	let unknownLine = 0;
	let wordLine = 0;
	await fill(template, first, (_sheet, rowOf) => {
		const unknown = rowOf('WK054601', 'BEREIK_65PLUS');
		unknown.getCell(1).value = 'WK054699';
		unknownLine = unknown.number;
		const word = rowOf('WK054602', 'BEREIK_TAAL');
		word.getCell(6).value = 'n.b.';
		wordLine = word.number;
	});
	await quarter.getByLabel(/Bestand voor 4e kwartaal 2025/).setInputFiles(first);
	await quarter.getByRole('button', { name: 'Inlezen en controleren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /versie 3/ })).toBeVisible();
	deliveryUrl = page.url();
	const counts = page.getByRole('list', { name: 'Opmerkingen per soort' });
	await expect(counts).toContainText('1× Onbekende wijk');
	await expect(counts).toContainText('1× Waarde is geen getal');
	await expect(counts).toContainText('1× Wijkt sterk af van eerdere cijfers');
	const table = page.getByRole('table', { name: /Regels met hun waarde/ });
	await expect(table.getByRole('row').filter({ hasText: 'WK054699' })).toContainText(String(unknownLine));
	await expect(table.getByRole('row').filter({ hasText: '"n.b." is geen getal' }).getByRole('cell').first()).toHaveText(String(wordLine));
	await expect(page.getByRole('button', { name: 'Indienen' })).toHaveAttribute('aria-disabled', 'true');
	await expect(page.getByText('Er zijn nog 2 fouten. Los ze eerst op.')).toBeVisible();
	await expect.poll(async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => v.id)).toEqual([]);

	// The word is fixed in the file, which is read again into the same concept.
	const second = info.outputPath('tweede.xlsx');
	await fill(template, second, (_sheet, rowOf) => {
		rowOf('WK054601', 'BEREIK_65PLUS').getCell(1).value = 'WK054699';
	});
	await page.getByLabel(/Of lees een verbeterd bestand in/).setInputFiles(second);
	await page.getByRole('button', { name: 'Opnieuw inlezen' }).click();
	await expect(page).toHaveURL(deliveryUrl);
	await expect(counts).not.toContainText('geen getal');
	await expect(counts).toContainText('1× Onbekende wijk');

	// The wijk is fixed in the preview, by keyboard.
	await table.getByRole('row').filter({ hasText: 'WK054699' }).getByRole('link', { name: /Verbeter/ }).click();
	const editor = page.getByRole('region', { name: /verbeteren/ });
	await editor.getByLabel('Wijkcode').fill('WK054601');
	await editor.getByLabel('Wijkcode').press('Enter');
	await expect(page.getByRole('status').filter({ hasText: /is verbeterd/ })).toBeVisible();
	await expect(page.getByText('Schrijf een toelichting bij dat cijfer.')).toBeVisible();

	// The outlier asks for a toelichting.
	const outlierRow = table.getByRole('row').filter({ hasText: OUTLIER.wijk }).filter({ hasText: OUTLIER.indicator }).filter({ hasText: QUARTER });
	await expect(outlierRow).toContainText('veel hoger dan de vorige vier kwartalen');
	outlierValue = Number((await outlierRow.getByRole('cell').nth(4).textContent())!.replace(/\./g, '').replace(',', '.'));
	await outlierRow.getByRole('link', { name: /Verbeter/ }).click();
	await editor.getByLabel(/Toelichting/).fill('Nieuwe <script>ontmoetingsplek</script> in de Kooi: veel meer deelnemers.');
	await editor.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText(/zijn in orde|0 fouten/).first()).toBeVisible();
	await page.getByRole('button', { name: 'Indienen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Ingediend.' })).toBeVisible();
});

test('the beleidsmedewerker sends it back once, then publishes the corrected version', async ({ page }) => {
	await signIn(page, 'beleidsmedewerker');
	await page.goto('/aanleveren');
	await expect(page.getByRole('table', { name: /Aanleveringen per organisatie/ })).toBeVisible();
	await page.goto(deliveryUrl);
	await page.getByLabel('Of stuur terug, met de reden').fill('Is 4 keer zoveel deelnemers in de Kooi echt juist?');
	await page.getByRole('button', { name: 'Terugsturen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Teruggestuurd.' })).toBeVisible();

	await page.context().clearCookies();
	await signIn(page, 'aanleveraar');
	const quarter = await openQuarter(page);
	await expect(quarter).toContainText('Reden: Is 4 keer zoveel deelnemers in de Kooi echt juist?');
	await page.goto(deliveryUrl);
	await expect(page.getByRole('note').filter({ hasText: 'Teruggestuurd door de gemeente.' })).toBeVisible();
	await page.getByRole('button', { name: 'Indienen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Ingediend.' })).toBeVisible();

	await page.context().clearCookies();
	await signIn(page, 'beleidsmedewerker');
	await page.goto(deliveryUrl);
	await page.getByRole('button', { name: 'Publiceren' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Gepubliceerd als versie \d+/ })).toBeVisible();
	const versions = page.getByRole('table', { name: /Alle versies/ });
	await expect(versions.getByRole('row').filter({ hasText: 'Versie 3' })).toContainText('Gepubliceerd');
	await expect(versions.getByRole('row').filter({ hasText: 'Versie 1' })).toContainText('Vervangen');
	await expect(page.getByRole('list').filter({ hasText: 'Teruggestuurd door' })).toContainText('(Is 4 keer zoveel deelnemers in de Kooi echt juist?)');
});

test('the wijk shows the new figure with its toelichting; the earlier version stays readable', async ({ page }) => {
	await page.goto(`/wijk/${OUTLIER.wijk}`);
	const card = page.locator(`figure[data-indicator="${OUTLIER.indicator}"][data-area="${OUTLIER.wijk}"]`).locator('..');
	await expect(page.getByText('Nieuwe <script>ontmoetingsplek</script> in de Kooi: veel meer deelnemers.')).toBeVisible();
	await expect(card.first()).toBeVisible();
	await signIn(page, 'beleidsmedewerker');
	await page.goto(deliveryUrl);
	await page.getByRole('table', { name: /Alle versies/ }).getByRole('link', { name: 'Versie 1' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /versie 1/ })).toBeVisible();
	const oldRow = page.getByRole('table', { name: /Regels met hun waarde/ }).getByRole('row').filter({ hasText: OUTLIER.wijk }).filter({ hasText: OUTLIER.indicator }).filter({ hasText: QUARTER });
	await expect(oldRow.getByRole('cell').nth(4)).not.toHaveText(String(outlierValue));
	await expect(page.getByRole('button', { name: 'Zet deze versie terug' })).toBeVisible();
});

test('an aanleveraar cannot see another organisation’s delivery', async ({ page }) => {
	const db = new Database(E2E_DB, { readonly: true });
	const other = db.prepare("select d.id from deliveries d join organisations o on o.id = d.organisation_id where o.name like 'Welzijnskompas%' limit 1").get() as { id: string };
	db.close();
	await signIn(page, 'aanleveraar');
	expect((await page.request.get(`/aanleveren/${other.id}`)).status()).toBe(404);
	expect((await page.request.get(`/aanleveren/${other.id}/problemen`)).status()).toBe(404);
});
