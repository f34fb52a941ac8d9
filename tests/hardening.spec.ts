// Findings of the security probe (issue 9), each with a test that failed before its fix.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { signInRequest } from './accounts';
import { E2E_DB, startFromFreshDemo } from './fresh-demo';
import { snapshotPath } from './helpers';

startFromFreshDemo();

test('a form post that is not a form is refused with 415 and a Dutch message, not a 500', async ({ request, baseURL }) => {
	const kinds: Record<string, string>[] = [{ 'content-type': 'text/plain' }, { 'content-type': 'application/json' }, {}];
	for (const headers of kinds) {
		const response = await request.post('/login', { data: 'email=a@b.nl&wachtwoord=x', headers: { origin: baseURL!, ...headers } });
		expect(response.status()).toBe(415);
		expect(await response.text()).toContain('Vul het in op de pagina');
	}
	// A real form still works.
	const form = await request.post('/login', { form: { email: 'a@b.nl', wachtwoord: 'x' }, headers: { origin: baseURL!, accept: 'text/html' } });
	expect(form.status()).toBe(400);
});

test('a refusal inside __data.json is audited like a refused page', async ({ playwright, baseURL }) => {
	const lezer = await playwright.request.newContext({ baseURL });
	await signInRequest(lezer, baseURL!, 'lezer');
	const data = await lezer.get('/beheer/publicaties/__data.json');
	expect(await data.text()).toContain('403');
	await lezer.dispose();
	const admin = await playwright.request.newContext({ baseURL });
	await signInRequest(admin, baseURL!, 'beheerder');
	expect(await (await admin.get('/beheer/audit?actie=toegang.geweigerd')).text()).toContain('GET /beheer/publicaties (__data.json)');
	await admin.dispose();
});

test('the public snapshot never renews a session: nothing a shared cache keeps carries a cookie', async ({ playwright, baseURL }) => {
	const reader = await playwright.request.newContext({ baseURL });
	await signInRequest(reader, baseURL!, 'lezer');
	const token = (await reader.storageState()).cookies.find((c) => c.name === 'wijkbeeld_sessie')!.value;
	const url = await snapshotPath(reader, 'openbaar');
	// Age the session past half its life, so the next request that may renew it does.
	const age = () => {
		const db = new Database(E2E_DB);
		const aged = db.prepare('update auth_sessions set expires_at = ? where id = ?').run(new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString(), createHash('sha256').update(token).digest('hex'));
		db.close();
		expect(aged.changes).toBe(1);
	};
	age();
	const snapshot = await reader.get(url);
	expect(snapshot.status()).toBe(200);
	expect(snapshot.headers()['cache-control']).toContain('public');
	expect(snapshot.headers()['set-cookie']).toBeUndefined();
	// A page for the same user does renew it (the check above is not empty).
	age();
	const page = await reader.get('/account');
	expect(page.headers()['set-cookie']).toContain('wijkbeeld_sessie=');
	expect(page.headers()['cache-control']).toBe('private, no-store');
	await reader.dispose();
});

test('after signing in, a return path never leads to another site', async ({ page }) => {
	await page.goto('/login?terug=%2F.%2F%2Fevil.example');
	await page.getByLabel('E-mailadres').fill('lezer@demo.wijkbeeld.nl');
	await page.getByLabel('Wachtwoord').fill('demo-lezer-2025');
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
	for (const terug of ['%2F.%2F%2Fevil.example', '%2F..%2F%2Fevil.example', '%2F%252e%2F%2Fevil.example', '%2Fa%2F..%2F%2Fevil.example']) {
		const response = await page.request.get(`/login?terug=${terug}`, { maxRedirects: 0 });
		expect(response.status()).toBe(303);
		expect(response.headers()['location']).toBe('/');
	}
});
