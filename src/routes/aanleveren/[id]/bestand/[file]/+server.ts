import { error } from '@sveltejs/kit';
import * as drafts from '$lib/server/db/delivery-drafts';
import { requireDeliveryOf, requireDeliveryUser } from '$lib/server/deliveries/access';
import type { RequestHandler } from './$types';

/** An uploaded file exactly as it was received (kept in the store with its checksum). */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireDeliveryUser(locals, url);
	requireDeliveryOf(locals, user, await drafts.get(locals.scope, params.id));
	const file = await drafts.file(locals.scope, params.id, params.file);
	if (!file) error(404, 'Dit bestand bestaat niet.');
	const safeName = file.fileName.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 120) || 'aanlevering';
	// Served as a download, never rendered: whatever the file holds cannot run in the browser.
	return new Response(file.content as BodyInit, {
		headers: { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="${safeName}"`, 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' }
	});
};
