// A story from writing to withdrawal: an aanleveraar writes one with a phone number and a name, is blocked
// with both findings shown, removes the number and asks for review of the name; a beleidsmedewerker lets the
// name stand with a reason and publishes; a council member finds it on the figure card and in /verhalen by a
// word in its text; consent is withdrawn and it is gone everywhere.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signIn } from './accounts';
import { startFromFreshDemo } from './fresh-demo';

startFromFreshDemo();
test.describe.configure({ mode: 'serial' });

const TITLE = 'Kookclub in de Kooi';
let storyUrl = '';

test('an aanleveraar writes a story, is blocked on two details, fixes one and asks for review', async ({ page }) => {
	await signIn(page, 'aanleveraar');
	await page.goto('/wijk/WK054603');
	await page.locator('figure[data-indicator="DEELN_UNIEK"]').first().locator('xpath=ancestor::*[contains(@class,"card") or self::article or self::section][1]').getByRole('link', { name: 'Verhaal toevoegen bij dit cijfer' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Verhaal schrijven' })).toBeVisible();
	await page.getByLabel('Titel').fill(TITLE);
	await page.getByLabel('Verhaal', { exact: true }).fill('Elke dinsdag kookt een groep buren samen in het buurthuis. Marieke de Boer begon ermee. Bel 06-12345678 als u mee wilt eten.');
	// The check runs while writing.
	await expect(page.getByText(/Privacycheck: 2 details/)).toBeVisible();
	await page.getByLabel('Wie vertelt het (rol, geen naam)').fill('bewoner');
	await page.getByLabel('Datum').fill('2025-11-01');
	await page.getByLabel('Toestemming om te laten zien aan').selectOption('openbaar');
	await page.getByLabel('Zichtbaar voor').selectOption('openbaar');
	await page.getByLabel('Waar gaat het verhaal vooral over?').selectOption('ontmoeting');
	await page.getByRole('button', { name: 'Opslaan als concept' }).click();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	storyUrl = page.url().replace(/\?.*$/, '');
	const check = page.getByRole('region', { name: 'Privacycheck' });
	await expect(check.getByRole('listitem')).toHaveCount(2);
	await expect(check).toContainText('Telefoonnummer');
	await expect(check).toContainText('Naam');

	await page.getByLabel('Verhaal', { exact: true }).fill('Elke dinsdag kookt een groep buren samen in het buurthuis. Marieke de Boer begon ermee.');
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(check.getByRole('listitem')).toHaveCount(1);
	await page.getByRole('button', { name: 'Vraag de gemeente om te reviewen' }).click();
	await expect(page.getByText('Het verhaal ligt nu ter review bij de gemeente.')).toBeVisible();
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('script and HTML in a story are shown as text everywhere, and javascript: links are refused', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await signIn(page, 'beleidsmedewerker');
	await page.goto('/verhalen/nieuw');
	await page.getByLabel('Titel').fill('<img src=x onerror=alert(1)> Buurtfeest');
	await page.getByLabel('Verhaal', { exact: true }).fill('Het feest was fijn. <script>alert(2)</script> [klik](javascript:alert(3)) [ook](JaVaScRiPt:alert(4)) <svg onload=alert(5)>');
	await page.getByLabel('Wie vertelt het (rol, geen naam)').fill('<b>bewoner</b>');
	await page.getByRole('button', { name: 'Opslaan als concept' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)> Buurtfeest' })).toBeVisible();
	await expect(page.locator('article script, article img[onerror], article svg, article a[href^="javascript" i]')).toHaveCount(0);
	await expect(page.locator('article')).toContainText('<script>alert(2)</script>');
	await page.goto('/verhalen');
	await expect(page.getByRole('link', { name: '<img src=x onerror=alert(1)> Buurtfeest' })).toBeVisible();
	expect(dialogs).toEqual([]);
});

test('a beleidsmedewerker lets the name stand with a reason and publishes', async ({ page }) => {
	await signIn(page, 'beleidsmedewerker');
	await page.goto('/verhalen');
	await page.getByRole('region', { name: 'Concepten' }).getByRole('link', { name: TITLE }).click();
	await page.getByLabel('Toch laten staan, omdat').fill('Zij wil graag met naam genoemd worden; toestemming staat in het dossier.');
	await page.getByRole('button', { name: 'Toestaan' }).click();
	await expect(page.getByText(/Toegestaan door de gemeente/)).toBeVisible();
	await page.getByRole('button', { name: 'Publiceren' }).click();
	await expect(page.getByText(/Gepubliceerd \(publicatie \d+\)/)).toBeVisible();
});

test('a council member finds it on the figure card and by a word in its text', async ({ page }) => {
	await signIn(page, 'lezer');
	await page.goto('/wijk/WK054603');
	await page.getByRole('link', { name: TITLE }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Privacycheck' })).toHaveCount(0);
	await page.goto('/verhalen');
	await page.getByLabel('Zoek', { exact: true }).fill('kookt');
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
});

test('when consent is withdrawn the story is gone everywhere', async ({ page }) => {
	await signIn(page, 'beleidsmedewerker');
	await page.goto(storyUrl);
	await page.getByLabel('Ja, de verteller heeft de toestemming ingetrokken').check();
	await page.getByRole('button', { name: 'Verhaal verwijderen' }).click();
	await expect(page.getByText('Het verhaal is verwijderd, overal.')).toBeVisible();
	expect((await page.request.get(storyUrl)).status()).toBe(404);
	await page.goto('/verhalen?q=kookt');
	await expect(page.getByRole('link', { name: TITLE })).toHaveCount(0);
	await page.goto('/wijk/WK054603');
	await expect(page.getByText(TITLE)).toHaveCount(0);
});
