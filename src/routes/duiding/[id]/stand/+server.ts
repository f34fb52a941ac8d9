// What screens following a session poll: how often it changed, which step is shown, its state. Read from
// the store (not process memory), so a follower served by another app instance sees the same.
import { json } from '@sveltejs/kit';
import { requireSession } from '$lib/server/duiding/access';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { session } = await requireSession(locals, url, params.id);
	return json({ changeCount: session.changeCount, position: session.currentPosition, status: session.status }, { headers: { 'cache-control': 'no-store' } });
};
