import { requireDashboard } from '$lib/server/auth/guards';
import { cachedOverview } from '$lib/server/publish/overview';
import type { PageServerLoad } from './$types';
import { snapshotUrl } from '$lib/server/publish/snapshot-cache';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requireDashboard(locals, url);
	return {
		overview: await cachedOverview(locals.scope, locals.publication, viewer, url.searchParams.get('kaart'), url.searchParams.get('kaartperiode')),
		snapshotUrl: snapshotUrl(locals.scope.gemeente, viewer.audience, locals.publication)
	};
};
