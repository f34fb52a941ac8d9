import { chromium } from '@playwright/test';
const base = 'http://localhost:4311';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
for (const [w, tag] of [[1280, 'desk'], [390, 'phone']]) {
	const page = await browser.newPage({ viewport: { width: w, height: 900 } });
	await page.goto(`${base}/login`);
	await page.getByLabel('E-mailadres').fill('beheer@katwijk.nl');
	await page.getByLabel('Wachtwoord').fill('katwijk-beheer-2026');
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await page.waitForURL((u) => !u.pathname.startsWith('/login'));
	await page.goto(`${base}/beheer/gebieden`);
	await page.getByLabel(/GeoJSON-bestand/).setInputFiles('tests/fixtures/gebieden/katwijk-2025-herindeling.geojson');
	await page.getByRole('button', { name: 'Bekijk het voorbeeld' }).click();
	await page.waitForURL(/voorbeeld=/);
	await page.screenshot({ path: `/tmp/wb-empty/gebieden-${tag}.png`, fullPage: true });
	await page.goto(`${base}/beheer/indicatoren`);
	await page.screenshot({ path: `/tmp/wb-empty/indicatoren-${tag}.png`, fullPage: true });
	await page.goto(`${base}/beheer/indicatoren/DEELN`);
	await page.screenshot({ path: `/tmp/wb-empty/indicator-${tag}.png`, fullPage: true });
	await page.goto(`${base}/beheer/organisaties`);
	await page.getByRole('link', { name: 'Welzijn Katwijk (fictief)' }).click();
	await page.screenshot({ path: `/tmp/wb-empty/organisatie-${tag}.png`, fullPage: true });
	await page.close();
}
await browser.close();
