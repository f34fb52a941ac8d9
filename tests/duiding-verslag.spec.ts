// The report of a duidingssessie: read on screen, printed to PDF, made for the council or the partners,
// and never holding more than its reader may read.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { signIn } from './accounts';
import { PLANNED_SESSION, SHOWCASE_SESSION, sessionId } from './demo-sessions';
import { E2E_DB, startFromFreshDemo } from './fresh-demo';
import { collectErrors } from './helpers';

startFromFreshDemo();

const SCRIPT_CONCLUSION = '<script>window.verslagGeraakt = true</script><b>Niet vet</b>: tekst blijft tekst.';
const INTERN_CONCLUSION = 'Interne conclusie: de subsidie van Buurtkracht eerst intern bespreken.';
const INTERN_AFSPRAAK = 'Interne afspraak: de begroting 2027 voorbereiden.';
const INTERN_NOTE = 'Interne notitie: de telling van het tweede kwartaal is nog niet nagekeken.';
// From the demo: a `partners` note and afspraak, and `openbaar` ones.
const PARTNERS_NOTE = 'Tellen die contacten op straat wel altijd mee?';
const PARTNERS_AFSPRAAK = 'Onderzoeken of het jongerencentrum op vrijdag langer open kan.';
const PUBLIC_NOTE = 'Met de nieuwe telling is de lijn stabiel en stijgt hij langzaam.';
const PUBLIC_AFSPRAAK = 'Tien extra taalmaatjes werven in Leiden-Noord.';

// Items the demo does not have: one of every internal kind, and a conclusion that looks like HTML.
test.beforeAll(() => {
	const id = sessionId(SHOWCASE_SESSION);
	const db = new Database(E2E_DB);
	const at = '2025-09-18T16:45:00.000Z';
	try {
		const conclusion = db.prepare(
			`insert into conclusions (id, gemeente_code, duiding_session_id, body, visibility, revision, created_at, updated_at) values (?, 'GM0546', ?, ?, ?, 0, ?, ?)`
		);
		conclusion.run('verslag-test-script', id, SCRIPT_CONCLUSION, 'openbaar', at, at);
		conclusion.run('verslag-test-intern', id, INTERN_CONCLUSION, 'intern', at, at);
		db.prepare(
			`insert into afspraken (id, gemeente_code, duiding_session_id, body, owner, deadline, status, visibility, revision, created_at, updated_at) values ('verslag-test-afspraak', 'GM0546', ?, ?, 'beleidsmedewerker, gemeente Leiden', '2027-06-30', 'open', 'intern', 0, ?, ?)`
		).run(id, INTERN_AFSPRAAK, at, at);
		db.prepare(
			`insert into notes (id, gemeente_code, duiding_session_id, number, indicator_code, area_code, period_from, period_to, kind, body, author_role, visibility, published_at, revision, created_at, updated_at) values ('verslag-test-notitie', 'GM0546', ?, 99, 'DEELN_UNIEK', 'WK054603', '2025-Q2', '2025-Q2', 'datakanttekening', ?, 'beleidsmedewerker', 'intern', ?, 0, ?, ?)`
		).run(id, INTERN_NOTE, at, at, at);
	} finally {
		db.close();
	}
});

/** The publication the session looked at. */
function seenVersion(title: string): number {
	const db = new Database(E2E_DB, { readonly: true });
	try {
		return (db.prepare('select publication_version as v from duiding_sessions where id = ?').get(sessionId(title)) as { v: number }).v;
	} finally {
		db.close();
	}
}

async function openReport(page: Page, title: string, query = ''): Promise<void> {
	const response = await page.goto(`/duiding/${sessionId(title)}/verslag${query}`);
	expect(response?.status()).toBe(200);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
}

