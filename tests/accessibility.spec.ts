// Every page must have zero WCAG 2.1 A/AA violations that axe can find.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Role } from '../src/lib/domain/vocabulary';
import { signIn } from './accounts';
import { PLANNED_SESSION, SHOWCASE_SESSION, sessionId } from './demo-sessions';
import { waitForDuckDB } from './helpers';
import { startFromFreshDemo } from './fresh-demo';

startFromFreshDemo();

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** `session`: the title of the demo duidingssessie whose id replaces {sessie} in the path. */
const pages: { name: string; path: string; duckdb?: boolean; as?: Role; session?: string }[] = [
	{ name: 'overzicht', path: '/' },
	{ name: 'wijk', path: '/wijk/WK054603', duckdb: true },
	{ name: 'wijk als beleidsmedewerker', path: '/wijk/WK054603', duckdb: true, as: 'beleidsmedewerker' },
	{ name: 'niet gevonden', path: '/wijk/WK999999' },
	{ name: 'indicator', path: '/indicator/EENZAAM' },
	{ name: 'vergelijken, leeg', path: '/vergelijk' },
	{ name: 'vergelijken', path: '/vergelijk?wijken=WK054603,WK054606&stad=1&indicatoren=VRAGEN_GELD,EENZAAM&van=2022-Q1' },
	{ name: 'inloggen', path: '/login' },
	{ name: 'link werkt niet', path: '/uitnodiging/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
	{ name: 'mijn account', path: '/account', as: 'lezer' },
	{ name: 'uitloggen', path: '/logout', as: 'lezer' },
	{ name: 'beheer', path: '/beheer', as: 'beheerder' },
	{ name: 'logboek', path: '/beheer/audit', as: 'beheerder' },
	{ name: 'publicaties', path: '/beheer/publicaties', as: 'beleidsmedewerker' },
	{ name: 'verhalen', path: '/verhalen' },
	{ name: 'verhalen zoeken', path: '/verhalen?q=buurthuis' },
	{ name: 'verhaal schrijven', path: '/verhalen/nieuw', as: 'aanleveraar' },
	{ name: 'afspraken', path: '/acties', as: 'facilitator' },
	{ name: 'afspraken, te laat', path: '/acties?status=te+laat', as: 'beleidsmedewerker' },
	{ name: 'afspraken als raadslid', path: '/acties', as: 'lezer' },
	{ name: 'afspraken, niets gevonden', path: '/acties?eigenaar=niemand', as: 'lezer' },
	{ name: 'aanleveren', path: '/aanleveren', as: 'aanleveraar' },
	{ name: 'aanleveren, overzicht', path: '/aanleveren', as: 'beleidsmedewerker' },
	{ name: 'een aanlevering', path: '/aanleveren/demo-correctie-ingediend', as: 'beleidsmedewerker' },
	{ name: 'gebieden', path: '/beheer/gebieden', as: 'beheerder' },
	{ name: 'thema’s en indicatoren', path: '/beheer/indicatoren', as: 'beheerder' },
	{ name: 'indicator wijzigen', path: '/beheer/indicatoren/DEELN_UNIEK', as: 'beheerder' },
	{ name: 'indicator toevoegen', path: '/beheer/indicatoren/nieuw', as: 'beheerder' },
	{ name: 'organisaties', path: '/beheer/organisaties', as: 'beheerder' },
	{ name: 'geen toegang', path: '/beheer', as: 'lezer' },
	{ name: 'duidingssessies', path: '/duiding', as: 'facilitator' },
	{ name: 'nieuwe sessie', path: '/duiding/nieuw', as: 'facilitator' },
	{ name: 'sessie voorbereiden', path: '/duiding/{sessie}/voorbereiden', as: 'facilitator', session: PLANNED_SESSION },
	{ name: 'gehouden sessie', path: '/duiding/{sessie}?punt=2', as: 'beleidsmedewerker', session: SHOWCASE_SESSION },
	{ name: 'gehouden sessie als raadslid', path: '/duiding/{sessie}?punt=2', as: 'lezer', session: SHOWCASE_SESSION },
	{ name: 'nalopen en publiceren', path: '/duiding/{sessie}/publiceren', as: 'facilitator', session: SHOWCASE_SESSION },
	{ name: 'verslag van een duidingssessie', path: '/duiding/{sessie}/verslag', as: 'facilitator', session: SHOWCASE_SESSION },
	{ name: 'verslag voor de raad', path: '/duiding/{sessie}/verslag?voor=raad', as: 'beleidsmedewerker', session: SHOWCASE_SESSION },
	{ name: 'verslag van een geplande sessie', path: '/duiding/{sessie}/verslag', as: 'facilitator', session: PLANNED_SESSION },
	{ name: 'toegankelijkheid', path: '/toegankelijkheid' }
];

for (const { name, path, duckdb, as, session } of pages) {
	test(`${name} (${path}) has no WCAG 2.1 A/AA violations`, async ({ page }) => {
		if (as) await signIn(page, as);
		await page.goto(session ? path.replace('{sessie}', sessionId(session)) : path);
		if (duckdb) await waitForDuckDB(page);
		// Open every "toon als tabel" so the tables are checked too.
		for (const summary of await page.locator('details > summary').all()) await summary.click();
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
		expect(summary).toEqual([]);
	});
}

test('the wijk page can be used with the keyboard: skip link and table toggles', async ({ page }) => {
	await page.goto('/wijk/WK054603');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#inhoud$/);
	await expect(page.locator('#inhoud')).toBeFocused();
	const summary = page.locator('figure[data-indicator="DEELN_UNIEK"] summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('figure[data-indicator="DEELN_UNIEK"] table')).toBeVisible();
});
