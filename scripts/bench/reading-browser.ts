// What a reader notices, measured in headless Chromium with a cold HTTP cache per run (a fresh context):
// when the first figure is visible, when DuckDB-WASM answers, how many bytes the page's HTML took on the
// wire, and how soon the fallback notice appears when the WASM download is refused or never answered.
import { chromium, type Browser, type Route } from '@playwright/test';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
}

export interface PageMarks {
	/** Milliseconds after navigation start. */
	firstFigure: number;
	duckdb: number;
	status: string;
	htmlBytes: number;
}

// Runs in the page: records, relative to navigation start, when the first figure's chart is on screen and
// when the DuckDB status settles. Checked on every frame from the first one, so progressive paint counts.
// A string, not a function: tsx would wrap a function in helpers the page does not have.
const probe = `(() => {
	const marks = {};
	const check = () => {
		const svg = document.querySelector('figure .chart svg');
		if (!marks.firstFigure && svg && svg.getBoundingClientRect().height > 0) marks.firstFigure = performance.now();
		const settled = document.querySelector('[data-duckdb="klaar"], [data-duckdb="mislukt"]');
		if (!marks.duckdb && settled) {
			marks.duckdb = performance.now();
			marks.status = settled.getAttribute('data-duckdb');
		}
		if (!marks.firstFigure || !marks.duckdb) requestAnimationFrame(check);
	};
	window.__bench = marks;
	requestAnimationFrame(check);
})();`;

/** One cold visit of `url`; `block` routes the WASM files to `refuse` (network error) or `stall` (no answer). */
export async function visit(browser: Browser, url: string, block?: 'refuse' | 'stall'): Promise<PageMarks> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		let htmlBytes = 0;
		page.on('requestfinished', async (request) => {
			if (request.resourceType() === 'document') htmlBytes = (await request.sizes()).responseBodySize;
		});
		if (block) {
			const stalled: Route[] = [];
			await page.route('**/*.wasm', (route) => (block === 'refuse' ? route.abort() : void stalled.push(route)));
		}
		await page.addInitScript({ content: probe });
		await page.goto(url, { timeout: 180_000 });
		await page.waitForSelector('[data-duckdb="klaar"], [data-duckdb="mislukt"]', { state: 'attached', timeout: 180_000 });
		await page.waitForFunction('window.__bench.duckdb && window.__bench.firstFigure', null, { timeout: 10_000 });
		if (block) await page.getByText('werkt nu niet').first().waitFor({ timeout: 10_000 });
		const marks = (await page.evaluate('window.__bench')) as Omit<PageMarks, 'htmlBytes'>;
		return { ...marks, htmlBytes };
	} finally {
		await context.close();
	}
}
