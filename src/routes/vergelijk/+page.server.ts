import { isComplete, parseCompareSelection } from '$lib/domain/compare-selection';
import { quarterChoices } from '$lib/domain/period-range';
import { requireDashboard } from '$lib/server/auth/guards';
import * as areas from '$lib/server/db/areas';
import * as indicators from '$lib/server/db/indicators';
import * as themes from '$lib/server/db/themes';
import { periodsOf } from '$lib/server/publish/figures';
import { compareView, listCompareStories } from '$lib/server/publish/compare-view';
import type { PageServerLoad } from './$types';
import { snapshotUrl } from '$lib/server/publish/snapshot-cache';
import { history } from '$lib/server/publish/publication';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requireDashboard(locals, url);
	const [wijken, city, catalogue, themeList, readableStories, recent] = await Promise.all([
		areas.list(locals.scope, 'wijk'),
		areas.get(locals.scope, locals.scope.gemeente),
		indicators.list(locals.scope),
		themes.list(locals.scope),
		listCompareStories(locals.scope, viewer),
		history(locals.scope, 1)
	]);
	const selection = parseCompareSelection(url.searchParams, { wijken: wijken.map((w) => w.code), indicators: catalogue.map((i) => i.code) });
	const everyArea = city ? [...wijken, city] : wijken;
	const [charts, periods] = await Promise.all([
		isComplete(selection) ? compareView(locals.scope, viewer, selection, catalogue, everyArea, readableStories) : [],
		periodsOf(locals.scope, city ? [city.code] : wijken.map((w) => w.code))
	]);
	return {
		selection,
		complete: isComplete(selection),
		charts,
		// For comparisons the browser answers itself: the snapshot carries no stories.
		stories: readableStories,
		areas: everyArea.map((a) => ({ code: a.code, name: a.name, level: a.level })),
		indicators: catalogue.map((i) => ({ code: i.code, name: i.name, unit: i.unit, minN: i.minN, definition: i.definition, source: i.source, kind: i.kind })),
		choices: {
			wijken: wijken.map((w) => ({ code: w.code, name: w.name })),
			cityName: city?.name ?? 'de stad',
			themes: themeList.map((t) => ({ name: t.name, indicators: catalogue.filter((i) => i.themeCode === t.code).map((i) => ({ code: i.code, name: i.name })) })),
			periods: quarterChoices(periods)
		},
		// For the printed report's cover: which publication the reader is looking at.
		publication: { version: locals.publication, publishedAt: recent[0]?.publishedAt ?? null },
		snapshotUrl: snapshotUrl(locals.scope.gemeente, viewer.audience, locals.publication)
	};
};
