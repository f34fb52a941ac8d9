import { requireDashboard } from '$lib/server/auth/guards';
import { overview } from '$lib/server/publish/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requireDashboard(locals, url);
	return {
		overview: await overview(locals.scope, viewer, url.searchParams.get('kaart'), url.searchParams.get('kaartperiode')),
		snapshotUrl: `/api/snapshot/${locals.scope.gemeente}/${viewer.audience}`
	};
};
