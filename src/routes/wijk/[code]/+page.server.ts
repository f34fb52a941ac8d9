import { error } from '@sveltejs/kit';
import * as areas from '$lib/server/db/areas';
import * as themes from '$lib/server/db/themes';
import { requireDashboard } from '$lib/server/auth/guards';
import { figuresForArea } from '$lib/server/publish/wijk-figures';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const viewer = requireDashboard(locals, url);
	const area = await areas.get(locals.scope, params.code);
	if (!area || area.level !== 'wijk') error(404, `Wijk ${params.code} bestaat niet. Kies een wijk in het overzicht.`);
	const city = await areas.get(locals.scope, locals.scope.gemeente);
	if (!city) error(404, 'Deze gemeente heeft nog geen gegevens.');
	const [figures, themeList] = await Promise.all([figuresForArea(locals.scope, viewer, area, city), themes.list(locals.scope)]);
	return {
		area: { code: area.code, name: area.name, population: area.population },
		city: { code: city.code, name: city.name },
		themes: themeList.map((t) => ({ code: t.code, name: t.name, description: t.description })),
		figures,
		snapshotUrl: `/api/snapshot/${locals.scope.gemeente}/${viewer.audience}`
	};
};
