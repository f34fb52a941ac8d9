// Takes a screenshot of a page in Debian's headless chromium, to look at what you build.
// Usage: node scripts/screenshot.mjs <url> <out.png> [width=1280] [full | <css selector>]
// Prints load time, when DuckDB-WASM took over (on pages that use it), and console warnings and errors.
import { chromium } from '@playwright/test';

const [url, out, widthText = '1280', target] = process.argv.slice(2);
if (!url || !out) {
	console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [full | <css selector>]');
	process.exit(2);
}
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
});
const page = await browser.newPage({ viewport: { width: Number(widthText), height: 900 } });
const messages = [];
page.on('console', (m) => ['error', 'warning'].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
const started = Date.now();
await page.goto(url);
console.log(`loaded in ${Date.now() - started} ms`);
if (await page.locator('[data-duckdb]').count()) {
	await page.waitForSelector('[data-duckdb="klaar"], [data-duckdb="mislukt"]', { timeout: 30_000, state: 'attached' });
	console.log(`DuckDB-WASM: ${await page.getAttribute('[data-duckdb]', 'data-duckdb')} after ${Date.now() - started} ms`);
}
if (target && target !== 'full') await page.locator(target).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: target === 'full' });
if (messages.length) console.log(messages.join('\n'));
await browser.close();
