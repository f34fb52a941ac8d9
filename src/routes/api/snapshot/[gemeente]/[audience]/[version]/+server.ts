// The Arrow IPC snapshot of one publication's measurements for one gemeente and audience, whole or as a
// slice of some indicators (`?indicatoren=A,B`). The URL carries the publication version, so a response
// never changes: cached for a year (`immutable`), by shared caches too when anyone may read it.
import { error } from '@sveltejs/kit';
import { isOneOf, visibilities } from '$lib/domain/vocabulary';
import { requireAudience } from '$lib/server/auth/guards';
import * as indicators from '$lib/server/db/indicators';
import { currentVersion } from '$lib/server/publish/publication';
import { cachedSnapshot, snapshotEtag, snapshotUrl, type Slice } from '$lib/server/publish/snapshot-cache';
import type { RequestHandler } from './$types';

const YEAR = 365 * 24 * 60 * 60;

export const GET: RequestHandler = async ({ params, locals, request, url }) => {
	if (params.gemeente !== locals.scope.gemeente || !isOneOf(visibilities, params.audience) || !/^\d{1,9}$/.test(params.version)) error(404, 'Deze gegevens bestaan niet.');
	requireAudience(locals, params.audience);
	const audience = params.audience;
	const version = Number(params.version);
	const current = locals.publication;
	const gone = (now = current) =>
		new Response('Deze cijfers zijn intussen opnieuw gepubliceerd. Laad de pagina opnieuw.', {
			status: 410,
			headers: { 'cache-control': 'no-store', 'x-publication-version': String(now), 'x-current-snapshot': snapshotUrl(locals.scope.gemeente, audience, now) }
		});
	if (version > current) error(404, 'Deze publicatie bestaat niet.');
	if (version < current) return gone();
	let slice: Slice;
	const asked = url.searchParams.get('indicatoren');
	if (asked !== null) {
		const known = new Set((await indicators.list(locals.scope)).map((i) => i.code));
		slice = [...new Set(asked.split(',').filter(Boolean))].sort();
		if (slice.length === 0 || slice.some((code) => !known.has(code))) error(404, 'Deze indicator bestaat niet.');
	}
	const shared = params.audience === 'openbaar' && locals.publicDashboard;
	const etag = snapshotEtag(locals.scope.gemeente, params.audience, version, slice);
	const headers: Record<string, string> = {
		etag,
		'cache-control': `${shared ? 'public' : 'private'}, max-age=${YEAR}, immutable`,
		// The public snapshot is the same for everyone: a CDN keeps one copy whatever the cookies.
		vary: shared ? 'Accept-Encoding' : 'Accept-Encoding, Cookie',
		'x-publication-version': String(version)
	};
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	const snapshot = await cachedSnapshot(locals.scope, params.audience, version, slice);
	// A publication landed while this was built: never serve newer cells under an older, immutable URL.
	if (snapshot.version !== version) return gone(await currentVersion(locals.scope));
	headers['content-type'] = 'application/vnd.apache.arrow.stream';
	headers['x-snapshot-rows'] = String(snapshot.rows);
	if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
		headers['content-encoding'] = 'gzip';
		return new Response(Buffer.from(await snapshot.gzipped()), { headers });
	}
	return new Response(Buffer.from(snapshot.bytes), { headers });
};
