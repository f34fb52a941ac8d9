// A council member reads a wijk at a glance, jumps to a figure by keyboard, and prints it as a report.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startFromFreshDemo } from './fresh-demo';
import { printReport } from './helpers';

startFromFreshDemo();

const WIJK = '/wijk/WK054603';

test('the summary shows per theme tiles with the gemeente beside the value and the change with its unit', async ({ page }) => {
	await page.goto(WIJK);
	const summary = page.getByRole('region', { name: 'Leiden-Noord in één oogopslag' });
	await expect(summary.getByRole('heading', { name: 'Wat valt op' })).toBeVisible();
	await expect(summary.getByRole('heading', { name: 'Basiskracht en bestaanszekerheid', level: 3 })).toBeVisible();
	// a percentage: the gemeente as it is, the change in procentpunt, and in words whether that is favourable
	const safe = summary.locator('li.tile[data-tile="VEILIG"]');
	await expect(safe.locator('.city')).toHaveText(/^Leiden: \d+%$/);
	await expect(safe.locator('.change')).toContainText(/procentpunt t\.o\.v\. 2024/);
	await expect(safe.locator('.change')).toContainText(/gunstig|ongunstig|geen duidelijk verschil|gelijk|geen oordeel/);
	// a count: the gemeente scaled to the wijk's inhabitants, said as such
	const count = summary.locator('li.tile[data-tile="DEELN_UNIEK"]');
	await expect(count.locator('.city')).toHaveText(/^Leiden \(omgerekend\): [\d.,]+$/);
	await expect(count.locator('.change')).toContainText(/[+−][\d.,]+ \([+−][\d,]+%\) t\.o\.v\. 4e kwartaal 2024/);
	await expect(count.locator('.context')).toContainText(/\d+ notities? · \d+ verha(a|le)n/);
	await expect(summary.locator('li.tile')).toHaveCount(await page.locator('.figure-card').count());
	await expect(summary.getByText('nog niet geduid').first()).toBeVisible();
	// the largest changes name their figure and link to it
	await expect(summary.locator('.stand-out li').first().getByRole('link')).toHaveAttribute('href', /^#fig-/);
});

/** Presses Tab until the focused element is the link named `name`; fails after `max` presses. */
async function tabTo(page: Page, name: string, max = 80) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
	}
	throw new Error(`no focusable "${name}" within ${max} tabs`);
}

test('a keyboard user jumps from the summary to a figure card and to a theme', async ({ page }) => {
	await page.goto(WIJK);
	await tabTo(page, 'Basiskracht en bestaanszekerheid');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#thema-/);
	await expect(page.locator('h2[id^="thema-"]', { hasText: 'Basiskracht en bestaanszekerheid' })).toBeInViewport();

	await page.goto(WIJK);
	await tabTo(page, 'Vragen over geldzaken');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#fig-VRAGEN_GELD-WK054603$/);
	const card = page.locator('.figure-card[data-indicator="VRAGEN_GELD"]');
	await expect(card.getByRole('heading', { name: 'Vragen over geldzaken' })).toBeInViewport();
	// the next Tab continues inside the card, not back at the summary
	await page.keyboard.press('Tab');
	expect(await card.evaluate((el) => el.contains(document.activeElement))).toBe(true);
});

test('the printed report has a cover, no controls, and keeps every figure card on one page', async ({ page }) => {
	await page.goto(WIJK);
	await page.emulateMedia({ media: 'print' });
	const cards = await page.locator('.figure-card').evaluateAll((els) =>
		els.map((el) => {
			const text = (el as HTMLElement).innerText.replace(/\s+/g, '');
			return { title: el.querySelector('h3')!.textContent!.replace(/\s+/g, ''), end: text.slice(-24) };
		})
	);
	// the cover, and nothing to click or fill in
	const pages = await printReport(page, 'Leiden-Noord', ['Grafiek als', 'Toon periode', 'Naar de cijfers per thema', 'Terug naar de samenvatting']);
	const squeezed = pages.map((p) => p.replace(/\s+/g, ''));

	// each card's title and its last words are on the same page (searched from the previous card's page on)
	let from = 1;
	for (const card of cards) {
		const at = squeezed.findIndex((p, i) => i >= from && p.includes(card.title));
		expect(at, `${card.title} is in the report`).toBeGreaterThan(0);
		expect(squeezed[at], `${card.title} ends on the page it starts`).toContain(card.end);
		from = at;
	}
	// about a third of the 33 pages the wijk printed as before the summary (11 now)
	expect(pages.length).toBeLessThanOrEqual(12);
});

test('the wijk page with its summary passes axe', async ({ page }) => {
	await page.goto(WIJK);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('a phone shows the summary without horizontal scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(WIJK);
	await expect(page.locator('li.tile').first()).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
