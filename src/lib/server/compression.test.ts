import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compress, compressStream, encodedEtag, varyWithEncoding } from './compression';

const html = `<!doctype html><html><body>${'<figure data-indicator="x"><svg></svg></figure>'.repeat(400)}</body></html>`;

function page(body: BodyInit | null = html, headers: Record<string, string> = {}, status = 200): Response {
	return new Response(body, { status, headers: { 'content-type': 'text/html', etag: '"abc"', ...headers } });
}

function get(headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' }, method = 'GET'): Request {
	return new Request('http://localhost/wijk/WK054603', { method, headers });
}

const decoders = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync };

describe('chooseEncoding', () => {
	it.each([
		['gzip, deflate, br, zstd', 'br'],
		['gzip', 'gzip'],
		['br;q=0, gzip', 'gzip'],
		['gzip;q=1.0, br;q=0.5', 'gzip'],
		['*', 'br'],
		['*;q=0, gzip', 'gzip'],
		['identity', null],
		['deflate', null],
		['', null],
		[null, null]
	])('%s → %s', (accept, expected) => expect(chooseEncoding(accept)).toBe(expected));
});

describe('compress', () => {
	it.each(['br', 'gzip'] as const)('compresses HTML with %s, with its own ETag and Vary', async (encoding) => {
		const response = compress(get({ 'accept-encoding': encoding }), page());
		expect(response.headers.get('content-encoding')).toBe(encoding);
		expect(response.headers.get('vary')).toBe('Accept-Encoding');
		expect(response.headers.get('etag')).toBe(`"abc-${encoding}"`);
		expect(response.headers.has('content-length')).toBe(false);
		const bytes = Buffer.from(await response.arrayBuffer());
		expect(bytes.length).toBeLessThan(html.length / 10);
		expect(decoders[encoding](bytes).toString()).toBe(html);
	});

	it('compresses JSON and CSV, keeping the status', async () => {
		const json = JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ i, name: 'wijk' })) });
		const response = compress(get(), new Response(json, { status: 404, headers: { 'content-type': 'application/json' } }));
		expect(response.status).toBe(404);
		expect(zlib.brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(json);
		const csv = compress(get(), new Response('wijk;waarde\n'.repeat(200), { headers: { 'content-type': 'text/csv; charset=utf-8' } }));
		expect(csv.headers.get('content-encoding')).toBe('br');
	});

	it('leaves alone what is already encoded, binary, small, ranged or marked no-transform', () => {
		const cases = [
			page(html, { 'content-encoding': 'gzip' }),
			new Response(new Uint8Array(4096), { headers: { 'content-type': 'application/vnd.apache.arrow.stream' } }),
			new Response(new Uint8Array(4096), { headers: { 'content-type': 'image/png' } }),
			page('<p>klein</p>', { 'content-length': '12' }),
			page(html, { 'cache-control': 'no-transform' }),
			page(html, { 'content-range': 'bytes 0-99/5000' }, 206),
			page(null, {}, 304),
			new Response('data: x\n\n'.repeat(200), { headers: { 'content-type': 'text/event-stream' } })
		];
		for (const response of cases) expect(compress(get(), response)).toBe(response);
	});

	it('says the answer varies by encoding even when the client accepts none', () => {
		const response = compress(get({}), page(html, { vary: 'Cookie' }));
		expect(response.headers.get('content-encoding')).toBeNull();
		expect(response.headers.get('vary')).toBe('Cookie, Accept-Encoding');
		expect(response.headers.get('etag')).toBe('"abc"');
	});

	it('keeps a matching conditional request cheap: new ETag, body not compressed (SvelteKit answers 304)', async () => {
		const response = compress(get({ 'accept-encoding': 'br', 'if-none-match': '"abc-br"' }), page());
		expect(response.headers.get('etag')).toBe('"abc-br"');
		expect(await response.text()).toBe(html);
	});

	it('answers HEAD with the headers of GET and no body', () => {
		const response = compress(get({ 'accept-encoding': 'br' }, 'HEAD'), page());
		expect(response.headers.get('content-encoding')).toBe('br');
		expect(response.body).toBeNull();
	});
});

describe('compressStream', () => {
	it('flushes what it has when the source pauses, so a streamed page shows its first part at once', async () => {
		let sendRest!: () => void;
		const rest = new Promise<void>((resolve) => (sendRest = resolve));
		const source = new ReadableStream<Uint8Array>({
			async start(controller) {
				controller.enqueue(new TextEncoder().encode(html));
				await rest;
				controller.enqueue(new TextEncoder().encode('<p>later</p>'));
				controller.close();
			}
		});
		const reader = compressStream(source, 'gzip').getReader();
		const inflate = zlib.createGunzip();
		const text: string[] = [];
		inflate.on('data', (chunk: Buffer) => text.push(chunk.toString()));
		// Everything before the pause must decode before the rest is sent.
		while (text.join('').length < html.length) {
			const { value, done } = await reader.read();
			expect(done).toBe(false);
			await new Promise((resolve) => inflate.write(value, resolve));
			await new Promise((resolve) => setImmediate(resolve));
		}
		expect(text.join('')).toBe(html);
		sendRest();
		for (;;) {
			const { value, done } = await reader.read();
			if (done) break;
			inflate.write(value);
		}
		await new Promise((resolve) => inflate.end(resolve));
		expect(text.join('')).toBe(`${html}<p>later</p>`);
	});

	it('cancels its source when the reader goes away', async () => {
		let cancelled = false;
		const source = new ReadableStream<Uint8Array>({
			pull: (controller) => controller.enqueue(new TextEncoder().encode('x'.repeat(1000))),
			cancel: () => {
				cancelled = true;
			}
		});
		const reader = compressStream(source, 'br').getReader();
		await reader.read();
		await reader.cancel();
		expect(cancelled).toBe(true);
	});
});

describe('headers', () => {
	it('adds Accept-Encoding to Vary once', () => {
		expect(varyWithEncoding(null)).toBe('Accept-Encoding');
		expect(varyWithEncoding('accept-encoding')).toBe('accept-encoding');
		expect(varyWithEncoding('*')).toBe('*');
	});
	it('names the encoding inside a strong or weak ETag', () => {
		expect(encodedEtag('"1fx3u9u"', 'br')).toBe('"1fx3u9u-br"');
		expect(encodedEtag('W/"1fx3u9u"', 'gzip')).toBe('W/"1fx3u9u-gzip"');
	});
});
