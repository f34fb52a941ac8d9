// Demo accounts and sign-in helpers for the browser tests.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../scripts/demo/accounts';
import type { Role } from '../src/lib/domain/vocabulary';

export { DEMO_ACCOUNTS };

export function account(role: Role) {
	const found = DEMO_ACCOUNTS.find((a) => a.role === role);
	if (!found) throw new Error(`no demo account for role ${role}`);
	return found;
}

/** Signs in through the login form, as a user would. */
export async function signIn(page: Page, role: Role): Promise<void> {
	const { email, password } = account(role);
	await page.goto('/login');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('link', { name: new RegExp(account(role).name.replace(/[()]/g, '\\$&')) })).toBeVisible();
}

/** Signs an API request context in (form post with the Origin header SvelteKit's CSRF check wants). */
export async function signInRequest(request: APIRequestContext, baseURL: string, role: Role): Promise<void> {
	const { email, password } = account(role);
	const response = await request.post('/login', {
		form: { email, wachtwoord: password, terug: '/' },
		// text/html: a plain form post, not SvelteKit's enhanced (JSON) one
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status(), `sign-in as ${role}`).toBe(303);
}
