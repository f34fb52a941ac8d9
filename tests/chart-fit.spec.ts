// Charts fit the screen they are shown on: at a phone's 390 px no chart text is smaller than 11 CSS px
// (font size × how much the drawing is scaled), and no page scrolls sideways.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './accounts';
import { SHOWCASE_SESSION, sessionId } from './demo-sessions';
import { startFromFreshDemo } from './fresh-demo';

startFromFreshDemo();

/** Per visible chart text: its rendered size in CSS px, with the text and the chart it is in. */
async function chartTextSizes(page: Page) {
	return page.evaluate(() => {
		const sizes: { px: number; text: string; chart: string; cut: boolean }[] = [];
		for (const svg of document.querySelectorAll<SVGSVGElement>('main svg[viewBox]')) {
			const box = svg.getBoundingClientRect();
			const viewBox = svg.viewBox.baseVal;
			if (box.width === 0 || !viewBox || viewBox.width === 0) continue;
			const scale = box.width / viewBox.width;
			for (const text of svg.querySelectorAll('text')) {
				if (!text.textContent?.trim() || text.getBoundingClientRect().width === 0) continue;
				const px = parseFloat(getComputedStyle(text).fontSize) * scale;
				// End labels and axis labels stay inside the drawing (a chart's box hides what sticks out).
				const t = text.getBoundingClientRect();
				const cut = t.left < box.left - 1 || t.right > box.right + 1;
				sizes.push({ px: Math.round(px * 100) / 100, text: text.textContent.trim(), chart: svg.getAttribute('aria-label') ?? '', cut });
			}
		}
		return sizes;
	});
}

async function expectFits(page: Page, path: string) {
	await page.goto(path);
	// After hydration: the browser may redraw charts at their own width.
	await page.waitForLoadState('networkidle');
	const sizes = await chartTextSizes(page);
	expect(sizes.length, `charts with text on ${path}`).toBeGreaterThan(0);
	const smallest = sizes.reduce((a, b) => (b.px < a.px ? b : a));
	console.log(`${path}: ${sizes.length} chart texts, smallest ${smallest.px} px ("${smallest.text}" in "${smallest.chart}")`);
	expect(sizes.filter((s) => s.px < 11), `chart text under 11 px on ${path}`).toEqual([]);
	expect(sizes.filter((s) => s.cut), `chart text cut off at the sides on ${path}`).toEqual([]);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
}

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the overview draws its map with readable text', async ({ page }) => {
		await expectFits(page, '/');
	});

	test('the wijk page draws its charts with readable text', async ({ page }) => {
		await expectFits(page, '/wijk/WK054603');
	});

	test('the indicator page draws its ranking, map and small multiples with readable text', async ({ page }) => {
		await expectFits(page, '/indicator/EENZAAM');
	});

	test('the compare page draws its charts with readable text', async ({ page }) => {
		await expectFits(page, '/vergelijk?wijken=WK054603,WK054606&stad=1&indicatoren=VRAGEN_GELD,EENZAAM&van=2022-Q1');
	});
});

test.describe('on a 390 px phone, signed in', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('a duidingssessie and its report draw their charts with readable text', async ({ page }) => {
		await signIn(page, 'facilitator');
		const id = sessionId(SHOWCASE_SESSION);
		await expectFits(page, `/duiding/${id}`);
		await expectFits(page, `/duiding/${id}/verslag`);
	});
});

test('at desktop width the wijk page keeps its wide charts, text at least 11 px', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/wijk/WK054603');
	await page.waitForLoadState('networkidle');
	const sizes = await chartTextSizes(page);
	expect(sizes.filter((s) => s.px < 11)).toEqual([]);
	const widths = await page.locator('.figure-card .chart svg').evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => s.getBoundingClientRect().width));
	expect(Math.min(...widths)).toBeGreaterThan(500);
});

test('a wijk reached by a link inside the app draws its charts in the browser', async ({ page }) => {
	// The server's drawings come only with a page's HTML; a client-side navigation gets their slots.
	await page.goto('/');
	await page.getByRole('link', { name: 'Morsdistrict' }).first().click();
	await expect(page).toHaveURL(/\/wijk\/WK054606/);
	const card = page.locator('figure.figure-card').first();
	await card.scrollIntoViewIfNeeded();
	await expect(card.locator('.chart svg[role="img"]:visible')).toHaveCount(1);
	await expect(card.locator('.chart')).not.toContainText('chart:');
});

test('without DuckDB, another period chosen in the app redraws the chart for that period', async ({ page }) => {
	await page.route('**/*.wasm', (route) => route.abort());
	await page.goto('/wijk/WK054603');
	await expect(page.locator('[data-duckdb]')).toHaveAttribute('data-duckdb', 'mislukt');
	const card = page.locator('figure[data-indicator="VRAGEN_GELD"][data-area="WK054603"]');
	await expect(card.locator('.chart svg[role="img"]:visible')).toHaveAttribute('aria-description', /van \d+ in 1e kwartaal 2021/);
	await page.getByLabel('Van', { exact: true }).selectOption('2024-Q1');
	await page.getByLabel('Tot en met').selectOption('2025-Q2');
	await page.getByRole('button', { name: 'Toon periode' }).click();
	await expect(page).toHaveURL(/van=2024-Q1&tot=2025-Q2/);
	// the server's answer came as data only: the chart is drawn anew for the chosen period, not left as it was
	await card.scrollIntoViewIfNeeded();
	await expect(card.locator('.chart svg[role="img"]:visible')).toHaveAttribute('aria-description', /van \d+ in 1e kwartaal 2024 naar \d+ in 2e kwartaal 2025/);
});
