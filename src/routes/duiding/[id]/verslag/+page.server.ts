import { error } from '@sveltejs/kit';
import { parseReportReader, reportChoices } from '$lib/domain/duiding/report';
import { requireSession } from '$lib/server/duiding/access';
import { sessionReport } from '$lib/server/duiding/report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const access = await requireSession(locals, url, params.id);
	// A participant may follow a session live, but its report is for after the results are published.
	if (!access.mayRun && !access.session.resultsPublishedAt) error(404, 'Het verslag van deze sessie is er zodra de resultaten zijn gepubliceerd.');
	const choices = reportChoices(access.viewer);
	// A council member reads what the council reads: their report is the council's.
	const reader = choices.length ? parseReportReader(url.searchParams.get('voor')) : access.viewer.audience === 'raad' ? 'raad' : 'alles';
	const today = new Date().toISOString().slice(0, 10);
	return {
		report: await sessionReport(locals.scope, access, reader, today),
		reader,
		choices,
		madeOn: today
	};
};
