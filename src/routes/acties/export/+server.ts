// The afspraken of /acties as CSV for a report in Word, with the same filters, as the user may read them.
import { toCsv } from '$lib/domain/csv';
import { filterAfspraken } from '$lib/domain/duiding/afspraken';
import { buildAfspraakRows, byFollowUp, parseAfspraakFilter } from '$lib/domain/duiding/afspraak-list';
import * as audit from '$lib/server/db/audit';
import { actorOf } from '$lib/server/duiding/access';
import * as list from '$lib/server/duiding/afspraken-list';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, getClientAddress }) => {
	const { actor, viewer } = actorOf(locals, url);
	const [all, names] = await Promise.all([list.listReadable(locals, actor, viewer), list.names(locals.scope)]);
	const today = list.today();
	const rows = buildAfspraakRows(filterAfspraken(all, parseAfspraakFilter(url.searchParams), today).sort(byFollowUp), names, today);
	await audit.record(locals.scope, { userId: actor.id, action: 'export.csv', subject: `afspraken ${url.search}`.trim(), ip: getClientAddress() });
	return new Response(toCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="wijkbeeld-afspraken-${today}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
