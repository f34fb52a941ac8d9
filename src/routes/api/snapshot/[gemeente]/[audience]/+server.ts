// The Arrow IPC snapshot of published measurements for one gemeente and audience. Cacheable by ETag;
// gzip-compressed when the browser accepts it.
import { error } from '@sveltejs/kit';
import { gzipSync } from 'node:zlib';
import { isOneOf, visibilities } from '$lib/domain/vocabulary';
import { requireAudience } from '$lib/server/auth/guards';
import { cachedSnapshot } from '$lib/server/publish/snapshot-cache';
import type { RequestHandler } from './$types';

// Compressed once per cached snapshot; goes when the snapshot leaves the cache.
const compressed = new WeakMap<object, Buffer>();

export const GET: RequestHandler = async ({ params, locals, request }) => {
	if (params.gemeente !== locals.scope.gemeente || !isOneOf(visibilities, params.audience)) error(404, 'Deze gegevens bestaan niet.');
	requireAudience(locals, params.audience);
	const snapshot = await cachedSnapshot(locals.scope, params.audience);
	const headers: Record<string, string> = {
		etag: snapshot.etag,
		// Shared caches may keep only what anyone may read.
		'cache-control': params.audience === 'openbaar' && locals.publicDashboard ? 'public, max-age=0, must-revalidate' : 'private, no-cache',
		vary: 'Accept-Encoding, Cookie'
	};
	if (request.headers.get('if-none-match') === snapshot.etag) return new Response(null, { status: 304, headers });
	headers['content-type'] = 'application/vnd.apache.arrow.stream';
	headers['x-snapshot-rows'] = String(snapshot.rows);
	if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
		headers['content-encoding'] = 'gzip';
		let body = compressed.get(snapshot);
		if (!body) compressed.set(snapshot, (body = gzipSync(snapshot.bytes)));
		return new Response(new Uint8Array(body), { headers });
	}
	return new Response(Buffer.from(snapshot.bytes), { headers });
};
