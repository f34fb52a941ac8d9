import { error } from '@sveltejs/kit';
import { requireDashboard } from '$lib/server/auth/guards';
import * as indicators from '$lib/server/db/indicators';
import * as themes from '$lib/server/db/themes';
import { cachedIndicatorView } from '$lib/server/publish/indicator-view';
import type { PageServerLoad } from './$types';
import { snapshotUrl } from '$lib/server/publish/snapshot-cache';
import { history } from '$lib/server/publish/publication';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const viewer = requireDashboard(locals, url);
	const indicator = await indicators.get(locals.scope, params.code);
	if (!indicator) error(404, `Indicator ${params.code} bestaat niet. Kies een indicator in het overzicht.`);
	const [view, themeList, recent] = await Promise.all([
		cachedIndicatorView(locals.scope, locals.publication, viewer, indicator, url.searchParams.get('periode')),
		themes.list(locals.scope),
		history(locals.scope, 1)
	]);
	return {
		indicator: {
			code: indicator.code,
			name: indicator.name,
			unit: indicator.unit,
			frequency: indicator.frequency,
			source: indicator.source,
			kind: indicator.kind,
			definition: indicator.definition,
			minN: indicator.minN,
			theme: themeList.find((t) => t.code === indicator.themeCode)?.name ?? '',
			definitionChanges: indicator.definitions.slice(1).map((d) => ({ validFrom: d.validFrom, note: d.changeNote }))
		},
		view,
		// For the printed report's cover: which publication the reader is looking at.
		publication: { version: locals.publication, publishedAt: recent[0]?.publishedAt ?? null },
		snapshotUrl: snapshotUrl(locals.scope.gemeente, viewer.audience, locals.publication)
	};
};
