// The Arrow IPC snapshot of published measurements for one gemeente and audience, whole or as a slice of
// some indicators (`?indicatoren=A,B`). Cacheable by ETag; gzip-compressed when the browser accepts it.
import { error } from '@sveltejs/kit';
import { gzipSync } from 'node:zlib';
import { isOneOf, visibilities } from '$lib/domain/vocabulary';
import { requireAudience } from '$lib/server/auth/guards';
import * as indicators from '$lib/server/db/indicators';
import { cachedSnapshot, snapshotTag, type Slice } from '$lib/server/publish/snapshot-cache';
import type { RequestHandler } from './$types';

// Compressed once per cached snapshot; goes when the snapshot leaves the cache.
const compressed = new WeakMap<object, Buffer>();

export const GET: RequestHandler = async ({ params, locals, request, url }) => {
	if (params.gemeente !== locals.scope.gemeente || !isOneOf(visibilities, params.audience)) error(404, 'Deze gegevens bestaan niet.');
	requireAudience(locals, params.audience);
	let slice: Slice;
	const asked = url.searchParams.get('indicatoren');
	if (asked !== null) {
		const known = new Set((await indicators.list(locals.scope)).map((i) => i.code));
		slice = [...new Set(asked.split(',').filter(Boolean))].sort();
		if (slice.length === 0 || slice.some((code) => !known.has(code))) error(404, 'Deze indicator bestaat niet.');
	}
	const tag = await snapshotTag(locals.scope, params.audience, slice);
	const headers: Record<string, string> = {
		etag: tag.etag,
		// Shared caches may keep only what anyone may read.
		'cache-control': params.audience === 'openbaar' && locals.publicDashboard ? 'public, max-age=0, must-revalidate' : 'private, no-cache',
		vary: 'Accept-Encoding, Cookie'
	};
	if (request.headers.get('if-none-match') === tag.etag) return new Response(null, { status: 304, headers });
	const snapshot = await cachedSnapshot(locals.scope, params.audience, slice, tag);
	headers['content-type'] = 'application/vnd.apache.arrow.stream';
	headers['x-snapshot-rows'] = String(snapshot.rows);
	if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
		headers['content-encoding'] = 'gzip';
		let body = compressed.get(snapshot);
		if (!body) compressed.set(snapshot, (body = gzipSync(snapshot.bytes, { level: 6 })));
		return new Response(new Uint8Array(body), { headers });
	}
	return new Response(Buffer.from(snapshot.bytes), { headers });
};
