// Afspraken followed up across sessions: a facilitator opens /acties, sees the overdue afspraak marked
// "te laat", filters on it, changes its status with the keyboard (and a second screen that had the old
// version gets a conflict, not a silent overwrite), and downloads the list and the notes as CSV for a
// report; a council member sees only afspraken at the levels they may read, and no status controls.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { signIn } from './accounts';
import { startFromFreshDemo } from './fresh-demo';

startFromFreshDemo();
test.describe.configure({ mode: 'serial' });

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The demo's overdue afspraak: open, deadline 15 January 2026, visible to partners. */
const OVERDUE = 'In de volgende sessie laten zien hoeveel geldvragen';
/** Visible to partners, so not to a council member. */
const PARTNERS = 'Onderzoeken of het jongerencentrum op vrijdag langer open kan.';
/** Visible to the council. */
const RAAD = 'Een voorstel aan de raad voor vaste financiering van de welzijnscoaches.';

async function text(download: Download): Promise<string> {
	return (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
}

async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
}

const rows = (page: Page) => page.getByRole('region', { name: 'Tabel: afspraken' }).locator('tbody tr');

test('a facilitator sees the overdue afspraak, filters on it, changes its status by keyboard and downloads the CSV', async ({ page, context }) => {
	await signIn(page, 'facilitator');
	await page.goto('/acties');
	await expect(page.getByRole('heading', { level: 1, name: 'Afspraken' })).toBeVisible();
	const overdue = rows(page).filter({ hasText: OVERDUE });
	await expect(overdue).toHaveCount(1);
	await expect(overdue.getByRole('cell').nth(5)).toContainText('15 januari 2026');
	await expect(overdue.getByRole('cell').nth(5)).toContainText('te laat');
	await expect(overdue.getByRole('link', { name: 'Duidingssessie Leiden-Noord, K2 2025' })).toHaveAttribute('href', /^\/duiding\/[^/]+$/);
	await expectNoAxeViolations(page);

	// The filters are a plain GET form, used with the keyboard.
	await page.getByLabel('Status', { exact: true }).focus();
	await page.getByLabel('Status', { exact: true }).selectOption('te laat');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Toon' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]status=te\+laat/);
	await expect(page.getByLabel('Status', { exact: true })).toHaveValue('te laat');
	const shown = await rows(page).count();
	expect(shown).toBeGreaterThanOrEqual(1);
	for (const row of await rows(page).all()) await expect(row).toContainText('te laat');
	await expect(page.getByRole('link', { name: /te laat$/ })).toHaveAttribute('aria-current', 'true');
	await expect(page.getByRole('link', { name: /te laat$/ })).toContainText(String(shown));

	// A second screen opened now will hold the old version.
	const other = await context.newPage();
	await other.goto(page.url());

	const select = overdue.getByLabel(/^Status van de afspraak/);
	await select.focus();
	await page.keyboard.press('ArrowDown');
	await expect(select).toHaveValue('loopt');
	await page.keyboard.press('Tab');
	await expect(overdue.getByRole('button', { name: /^Opslaan/ })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(overdue).toContainText('De afspraak is opgeslagen (loopt).');
	// Still overdue: under way, but past its deadline.
	await expect(overdue.getByLabel(/^Status van de afspraak/)).toHaveValue('loopt');
	await expect(overdue).toContainText('te laat');

	const stale = rows(other).filter({ hasText: OVERDUE });
	await stale.getByLabel(/^Status van de afspraak/).selectOption('afgerond');
	await stale.getByRole('button', { name: /^Opslaan/ }).click();
	await expect(rows(other).filter({ hasText: OVERDUE }).getByRole('alert')).toContainText('Iemand anders heeft dit intussen veranderd');
	await expect(rows(other).filter({ hasText: OVERDUE }).getByLabel(/^Status van de afspraak/)).toHaveValue('loopt');
	await other.close();

	// The CSV keeps the filters.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Download als CSV/ }).click()]);
	expect(download.suggestedFilename()).toMatch(/^wijkbeeld-afspraken-\d{4}-\d{2}-\d{2}\.csv$/);
	const csv = await text(download);
	const lines = csv.split('\r\n').filter(Boolean);
	expect(csv.startsWith('\uFEFFafspraak;eigenaar;wijk;thema;cijfer;sessie;datum sessie;deadline;status;te laat;zichtbaar voor\r\n')).toBe(true);
	expect(lines).toHaveLength(shown + 1);
	const line = lines.find((l) => l.includes(OVERDUE));
	expect(line).toContain(';informatiemanager, Sleutelstad;');
	expect(line).toContain(';Duidingssessie Leiden-Noord, K2 2025;');
	expect(line).toMatch(/;2026-01-15;loopt;ja;partners$/);
});

test('a facilitator downloads the published notes as CSV', async ({ page }) => {
	await signIn(page, 'facilitator');
	await page.goto('/acties');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'download alle gepubliceerde notities als CSV' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^wijkbeeld-notities-\d{4}-\d{2}-\d{2}\.csv$/);
	const csv = await text(download);
	expect(csv.startsWith('\uFEFFindicator;wijk;nummer;periode;soort;notitie;rol spreker;organisatie spreker;sessie;datum sessie;zichtbaar voor\r\n')).toBe(true);
	const line = csv.split('\r\n').find((l) => l.includes('De verwijzingen groeien elk jaar'));
	expect(line).toMatch(/;1e kwartaal 2022 t\/m 3e kwartaal 2025;verklaring;/);
	expect(line).toContain(';Themasessie Gezondheid en mantelzorg, 2025;2025-11-06;openbaar');
	expect(csv).toContain('Patiënten komen minder vaak terug');
});

test('a council member sees no partners or internal afspraken and cannot change a status', async ({ page }) => {
	await signIn(page, 'lezer');
	await page.goto('/acties');
	await expect(rows(page).filter({ hasText: RAAD })).toHaveCount(1);
	await expect(rows(page).filter({ hasText: OVERDUE })).toHaveCount(0);
	await expect(rows(page).filter({ hasText: PARTNERS })).toHaveCount(0);
	await expect(page.getByRole('combobox', { name: /^Status van de afspraak/ })).toHaveCount(0);
	await expect(page.getByRole('button', { name: /^Opslaan/ })).toHaveCount(0);
	await expectNoAxeViolations(page);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Download als CSV/ }).click()]);
	const csv = await text(download);
	expect(csv).toContain(RAAD);
	expect(csv).not.toMatch(/;(partners|intern)\r\n/);
	const notes = await (await page.request.get('/duiding/notities/export')).text();
	expect(notes).toContain('De verwijzingen groeien elk jaar');
	expect(notes).not.toContain('Patiënten komen minder vaak terug');
	expect(notes).not.toMatch(/;(partners|intern)\r\n/);

	// The action itself refuses a council member, whatever the page shows.
	const refused = await page.request.post('/acties?/status', { form: { afspraak: 'x', revision: '0', status: 'afgerond' }, headers: { origin: new URL(page.url()).origin, accept: 'text/html' }, maxRedirects: 0 });
	expect(refused.status()).toBe(403);
});

test('a filter that matches nothing says so and offers the whole list', async ({ page }) => {
	await signIn(page, 'facilitator');
	await page.goto('/acties?eigenaar=niemand');
	await expect(page.getByText('Geen afspraken bij deze keuze.')).toBeVisible();
	await page.getByRole('link', { name: 'toon alle afspraken' }).click();
	await expect(rows(page).first()).toBeVisible();
});
