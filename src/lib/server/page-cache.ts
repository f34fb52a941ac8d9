// Whole pages for readers who are not signed in, kept per publication version: what such a reader sees on a
// wijk page changes only with a publication (notes, stories, catalogue and area changes all publish), so
// around a council meeting the same few pages are rendered once per version instead of once per reader.
// Rendering a wijk page costs ~40 ms of the event loop (32 figure cards and their hydration data); a kept
// page costs well under 1 ms, and its brotli and gzip bodies are made once.
//
// A kept page is answered with the CSP nonce it was rendered with. That nonce only unlocks the scripts of
// that exact HTML, which no one can change after rendering, so sharing it between readers of the same
// kept page gives an attacker nothing a fresh nonce would not.
import type { RequestEvent } from '@sveltejs/kit';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { chooseEncoding, encodedEtag, varyWithEncoding, type Encoding } from './compression';
import { VersionedCache } from './publish/versioned-cache';

/** Routes whose HTML for anonymous readers depends only on the publication (and the URL). */
const ROUTES = new Set(['/', '/wijk/[code]', '/indicator/[code]']);
/** ~1 MB each (HTML with its compressed forms) at the demo's 32 figures. */
const MAX_PAGES = 48;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

interface KeptPage {
	status: number;
	headers: [string, string][];
	body: Buffer;
	encoded: Partial<Record<Encoding, Promise<Buffer>>>;
	/** The brotli body made quickly, for readers who come while the kept one is still being made. */
	quick?: Promise<Buffer>;
	/** Whether `encoded.br` has been made. */
	brReady?: boolean;
}

/** Carries a response that may not be kept (a redirect, an error, a cookie) back to the one who asked. */
class NotKept extends Error {
	constructor(readonly response: Response) {
		super('not kept');
	}
}

const pages = new VersionedCache<KeptPage>(MAX_PAGES);

/** Whether `event` may be answered from, and stored in, the page cache. */
export function applies(event: RequestEvent): boolean {
	return (
		event.request.method === 'GET' &&
		!event.isDataRequest &&
		event.route.id !== null &&
		ROUTES.has(event.route.id) &&
		event.locals.user === null &&
		// Without any cookie nothing about this reader can be in the page, nor be set by it.
		!event.request.headers.has('cookie') &&
		!event.request.headers.has('authorization')
	);
}

async function keep(response: Response): Promise<KeptPage> {
	const type = response.headers.get('content-type') ?? '';
	if (response.status !== 200 || response.headers.has('set-cookie') || !type.startsWith('text/html') || response.headers.has('content-encoding')) throw new NotKept(response);
	const headers = [...response.headers].filter(([name]) => name !== 'content-length' && name !== 'date');
	return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()), encoded: {} };
}

/**
 * Brotli for a kept page: compressed once per publication, so harder than a live response (quality 5). The
 * hydration data repeats the figures' tables megabytes after the HTML shows them; a 16 MB window (the most
 * brotli allows; default 4 MB) lets it refer back that far. At 200 figures a wijk page (4.7 MB) then travels
 * as ~143 KB instead of ~188 KB. Making it takes ~0.5-1 s of one worker thread, once; readers who come in
 * that time get the page compressed quickly instead, so nobody waits for it.
 */
const KEPT_BROTLI = {
	[zlib.constants.BROTLI_PARAM_QUALITY]: 10,
	[zlib.constants.BROTLI_PARAM_LGWIN]: 24,
	[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT
};
const QUICK_BROTLI = { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT };

/** Compresses once per page and encoding; a failed attempt is forgotten, so the next reader tries again. */
function once(page: KeptPage, encoding: Encoding, make: () => Promise<Buffer>): Promise<Buffer> {
	const encoded = (page.encoded[encoding] ??= make());
	encoded.catch(() => page.encoded[encoding] === encoded && delete page.encoded[encoding]);
	return encoded;
}

/** The page's body in `encoding` (off the event loop, in a worker thread). */
function encode(page: KeptPage, encoding: Encoding): Promise<Buffer> {
	if (encoding === 'gzip') return once(page, encoding, () => gzip(page.body, { level: 6 }));
	const kept = once(page, encoding, async () => {
		const body = await brotli(page.body, { params: { ...KEPT_BROTLI, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: page.body.length } });
		page.brReady = true;
		page.quick = undefined;
		return body;
	});
	if (page.brReady) return kept;
	const quick = (page.quick ??= brotli(page.body, { params: QUICK_BROTLI }));
	quick.catch(() => page.quick === quick && (page.quick = undefined));
	return quick;
}

/** The page for `event` from this process's cache, rendered by `render` once per publication version. */
export async function respond(event: RequestEvent, render: () => Response | Promise<Response>): Promise<Response> {
	const { scope, publication, gemeenteName, publicDashboard } = event.locals;
	const key = JSON.stringify([event.url.host, event.url.pathname, event.url.search, gemeenteName, publicDashboard]);
	let mine: Response | null = null;
	let page: KeptPage;
	try {
		page = await pages.get(scope, publication, key, async () => keep((mine = await render())));
	} catch (error) {
		if (!(error instanceof NotKept)) throw error;
		// The one who rendered it gets it; others who waited for the same page render their own.
		return error.response === mine ? error.response : render();
	}
	const headers = new Headers(page.headers);
	headers.set('vary', varyWithEncoding(headers.get('vary')));
	const encoding = chooseEncoding(event.request.headers.get('accept-encoding'));
	if (!encoding) return new Response(new Uint8Array(page.body), { status: page.status, headers });
	headers.set('content-encoding', encoding);
	const etag = headers.get('etag');
	if (etag) headers.set('etag', encodedEtag(etag, encoding));
	return new Response(new Uint8Array(await encode(page, encoding)), { status: page.status, headers });
}
