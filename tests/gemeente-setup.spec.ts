// A new municipality, from an empty install to its own dashboard skeleton, in the browser: admin:create on the
// command line, then a beheerder imports the wijken from a CBS-style file (RD coordinates, upper-case CBS
// properties), imports a catalogue (first with mistakes), adds an organisation and assigns it indicators,
// and sees the empty dashboard. A second gemeente on the same store sees none of it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { adminCreate, startFromEmptyInstall } from './empty-install';

const KATWIJK = 'http://localhost:4176';
const DELFT = 'http://localhost:4177';
const PASSWORD = 'katwijk-beheer-2026';

// Katwijk's own server, Delft's (the same store, set by WIJKBEELD_GEMEENTE), and a regional host's that
// picks the gemeente by host name (behind a proxy that passes the host).
startFromEmptyInstall({ 4176: {}, 4177: { WIJKBEELD_GEMEENTE: 'GM0503' }, 4178: { HOST_HEADER: 'x-forwarded-host', PROTOCOL_HEADER: 'x-forwarded-proto' } });
test.describe.configure({ mode: 'serial' });

async function signIn(page: Page, base: string, email: string, password = PASSWORD) {
	await page.goto(`${base}/login`);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('an empty install says how to start, and admin:create makes the gemeente and its first beheerder', async ({ page }) => {
	await page.goto(`${KATWIJK}/`);
	await expect(page.getByText('Wijkbeeld is nog niet ingericht.')).toBeVisible();
	expect(adminCreate({ gemeente: 'GM0537', 'gemeente-naam': 'Katwijk', email: 'beheer@katwijk.nl', naam: 'Bea Beheer' }, PASSWORD)).toMatch(/Created gemeente Katwijk \(GM0537\)/);
	expect(() => adminCreate({ gemeente: 'GM0537', email: 'tweede@katwijk.nl', naam: 'Tweede' }, PASSWORD)).toThrow();
	await page.goto(`${KATWIJK}/`);
	// A new gemeente's dashboard is closed until its beheerder opens it.
	await expect(page).toHaveURL(/\/login/);
	await expect(page.getByRole('link', { name: /Wijkbeeld Katwijk/ })).toBeVisible();
});

test('the beheerder imports the wijken after a preview with a map', async ({ page }) => {
	await signIn(page, KATWIJK, 'beheer@katwijk.nl');
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer', exact: true }).click();
	await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Gebieden' }).click();
	await expect(page.getByText('Er zijn nog geen wijken.')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByLabel(/GeoJSON-bestand/).setInputFiles('tests/fixtures/catalogus/katwijk-indicatoren.csv');
	await page.getByRole('button', { name: 'Bekijk het voorbeeld' }).click();
	await expect(page.getByRole('alert')).toContainText('Dit bestand kunnen we niet gebruiken. Er is niets veranderd.');
	await expect(page.getByRole('list', { name: 'Problemen in het bestand' })).toContainText(/JSON/);

	await page.getByLabel(/GeoJSON-bestand/).setInputFiles('tests/fixtures/gebieden/katwijk-rd.geojson');
	await page.getByRole('button', { name: 'Bekijk het voorbeeld' }).click();
	const preview = page.getByRole('region', { name: /Voorbeeld: katwijk-rd.geojson/ });
	await expect(preview).toContainText('4 wijken en 11 buurten gevonden.');
	await expect(preview).toContainText('We hebben ze omgezet naar WGS84');
	await expect(preview).toContainText(/De vormen zijn vereenvoudigd voor de kaart: van [\d,]+ kB naar [\d,]+ kB\./);
	await expect(preview).toContainText('1 gebied van een andere gemeente is overgeslagen.');
	await expect(preview.getByRole('img', { name: 'Voorbeeld van de nieuwe indeling' })).toBeVisible();
	await expect(preview.getByText('Nieuw: Rijnsburg (WK053702, wijk)')).toBeVisible();
	await expectNoAxeViolations(page);
	await preview.getByRole('button', { name: 'Opslaan en publiceren' }).click();

	await expect(page.getByRole('status')).toContainText('De gebieden zijn opgeslagen en gepubliceerd.');
	await expect(page.getByRole('img', { name: 'Kaart van de huidige wijken' })).toBeVisible();
	await page.getByLabel('Inwoners van Rijnsburg (WK053702)').fill('19.500');
	await page.getByRole('button', { name: 'Inwoners opslaan' }).click();
	await expect(page.getByRole('status')).toContainText(/Inwoners opgeslagen voor 1 gebied/);
	await expect(page.getByLabel('Inwoners van Rijnsburg (WK053702)')).toHaveValue('19500');
});

test('the beheerder adds a theme by keyboard and imports the catalogue, mistakes first', async ({ page }) => {
	await signIn(page, KATWIJK, 'beheer@katwijk.nl');
	await page.goto(`${KATWIJK}/beheer/indicatoren`);
	await expect(page.getByText('Er zijn nog geen thema’s.')).toBeVisible();
	await page.getByLabel('Naam').last().focus();
	await page.keyboard.type('Meedoen en ontmoeten');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Inwoners doen mee en kennen elkaar. <b>Echt.</b>');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText('Het thema Meedoen en ontmoeten is toegevoegd.');
	await expect(page.getByText('Inwoners doen mee en kennen elkaar. <b>Echt.</b>')).toBeVisible();

	await page.getByLabel('CSV-bestand met indicatoren').setInputFiles('tests/fixtures/catalogus/katwijk-indicatoren-fouten.csv');
	await page.getByRole('button', { name: 'Inlezen' }).click();
	await expect(page.getByRole('alert')).toContainText('Er is niets ingelezen: het bestand heeft 2 problemen.');
	const problems = page.getByRole('list', { name: 'Problemen in het bestand' });
	await expect(problems.getByRole('listitem').nth(0)).toContainText(/^Regel 2, kolom frequentie/);
	await expect(problems.getByRole('listitem').nth(1)).toContainText(/^Regel 3, kolom thema/);
	await expect(page.getByText('Nog geen indicatoren in dit thema.')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByLabel('CSV-bestand met indicatoren').setInputFiles('tests/fixtures/catalogus/katwijk-indicatoren.csv');
	await page.getByRole('button', { name: 'Inlezen' }).click();
	await expect(page.getByRole('status')).toContainText(/3 nieuw, 0 gewijzigd/);
	await expect(page.getByRole('link', { name: 'Bereikte 65-plussers' })).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download de indicatoren (CSV)' }).click();
	expect((await download).suggestedFilename()).toBe('indicatoren-GM0537.csv');
});

test('the beheerder adds an organisation and assigns it indicators for wijken', async ({ page }) => {
	await signIn(page, KATWIJK, 'beheer@katwijk.nl');
	await page.goto(`${KATWIJK}/beheer/organisaties`);
	await expect(page.getByText('Er zijn nog geen organisaties.')).toBeVisible();
	await page.getByLabel('Naam').fill('Welzijn Katwijk (fictief)');
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Welzijn Katwijk (fictief)' })).toBeVisible();
	await page.getByRole('button', { name: 'Toewijzen' }).click();
	await expect(page.getByRole('alert')).toContainText('Controleer de keuzes.');
	await expect(page.getByRole('alert').getByRole('link', { name: 'Kies minstens één indicator.' })).toBeVisible();
	await page.getByLabel('Unieke deelnemers (DEELN)').check();
	await page.getByLabel('Bereikte 65-plussers (BEREIK_65PLUS)').check();
	await page.getByLabel('Rijnsburg').check();
	await page.getByLabel('Valkenburg').check();
	await page.getByLabel(/Vanaf periode/).fill('2026-Q1');
	await page.getByRole('button', { name: 'Toewijzen' }).click();
	await expect(page.getByRole('status')).toContainText('4 toewijzingen zijn opgeslagen.');
	await expect(page.getByLabel('Unieke deelnemers (DEELN) voor Rijnsburg, Valkenburg, vanaf 1e kwartaal 2026')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the dashboard shows the new gemeente with its map and no figures yet; the log has each change', async ({ page }) => {
	await signIn(page, KATWIJK, 'beheer@katwijk.nl');
	await page.goto(`${KATWIJK}/`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Katwijk');
	await expect(page.getByText(/nog geen cijfers/i).first()).toBeVisible();
	await expect(page.getByRole('img', { name: 'Kaart van de wijken' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.screenshot({ path: 'var/e2e/katwijk-overzicht.png', fullPage: true });
	await page.goto(`${KATWIJK}/wijk/WK053702`);
	await expect(page.getByRole('heading', { level: 1, name: 'Rijnsburg' })).toBeVisible();
	await expect(page.getByText(/nog geen cijfers/i).first()).toBeVisible();
	await expectNoAxeViolations(page);
	await page.goto(`${KATWIJK}/beheer/audit`);
	await expect(page.getByRole('cell', { name: 'Gebiedsindeling ingelezen' })).toBeVisible();
	await expect(page.getByRole('cell', { name: /WK053702: \d+ → 19500/ })).toBeVisible();
});

test('a second gemeente on the same store has its own beheerder and sees none of it', async ({ page }) => {
	expect(adminCreate({ gemeente: 'GM0503', 'gemeente-naam': 'Delft', email: 'beheer@delft.nl', naam: 'Dirk Delft', adres: 'wijkbeeld.delft.example' }, PASSWORD)).toMatch(/Created gemeente Delft/);
	await signIn(page, DELFT, 'beheer@katwijk.nl');
	await expect(page.getByRole('alert')).toBeVisible();
	await signIn(page, DELFT, 'beheer@delft.nl');
	await page.goto(`${DELFT}/beheer/gebieden`);
	await expect(page.getByRole('link', { name: /Wijkbeeld Delft/ })).toBeVisible();
	await expect(page.getByText('Er zijn nog geen wijken.')).toBeVisible();
	await page.goto(`${DELFT}/beheer/indicatoren`);
	await expect(page.getByText('Er zijn nog geen thema’s.')).toBeVisible();
	await page.goto(`${DELFT}/beheer/organisaties`);
	await expect(page.getByText('Er zijn nog geen organisaties.')).toBeVisible();
	expect((await page.request.get(`${DELFT}/wijk/WK053702`)).status()).toBe(404);
	// The Katwijk server still serves Katwijk: the oldest gemeente when no host name or setting says otherwise.
	await page.goto(`${KATWIJK}/login`);
	await expect(page.getByRole('link', { name: /Wijkbeeld Katwijk/ })).toBeVisible();
});

test('a regional host serves each gemeente under its own host name', async ({ request }) => {
	const page = async (host: string | null) =>
		(await request.get('http://localhost:4178/login', { headers: { 'x-forwarded-proto': 'http', ...(host ? { 'x-forwarded-host': host } : {}) } })).text();
	expect(await page('wijkbeeld.delft.example')).toMatch(/class="place[^"]*"> Delft</);
	expect(await page('WIJKBEELD.DELFT.EXAMPLE')).toMatch(/class="place[^"]*"> Delft</);
	// A host name no gemeente has: the oldest gemeente, as on a single-gemeente install.
	expect(await page('localhost:4178')).toMatch(/class="place[^"]*"> Katwijk</);
});
