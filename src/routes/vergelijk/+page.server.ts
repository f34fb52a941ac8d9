import { isComplete, parseCompareSelection } from '$lib/domain/compare-selection';
import { periodRange, requirePeriod, toPeriodCode } from '$lib/domain/periods';
import { requireDashboard } from '$lib/server/auth/guards';
import * as areas from '$lib/server/db/areas';
import * as indicators from '$lib/server/db/indicators';
import * as themes from '$lib/server/db/themes';
import { compareView } from '$lib/server/publish/compare-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requireDashboard(locals, url);
	const [wijken, city, catalogue, themeList] = await Promise.all([
		areas.list(locals.scope, 'wijk'),
		areas.get(locals.scope, locals.scope.gemeente),
		indicators.list(locals.scope),
		themes.list(locals.scope)
	]);
	const selection = parseCompareSelection(url.searchParams, { wijken: wijken.map((w) => w.code), indicators: catalogue.map((i) => i.code) });
	const charts = isComplete(selection) ? await compareView(locals.scope, viewer, selection, catalogue, city ? [...wijken, city] : wijken) : [];
	return {
		selection,
		complete: isComplete(selection),
		charts,
		choices: {
			wijken: wijken.map((w) => ({ code: w.code, name: w.name })),
			cityName: city?.name ?? 'de stad',
			themes: themeList.map((t) => ({ name: t.name, indicators: catalogue.filter((i) => i.themeCode === t.code).map((i) => ({ code: i.code, name: i.name })) })),
			// Quarters of the demo range for the period choice; any period spelling also works in the URL.
			periods: periodRange(requirePeriod('2021-Q1'), requirePeriod('2025-Q4')).map(toPeriodCode)
		}
	};
};
