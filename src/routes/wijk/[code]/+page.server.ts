import { error } from '@sveltejs/kit';
import { NO_RANGE, parseRange, quarterChoices } from '$lib/domain/period-range';
import * as areas from '$lib/server/db/areas';
import * as themes from '$lib/server/db/themes';
import * as stories from '$lib/server/db/stories';
import { firstLine } from '$lib/domain/story-markdown';
import { requireDashboard } from '$lib/server/auth/guards';
import { periodsOf } from '$lib/server/publish/figures';
import { cachedFiguresForArea } from '$lib/server/publish/wijk-figures';
import type { PageServerLoad } from './$types';
import { snapshotUrl } from '$lib/server/publish/snapshot-cache';
import { history } from '$lib/server/publish/publication';
import { cachedWijkSummary } from '$lib/server/publish/wijk-summary';
import { toSlot } from '$lib/server/publish/chart-slots';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const viewer = requireDashboard(locals, url);
	const [area, city, wijken] = await Promise.all([
		areas.get(locals.scope, params.code),
		areas.get(locals.scope, locals.scope.gemeente),
		areas.list(locals.scope, 'wijk')
	]);
	if (!area || area.level !== 'wijk') error(404, `Wijk ${params.code} bestaat niet. Kies een wijk in het overzicht.`);
	if (!city) error(404, 'Deze gemeente heeft nog geen gegevens.');
	const notices: string[] = [];
	const range = parseRange(url.searchParams, notices);
	const ranged = range.from !== null || range.to !== null;
	const [figures, everyPeriod, themeList, periods, areaStories, recent] = await Promise.all([
		cachedFiguresForArea(locals.scope, locals.publication, viewer, area, city, { range }),
		// The summary reads every period, whatever range the charts show.
		ranged ? cachedFiguresForArea(locals.scope, locals.publication, viewer, area, city, { range: NO_RANGE }) : null,
		themes.list(locals.scope),
		periodsOf(locals.scope, [area.code, city.code]),
		stories.listReadable(locals.scope, viewer, { areaCode: area.code }),
		history(locals.scope, 2)
	]);
	const summaryKey = JSON.stringify([viewer.audience, viewer.organisationId, area.code, city.code]);
	const summary = await cachedWijkSummary(locals.scope, locals.publication, summaryKey, everyPeriod ?? figures, themeList, recent[1]?.publishedAt ?? null);
	// A wijk CBS redrew stays readable, with the wijken that cover it now.
	const current = new Map(wijken.map((w) => [w.code, w.name]));
	const archived = area.archivedAt
		? { at: area.archivedAt, successors: area.successors.filter((s) => current.has(s.code)).map((s) => ({ code: s.code, name: current.get(s.code)!, share: s.share })) }
		: null;
	return {
		area: { code: area.code, name: area.name, population: area.population, archived },
		city: { code: city.code, name: city.name },
		wijken: wijken.map((w) => ({ code: w.code, name: w.name })),
		themes: themeList.map((t) => ({ code: t.code, name: t.name, description: t.description })),
		figures: figures.map((f) => (f.svg ? { ...f, svg: toSlot(locals, f.svg) } : f)),
		range,
		periodChoices: quarterChoices(periods),
		notices,
		// Stories from this wijk that are not tied to a figure (those are on their figure's card).
		looseStories: areaStories.filter((s) => s.indicatorCodes.length === 0).map((s) => ({ id: s.id, title: s.title, type: s.type, period: s.period, first: firstLine(s.body, 160) })),
		summary,
		// For the printed report's cover: which publication the reader is looking at.
		publication: { version: locals.publication, publishedAt: recent[0]?.publishedAt ?? null },
		snapshotUrl: snapshotUrl(locals.scope.gemeente, viewer.audience, locals.publication)
	};
};
