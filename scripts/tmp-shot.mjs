import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const url = process.argv[2], out = process.argv[3], width = Number(process.argv[4] ?? 1280);
const page = await browser.newPage({ viewport: { width, height: 900 } });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.type() + ': ' + m.text()); });
page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
const t0 = Date.now();
await page.goto(url);
console.log('loaded', Date.now() - t0);
try { await page.waitForSelector('[data-duckdb="klaar"], [data-duckdb="mislukt"]', { timeout: 20000, state: 'attached' }); console.log('duckdb status', await page.getAttribute('[data-duckdb]', 'data-duckdb'), Date.now() - t0); } catch (e) { console.log('no duckdb status'); }
if (process.argv[5] && process.argv[5] !== 'full') { await page.locator(process.argv[5]).first().screenshot({ path: out }); } else await page.screenshot({ path: out, fullPage: process.argv[5] === 'full' });
console.log(errors.join('\n'));
await browser.close();
