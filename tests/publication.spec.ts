// Publishing: a beleidsmedewerker publishes a correction an organisation handed in, and every reader sees
// the new figure at once, with its toelichting, under a new publication number.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './accounts';
import { startFromFreshDemo } from './fresh-demo';

startFromFreshDemo();

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
