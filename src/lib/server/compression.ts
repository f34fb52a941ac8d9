// Compresses what the app renders itself (HTML, JSON, CSV, other text) by the client's Accept-Encoding, so a
// plain `node build` is fast without a proxy in front. Static files are not seen here: adapter-node serves
// them precompressed before any hook runs. Compression runs in zlib's thread pool, not on the event loop,
// and a streamed body is flushed whenever its source pauses, so streamed parts still arrive at once.
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Below this many bytes the headers cost more than compression saves. */
export const MIN_BYTES = 1024;

// Brotli's default quality (11) takes ~0.7 s on a 750 KB wijk page; 5 takes ~6 ms and is within 25% of it.
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|ld\+json|manifest\+json|geo\+json|x-ndjson)|image\/svg\+xml)/i;
// An event stream must reach the reader message by message; a proxy of it must never be buffered.
const NEVER = /^text\/event-stream/i;

/**
 * The encoding to answer with for an `Accept-Encoding` header: brotli before gzip, `null` for none.
 * A coding with `q=0` is refused; `*` stands for every coding not named.
 */
export function chooseEncoding(accept: string | null): Encoding | null {
	if (!accept) return null;
	const weights = new Map<string, number>();
	for (const part of accept.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const weight = q === undefined ? 1 : Number(q.slice(2));
		weights.set(name, Number.isFinite(weight) ? weight : 0);
	}
	const weightOf = (coding: Encoding) => weights.get(coding) ?? weights.get('*') ?? 0;
	const br = weightOf('br');
	const gzip = weightOf('gzip');
	if (br > 0 && br >= gzip) return 'br';
	if (gzip > 0) return 'gzip';
	return null;
}

/** Whether a response's body is text worth compressing and not yet encoded or ranged. */
export function isCompressible(response: Response): boolean {
	const type = response.headers.get('content-type') ?? '';
	if (!COMPRESSIBLE.test(type) || NEVER.test(type)) return false;
	if (response.status < 200 || response.status === 204 || response.status === 206 || response.status === 304) return false;
	if (response.headers.has('content-encoding') || response.headers.has('content-range')) return false;
	if (/\bno-transform\b/i.test(response.headers.get('cache-control') ?? '')) return false;
	const length = response.headers.get('content-length');
	return length === null || Number(length) >= MIN_BYTES;
}

/** Adds `Accept-Encoding` to a `Vary` header value (kept as is when already there or `*`). */
export function varyWithEncoding(vary: string | null): string {
	if (!vary) return 'Accept-Encoding';
	const names = vary.split(',').map((n) => n.trim().toLowerCase());
	return names.includes('accept-encoding') || names.includes('*') ? vary : `${vary}, Accept-Encoding`;
}

/** The ETag of the encoded representation: a strong ETag must differ per encoding (RFC 9110 §8.8.3). */
export function encodedEtag(etag: string, encoding: Encoding): string {
	return etag.endsWith('"') ? `${etag.slice(0, -1)}-${encoding}"` : etag;
}

/**
 * `response` compressed for `request`, or `response` itself when it should not be (wrong type, too small,
 * already encoded, not accepted). Sets `Vary: Accept-Encoding` on everything that could have been
 * compressed, and gives the compressed body its own ETag. A conditional request that matches that ETag
 * keeps its body untouched: SvelteKit answers it with 304 after the hooks, and compressing a body that
 * is thrown away would be wasted work.
 */
export function compress(request: Request, response: Response): Response {
	if (!isCompressible(response)) return response;
	response.headers.set('vary', varyWithEncoding(response.headers.get('vary')));
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	if (!encoding || !response.body) return response;
	const headers = new Headers(response.headers);
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	const etag = headers.get('etag');
	if (etag) {
		headers.set('etag', encodedEtag(etag, encoding));
		if (request.headers.get('if-none-match')?.replace(/^W\//, '') === headers.get('etag')) {
			return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
		}
	}
	const body = request.method === 'HEAD' ? null : compressStream(response.body, encoding);
	if (!body) void response.body.cancel();
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** Flushes that keep the compression state, so later parts still compress against earlier ones. */
function flushKind(encoding: Encoding): number {
	return encoding === 'br' ? zlib.constants.BROTLI_OPERATION_FLUSH : zlib.constants.Z_SYNC_FLUSH;
}

function createCompressor(encoding: Encoding): zlib.BrotliCompress | zlib.Gzip {
	return encoding === 'br'
		? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } })
		: zlib.createGzip({ level: GZIP_LEVEL });
}

/**
 * `body` compressed as a web stream. What the source gives at once is compressed together; when the
 * source pauses (a streamed promise not yet settled), what is compressed so far is flushed to the reader.
 */
export function compressStream(body: ReadableStream<Uint8Array>, encoding: Encoding): ReadableStream<Uint8Array> {
	const compressor = createCompressor(encoding);
	const reader = body.getReader();
	let cancelled = false;

	async function pump() {
		try {
			let next = reader.read();
			for (;;) {
				const paused = Symbol('paused');
				let result = await Promise.race([next, new Promise<typeof paused>((resolve) => setImmediate(resolve, paused))]);
				if (result === paused) {
					await new Promise<void>((resolve) => compressor.flush(flushKind(encoding), resolve));
					result = await next;
				}
				if (result.done || cancelled) break;
				next = reader.read();
				if (!compressor.write(result.value)) await new Promise((resolve) => compressor.once('drain', resolve));
			}
			if (!cancelled) compressor.end();
		} catch (error) {
			compressor.destroy(error as Error);
		}
	}

	return new ReadableStream<Uint8Array>(
		{
			start(controller) {
				compressor.on('data', (chunk: Buffer) => {
					controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
					if ((controller.desiredSize ?? 0) <= 0) compressor.pause();
				});
				compressor.once('end', () => controller.close());
				compressor.once('error', (error) => controller.error(error));
				void pump();
			},
			pull() {
				compressor.resume();
			},
			cancel(reason) {
				cancelled = true;
				compressor.destroy();
				void reader.cancel(reason);
			}
		},
		{ highWaterMark: 4 }
	);
}
