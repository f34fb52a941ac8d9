// Publishing: a beleidsmedewerker publishes a correction an organisation handed in, and every reader sees
// the new figure at once, with its toelichting, under a new publication number.
import { expect, test, type Page } from '@playwright/test';
import { signIn, signInRequest } from './accounts';
import { resetDemo, startFromFreshDemo } from './fresh-demo';
import { waitForDuckDB } from './helpers';

startFromFreshDemo();
// Each test here publishes the demo's one waiting correction: each starts from a fresh demo of its own.
test.beforeEach(() => resetDemo());

/** The published value of DEELN_UNIEK in Leiden-Noord, 2025-Q4, from the figure's CSV download. */
async function valueOnPage(page: Page): Promise<string> {
	const response = await page.request.get('/api/export/DEELN_UNIEK?gebied=WK054603');
	const line = (await response.text()).split('\r\n').find((l) => l.startsWith('DEELN_UNIEK;WK054603;Leiden-Noord;2025-Q4;'));
	return line!.split(';')[4]!;
}

const snapshotVersion = async (page: Page) => Number(/\/api\/snapshot\/GM0546\/\w+\/(\d+)/.exec(await page.content())?.[1]);

test('a beleidsmedewerker publishes a submitted correction and readers see it at once', async ({ page, browser }) => {
	const reader = await browser.newPage();
	await reader.goto('/wijk/WK054603');
	const before = await valueOnPage(reader);
	const versionBefore = await snapshotVersion(reader);

	await signIn(page, 'beleidsmedewerker');
	await page.getByRole('link', { name: 'Publicaties' }).click();
	await expect(page.getByRole('heading', { name: 'Publicaties', level: 1 })).toBeVisible();
	// Publishing nothing is explained, not an error page.
	await page.getByRole('button', { name: 'Publiceren' }).click();
	await expect(page.getByRole('alert')).toHaveText('Kies eerst een of meer aanleveringen om te publiceren.');

	await page.getByLabel(/Stichting Buurtkracht.*, 4e kwartaal 2025 \(correctie, versie 2\)/).check();
	await page.getByRole('button', { name: 'Publiceren' }).click();
	await expect(page.getByRole('status')).toContainText(`Gepubliceerd als versie ${versionBefore + 1}`);
	await expect(page.getByText('Er wachten geen aanleveringen op publicatie.')).toBeVisible();
	const history = page.getByRole('table', { name: /eerdere publicaties/i });
	await expect(history.getByRole('row').nth(1)).toContainText(/Aanlevering Stichting Buurtkracht.* 4e kwartaal 2025 \(versie 2\)/);
	await expect(history.getByRole('row').nth(1)).toContainText('Beleidsmedewerker');

	// Any reader, without signing in, gets the new figure and its toelichting, and a new snapshot link.
	await reader.reload();
	expect(Number(await valueOnPage(reader))).toBe(Number(before) + 1);
	expect(await snapshotVersion(reader)).toBe(versionBefore + 1);
	await expect(reader.locator('figure[data-indicator="DEELN_UNIEK"][data-area="WK054603"]')).toContainText('Na controle is één deelnemer meer geteld.');
	// The previous publication's snapshot is gone, never silently mixed with the new one.
	expect((await reader.request.get(`/api/snapshot/GM0546/openbaar/${versionBefore}`)).status()).toBe(410);
	await reader.close();
});

test('a tab that compares in the browser never mixes two publications', async ({ page, playwright, baseURL }) => {
	const snapshots: string[] = [];
	page.on('request', (r) => r.url().includes('/api/snapshot/') && snapshots.push(new URL(r.url()).pathname + new URL(r.url()).search));
	await page.goto('/vergelijk?wijken=WK054603,WK054606&indicatoren=VRAGEN_GELD&van=2025-Q1&tot=2025-Q4');
	expect(await waitForDuckDB(page)).toBe('klaar');
	const version = await snapshotVersion(page);
	const before = Number(await valueOnPage(page));

	// Meanwhile a beleidsmedewerker publishes the correction, elsewhere.
	const staff = await playwright.request.newContext({ baseURL });
	await signInRequest(staff, baseURL!, 'beleidsmedewerker');
	const published = await staff.post('/beheer/publicaties?/publiceren', { form: { aanlevering: 'demo-correctie-ingediend' }, headers: { origin: baseURL!, accept: 'text/html' } });
	expect(published.status()).toBe(200);
	await staff.dispose();

	// Comparing another indicator needs a slice the tab does not have yet; its publication has been replaced.
	await page.getByText('Keuze aanpassen').click();
	await page.getByRole('group', { name: /Indicatoren/ }).getByLabel('Unieke deelnemers aan activiteiten').check();
	await page.getByRole('button', { name: 'Vergelijk' }).click();
	const section = page.locator('section.compare', { has: page.getByRole('heading', { name: 'Unieke deelnemers aan activiteiten' }) });
	await section.getByText('Toon als tabel').click();
	const row = section.locator('tbody tr', { has: page.getByRole('rowheader', { name: '4e kwartaal 2025' }) });
	await expect(row.locator('td').first()).toHaveText(String(before + 1));
	// Everything the tab holds now came from the new publication: the indicator it had is loaded again.
	await expect.poll(() => snapshots.some((s) => s.includes(`/${version + 1}?`) && s.includes('VRAGEN_GELD'))).toBe(true);
	expect(await snapshotVersion(page)).toBe(version + 1);
});
