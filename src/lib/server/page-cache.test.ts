import type { RequestEvent } from '@sveltejs/kit';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/client';
import * as deliveries from './db/deliveries';
import type { Scope } from './db/scope';
import { memoryDb, publishDelivery, seedSmallGemeente } from './db/test-fixtures';
import * as pageCache from './page-cache';
import { currentVersion } from './publish/publication';

const html = `<!doctype html><p>${'Wijk '.repeat(2000)}</p>`;

describe('page cache', () => {
	let db: Db;
	let scope: Scope;
	let organisationId: string;
	beforeAll(async () => {
		db = await memoryDb();
		scope = { db, gemeente: 'GM0001' };
		organisationId = (await seedSmallGemeente(scope)).organisationId;
	});
	afterAll(async () => db.destroy());

	async function event(path: string, headers: Record<string, string> = { 'accept-encoding': 'br' }, more: { user?: object; routeId?: string } = {}): Promise<RequestEvent> {
		return {
			request: new Request(`http://localhost${path}`, { headers }),
			url: new URL(`http://localhost${path}`),
			route: { id: more.routeId ?? '/wijk/[code]' },
			isDataRequest: false,
			locals: { scope, publication: await currentVersion(scope), gemeenteName: 'Teststad', publicDashboard: true, user: more.user ?? null }
		} as unknown as RequestEvent;
	}
	function renderer(response: () => Response = () => new Response(html, { headers: { 'content-type': 'text/html', etag: '"e1"' } })) {
		const render = async () => {
			render.count++;
			return response();
		};
		render.count = 0;
		return render;
	}

	it('renders a page once per publication, and again after a new one', async () => {
		const render = renderer();
		const first = await pageCache.respond(await event('/wijk/WK000101'), render);
		const second = await pageCache.respond(await event('/wijk/WK000101'), render);
		expect(render.count).toBe(1);
		for (const response of [first, second]) {
			expect(response.headers.get('content-encoding')).toBe('br');
			expect(response.headers.get('etag')).toBe('"e1-br"');
			expect(response.headers.get('vary')).toBe('Accept-Encoding');
			expect(zlib.brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(html);
		}
		await publishDelivery(scope, await deliveries.createDraft(scope, { organisationId, period: '2025-Q1', measurements: [{ indicatorCode: 'DEELN', areaCode: 'WK000101', period: '2025-Q1', value: 40 }] }));
		await pageCache.respond(await event('/wijk/WK000101'), render);
		expect(render.count).toBe(2);
	});

	it('answers readers at once with a quick brotli body while the kept one is made, then with the kept one', async () => {
		const render = renderer();
		const quick = await pageCache.respond(await event('/wijk/WK000104'), render);
		const quickBody = Buffer.from(await quick.arrayBuffer());
		expect(zlib.brotliDecompressSync(quickBody).toString()).toBe(html);
		// the kept body is made in a worker thread: a later reader gets it
		let kept = quickBody;
		for (let i = 0; i < 50 && kept.equals(quickBody); i++) {
			await new Promise((resolve) => setTimeout(resolve, 20));
			kept = Buffer.from(await (await pageCache.respond(await event('/wijk/WK000104'), render)).arrayBuffer());
		}
		expect(kept.equals(quickBody)).toBe(false);
		expect(zlib.brotliDecompressSync(kept).toString()).toBe(html);
		expect(render.count).toBe(1);
	});

	it('keeps pages apart by address, and answers each encoding', async () => {
		const render = renderer();
		await pageCache.respond(await event('/wijk/WK000102'), render);
		await pageCache.respond(await event('/wijk/WK000102?van=2024-Q1'), render);
		expect(render.count).toBe(2);
		const gzip = await pageCache.respond(await event('/wijk/WK000102', { 'accept-encoding': 'gzip' }), render);
		expect(zlib.gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(html);
		const plain = await pageCache.respond(await event('/wijk/WK000102', {}), render);
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(html);
		expect(render.count).toBe(2);
	});

	it('never keeps a redirect, an error or a page that sets a cookie', async () => {
		for (const make of [
			() => new Response(null, { status: 303, headers: { location: '/login' } }),
			() => new Response(html, { status: 404, headers: { 'content-type': 'text/html' } }),
			() => new Response(html, { headers: { 'content-type': 'text/html', 'set-cookie': 'a=b' } })
		]) {
			const render = renderer(make);
			const first = await pageCache.respond(await event('/wijk/WK000103'), render);
			expect(first.headers.get('content-encoding')).toBeNull();
			await pageCache.respond(await event('/wijk/WK000103'), render);
			expect(render.count).toBe(2);
		}
	});

	it('applies only to anonymous readers without cookies, on the routes it knows', async () => {
		expect(pageCache.applies(await event('/wijk/WK000101'))).toBe(true);
		expect(pageCache.applies(await event('/wijk/WK000101', { cookie: 'wijkbeeld_sessie=x' }))).toBe(false);
		expect(pageCache.applies(await event('/wijk/WK000101', {}, { user: { id: 'u1' } }))).toBe(false);
		expect(pageCache.applies(await event('/beheer', {}, { routeId: '/beheer' }))).toBe(false);
	});
});