test('a facilitator reads the report: cover, each figure as the session saw it, notes, conclusions and afspraken', async ({ page }) => {
	const errors = collectErrors(page);
	await signIn(page, 'facilitator');
	await openReport(page, SHOWCASE_SESSION);

	await expect(page.getByRole('heading', { level: 1, name: SHOWCASE_SESSION })).toBeVisible();
	const cover = page.locator('header.cover');
	await expect(cover).toContainText('Demo.');
	for (const fact of ['Duidingssessie', '18 september 2025', 'Leiden-Noord', `Publicatie ${seenVersion(SHOWCASE_SESSION)}: de cijfers zoals de sessie ze zag`, 'opbouwwerker, Stichting Buurtkracht', 'huisarts (uitgenodigd door Sleutelstad)']) {
		await expect(cover).toContainText(fact);
	}
	await expect(cover.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(6);

	const figure = page.getByRole('region', { name: '1. Unieke deelnemers aan activiteiten, Leiden-Noord' });
	await expect(figure.locator('svg[aria-label*="zoals de sessie het zag"]:visible')).toBeVisible();
	// The figure as it was: the session in September 2025 saw up to the second quarter, not what came later.
	const table = figure.getByRole('table');
	await expect(table).toBeVisible();
	await expect(table.getByRole('row', { name: /2e kwartaal 2025/ })).toBeVisible();
	await expect(table.getByRole('row', { name: /3e kwartaal 2025/ })).toHaveCount(0);
	await expect(figure).toContainText(PUBLIC_NOTE);
	await expect(figure).toContainText('opbouwwerker, Stichting Buurtkracht Leiden');
	await expect(figure).toContainText('Verklaring, 1e kwartaal 2024 t/m 2e kwartaal 2025');
	// A facilitator reads `partners`, not `intern`.
	await expect(page.getByText(PARTNERS_NOTE)).toBeVisible();
	await expect(page.getByText(INTERN_NOTE)).toHaveCount(0);

	const conclusions = page.getByRole('region', { name: 'Conclusies', exact: true });
	await expect(conclusions).toContainText('Het zaterdagspreekuur uit de sessie van 2023 werkt en blijft bestaan.');
	await expect(conclusions).toContainText(SCRIPT_CONCLUSION);
	await expect(conclusions.locator('b')).toHaveCount(0);
	expect(await page.evaluate(() => 'verslagGeraakt' in window)).toBe(false);

	const afspraken = page.getByRole('region', { name: 'Afspraken', exact: true });
	const taalmaatjes = afspraken.getByRole('row', { name: /Tien extra taalmaatjes/ });
	for (const cell of ['coördinator taalcafé, Buurtkracht', '31 maart 2027', 'Loopt']) await expect(taalmaatjes).toContainText(cell);
	await expect(afspraken.getByRole('row', { name: /geldvragen van nieuwe/ })).toContainText('te laat');
	await expect(afspraken).toContainText(PARTNERS_AFSPRAAK);
	await expect(page.getByText(INTERN_AFSPRAAK)).toHaveCount(0);
	expect(errors).toEqual([]);
	await expectNoAxeViolations(page);
});

test('the report prints on A4 without controls or navigation', async ({ page }) => {
	await signIn(page, 'facilitator');
	await openReport(page, SHOWCASE_SESSION);
	const printButton = page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' });
	await expect(printButton).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(printButton).toBeHidden();
	await expect(page.getByRole('group', { name: 'Voor wie is dit verslag?' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
	await expect(page.getByText('Toon als tabel').first()).toBeHidden();
	await expect(page.getByRole('heading', { level: 1, name: SHOWCASE_SESSION })).toBeVisible();
	await expect(page.getByRole('region', { name: '6. Jongeren bereikt door jongerenwerk, Leiden-Noord' }).getByRole('table')).toBeVisible();

	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
	// A cover, about a page per figure (six), and the conclusions and afspraken.
	expect(pages).toBeGreaterThanOrEqual(5);
	expect(pages).toBeLessThanOrEqual(12);
});

test('made for the council, the report leaves out what is for the partners', async ({ page }) => {
	await signIn(page, 'facilitator');
	await openReport(page, SHOWCASE_SESSION);
	await page.getByRole('radio', { name: /De gemeenteraad/ }).check();
	await page.getByRole('button', { name: 'Toon dit verslag' }).click();
	await expect(page).toHaveURL(/verslag\?voor=raad$/);
	await expect(page.getByRole('radio', { name: /De gemeenteraad/ })).toBeChecked();
	await expect(page.locator('header.cover')).toContainText('De gemeenteraad: alleen openbare punten en punten voor de raad');
	await expect(page.getByText(PUBLIC_NOTE)).toBeVisible();
	await expect(page.getByText(PUBLIC_AFSPRAAK)).toBeVisible();
	await expect(page.getByText(PARTNERS_NOTE)).toHaveCount(0);
	await expect(page.getByText(PARTNERS_AFSPRAAK)).toHaveCount(0);
});

test('without internal points, a beleidsmedewerker’s report is one for the partners', async ({ page }) => {
	await signIn(page, 'beleidsmedewerker');
	await openReport(page, SHOWCASE_SESSION);
	await expect(page.getByText(INTERN_CONCLUSION)).toBeVisible();
	await expect(page.getByText(INTERN_AFSPRAAK)).toBeVisible();
	await expect(page.getByText(INTERN_NOTE)).toBeVisible();
	await page.getByRole('radio', { name: 'De partners: zonder interne punten' }).check();
	await page.getByRole('button', { name: 'Toon dit verslag' }).click();
	await expect(page).toHaveURL(/voor=partners$/);
	await expect(page.getByText(INTERN_CONCLUSION)).toHaveCount(0);
	await expect(page.getByText(INTERN_AFSPRAAK)).toHaveCount(0);
	await expect(page.getByText(INTERN_NOTE)).toHaveCount(0);
	await expect(page.getByText(PARTNERS_NOTE)).toBeVisible();
});

test('a council member reads only what the council may, whatever the address asks for', async ({ page }) => {
	await signIn(page, 'lezer');
	await openReport(page, SHOWCASE_SESSION, '?voor=partners');
	await expect(page.getByRole('heading', { level: 1, name: SHOWCASE_SESSION })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Voor wie is dit verslag?' })).toHaveCount(0);
	await expect(page.locator('header.cover')).toContainText('De gemeenteraad');
	await expect(page.getByText(PUBLIC_NOTE)).toBeVisible();
	for (const hidden of [PARTNERS_NOTE, PARTNERS_AFSPRAAK, INTERN_NOTE, INTERN_CONCLUSION, INTERN_AFSPRAAK]) await expect(page.getByText(hidden)).toHaveCount(0);
	await expect(page.locator('[data-visibility="partners"], [data-visibility="intern"]')).toHaveCount(0);
	await expectNoAxeViolations(page);
	// A session whose results are not published has no report for them yet.
	expect((await page.request.get(`/duiding/${sessionId(PLANNED_SESSION)}/verslag`)).status()).toBe(404);
});

test('a planned session’s report has no figures of its own yet, and lists the afspraken that come back', async ({ page }) => {
	await signIn(page, 'facilitator');
	await openReport(page, PLANNED_SESSION);
	await expect(page.getByText('Concept: de resultaten van deze sessie zijn nog niet gepubliceerd.')).toBeVisible();
	await expect(page.getByText('De cijfers van toen zijn niet vastgelegd.').first()).toBeVisible();
	const carried = page.getByRole('region', { name: 'Afspraken uit eerdere sessies', exact: true });
	await expect(carried.getByRole('row', { name: new RegExp(PUBLIC_AFSPRAAK) })).toContainText(SHOWCASE_SESSION);
	await expect(carried).not.toContainText(INTERN_AFSPRAAK);
});

test('on a phone the report fits the screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await signIn(page, 'facilitator');
	await openReport(page, SHOWCASE_SESSION);
	await expect(page.getByRole('heading', { level: 1, name: SHOWCASE_SESSION })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
