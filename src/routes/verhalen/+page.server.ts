import { requireDashboard } from '$lib/server/auth/guards';
import { storyTopics, storyTrends, storyTypes } from '$lib/domain/vocabulary';
import { firstLine } from '$lib/domain/story-markdown';
import * as areas from '$lib/server/db/areas';
import * as indicators from '$lib/server/db/indicators';
import * as edits from '$lib/server/db/story-edits';
import * as search from '$lib/server/db/story-search';
import * as stories from '$lib/server/db/stories';
import * as themes from '$lib/server/db/themes';
import * as workflow from '$lib/server/stories/workflow';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requireDashboard(locals, url);
	const param = (name: string) => (url.searchParams.get(name) ?? '').trim().slice(0, 200);
	const filter = { q: param('q'), wijk: param('wijk'), thema: param('thema'), soort: param('soort'), indicator: param('indicator'), periode: param('periode'), gaat_over: param('gaat_over'), richting: param('richting') };
	const [all, wijken, themeList, catalogue] = await Promise.all([stories.listReadable(locals.scope, viewer), areas.list(locals.scope, 'wijk'), themes.list(locals.scope), indicators.list(locals.scope)]);
	// Search narrows to the stories whose words match (Dutch stemming), best first; only readable ones stay.
	const matched = filter.q ? await search.search(locals.scope, filter.q, 500) : null;
	const rank = matched ? new Map(matched.map((id, i) => [id, i])) : null;
	const shown = all
		.filter((s) => !rank || rank.has(s.id))
		.filter((s) => !filter.wijk || s.areaCode === filter.wijk)
		.filter((s) => !filter.thema || s.themeCodes.includes(filter.thema))
		.filter((s) => !filter.soort || s.type === filter.soort)
		.filter((s) => !filter.indicator || s.indicatorCodes.includes(filter.indicator))
		.filter((s) => !filter.periode || s.period === filter.periode)
		.filter((s) => !filter.gaat_over || s.answerTopic === filter.gaat_over)
		.filter((s) => !filter.richting || s.answerTrend === filter.richting)
		.sort((a, b) => (rank ? rank.get(a.id)! - rank.get(b.id)! : 0));
	const areaName = new Map(wijken.map((w) => [w.code, w.name]));
	// The spread of stories: how many readable stories per wijk and theme (all of them, not only the filtered).
	const counts = wijken.map((w) => ({ code: w.code, name: w.name, themes: themeList.map((t) => all.filter((s) => s.areaCode === w.code && s.themeCodes.includes(t.code)).length), total: all.filter((s) => s.areaCode === w.code).length }));
	const user = locals.user;
	const work = user && workflow.WRITER_ROLES.includes(user.role) ? await edits.listWork(locals.scope, user.id, workflow.REVIEWER_ROLES.includes(user.role) ? viewer : null) : [];
	return {
		filter,
		stories: shown.map((s) => ({ id: s.id, title: s.title, type: s.type, area: s.areaCode ? (areaName.get(s.areaCode) ?? null) : null, period: s.period, first: firstLine(s.body, 160) })),
		total: all.length,
		choices: { periods: [...new Set(all.map((s) => s.period).filter((p): p is string => p !== null))].sort().reverse(), wijken: wijken.map((w) => ({ code: w.code, name: w.name })), themes: themeList.map((t) => ({ code: t.code, name: t.name })), indicators: catalogue.map((i) => ({ code: i.code, name: i.name })), types: storyTypes, topics: storyTopics, trends: storyTrends },
		counts,
		work: work.map((w) => ({ id: w.id, title: w.title, reviewRequested: w.reviewRequestedAt !== null })),
		mayWrite: !!user && workflow.WRITER_ROLES.includes(user.role),
		deleted: url.searchParams.has('verwijderd')
	};
};
