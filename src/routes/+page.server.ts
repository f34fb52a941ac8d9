import * as areas from '$lib/server/db/areas';
import * as indicators from '$lib/server/db/indicators';
import * as stories from '$lib/server/db/stories';
import * as themes from '$lib/server/db/themes';
import { requireDashboard } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requireDashboard(locals, url);
	const [wijken, themeList, catalogue, storyCounts] = await Promise.all([
		areas.list(locals.scope, 'wijk'),
		themes.list(locals.scope),
		indicators.list(locals.scope),
		stories.countByArea(locals.scope, viewer)
	]);
	return {
		wijken: wijken.map((w) => ({ code: w.code, name: w.name, population: w.population, stories: storyCounts.get(w.code) ?? 0 })),
		themes: themeList.map((t) => ({
			code: t.code,
			name: t.name,
			description: t.description,
			indicators: catalogue.filter((i) => i.themeCode === t.code).map((i) => ({ code: i.code, name: i.name, unit: i.unit, frequency: i.frequency }))
		}))
	};
};
