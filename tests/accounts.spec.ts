// Journeys of signing in and out, inviting, and what each level may read.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { account, DEMO_ACCOUNTS, signIn, signInRequest } from './accounts';
import { startFromFreshDemo } from './fresh-demo';
import { snapshotPath } from './helpers';

startFromFreshDemo();

const INTERN_STORY = 'Van brief van de deurwaarder naar een plan';

for (const demo of DEMO_ACCOUNTS) {
	test(`${demo.role} signs in and out`, async ({ page }) => {
		await signIn(page, demo.role);
		await expect(page).toHaveURL('/');
		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await expect(page.getByText('U bent uitgelogd.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Inloggen' })).toBeVisible();
	});
}

test('a wrong password and an unknown e-mail get the same message', async ({ page }) => {
	const message = 'Het e-mailadres of het wachtwoord klopt niet.';
	await page.goto('/login');
	await page.getByLabel('E-mailadres').fill(account('lezer').email);
	await page.getByLabel('Wachtwoord').fill('niet het goede wachtwoord');
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('alert')).toContainText(message);
	await page.getByLabel('E-mailadres').fill('niemand@voorbeeld.nl');
	await page.getByLabel('Wachtwoord').fill('niet het goede wachtwoord');
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('alert')).toContainText(message);
});

test('after signing in, a visitor returns to the page they asked for', async ({ page }) => {
	await page.goto('/beheer');
	await expect(page).toHaveURL(/\/login\?terug=%2Fbeheer/);
	await page.getByLabel('E-mailadres').fill(account('beheerder').email);
	await page.getByLabel('Wachtwoord').fill(account('beheerder').password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
});

test('a beheerder invites someone, who accepts once and is signed in', async ({ page, browser }) => {
	await signIn(page, 'beheerder');
	await page.goto('/beheer');
	const email = `nieuw-${Date.now()}@voorbeeld.nl`;
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Rol', { exact: true }).selectOption('lezer');
	await page.getByRole('button', { name: 'Maak een uitnodigingslink' }).click();
	const link = await page.getByLabel('Link').inputValue();
	expect(link).toMatch(/\/uitnodiging\/[a-z2-7]{32}$/);

	const guest = await browser.newContext();
	const invited = await guest.newPage();
	await invited.goto(link);
	await expect(invited.getByText(email)).toBeVisible();
	const axe = await new AxeBuilder({ page: invited }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	await invited.getByLabel('Uw naam').fill('Nieuw Raadslid');
	await invited.getByLabel('Wachtwoord', { exact: true }).fill('een lang en sterk wachtwoord');
	await invited.getByLabel('Herhaal het wachtwoord').fill('een lang en sterk wachtwoord');
	await invited.getByRole('button', { name: 'Maak mijn account' }).click();
	await expect(invited.getByRole('link', { name: /Nieuw Raadslid/ })).toBeVisible();
	const again = await invited.goto(link);
	expect(again?.status()).toBe(410);
	await expect(invited.getByText('Deze link is al gebruikt')).toBeVisible();
	await guest.close();

	await page.goto('/beheer/audit');
	await expect(page.getByRole('cell', { name: email }).first()).toBeVisible();
});

test('a council member cannot reach internal content, by page, data or snapshot', async ({ page, baseURL, playwright }) => {
	await signIn(page, 'lezer');
	await page.goto('/wijk/WK054603');
	await expect(page.getByText(INTERN_STORY)).toHaveCount(0);
	const html = await (await page.request.get('/wijk/WK054603')).text();
	const data = await (await page.request.get('/wijk/WK054603/__data.json')).text();
	expect(html).not.toContain(INTERN_STORY);
	expect(data).not.toContain(INTERN_STORY);
	expect((await page.request.get(await snapshotPath(page.request, 'intern'))).status()).toBe(403);
	expect((await page.request.get(await snapshotPath(page.request, 'raad'))).status()).toBe(200);

	// the same page does show it to policy staff, so the check above is not empty
	const staff = await playwright.request.newContext({ baseURL });
	await signInRequest(staff, baseURL!, 'beleidsmedewerker');
	expect(await (await staff.get('/wijk/WK054603')).text()).toContain(INTERN_STORY);
	await staff.dispose();

	// the refused snapshot request left a trail for the beheerder
	const admin = await playwright.request.newContext({ baseURL });
	await signInRequest(admin, baseURL!, 'beheerder');
	const log = await (await admin.get('/beheer/audit?actie=toegang.geweigerd')).text();
	expect(log).toContain('GET /api/snapshot/GM0546/intern/');
	await admin.dispose();
});

test('with the public dashboard off, visitors must sign in', async ({ page, browser }) => {
	await signIn(page, 'beheerder');
	const openSnapshot = await snapshotPath(page.request, 'openbaar');
	await page.goto('/beheer');
	await page.getByRole('button', { name: 'Alleen voor ingelogde gebruikers' }).click();
	await expect(page.getByText('Het dashboard is nu alleen voor ingelogde gebruikers.')).toBeVisible();
	try {
		const visitor = await browser.newContext();
		const anonymous = await visitor.newPage();
		await anonymous.goto('/wijk/WK054603');
		await expect(anonymous).toHaveURL(/\/login\?terug=/);
		expect((await anonymous.request.get(openSnapshot)).status()).toBe(403);
		// The setting is a publication too: the snapshot links change, so no shared cache keeps the old ones current.
		expect(await snapshotPath(page.request, 'openbaar')).not.toBe(openSnapshot);
		await visitor.close();
	} finally {
		await page.getByRole('button', { name: 'Maak het dashboard openbaar' }).click();
		await expect(page.getByText('Het dashboard is nu openbaar.')).toBeVisible();
	}
});

test('security headers and a CSP that lets DuckDB-WASM run', async ({ page }) => {
	const response = await page.goto('/wijk/WK054603');
	const headers = response!.headers();
	expect(headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	await page.waitForSelector('[data-duckdb="klaar"]', { state: 'attached', timeout: 45_000 });
});
