// Every published note the user may read as CSV, for a report in Word.
import { toCsv } from '$lib/domain/csv';
import { buildNoteRows } from '$lib/domain/duiding/note-export';
import * as audit from '$lib/server/db/audit';
import * as notes from '$lib/server/db/notes';
import { actorOf } from '$lib/server/duiding/access';
import * as list from '$lib/server/duiding/afspraken-list';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, getClientAddress }) => {
	const { actor, viewer } = actorOf(locals, url);
	const [readable, names] = await Promise.all([notes.listReadable(locals.scope, viewer), list.names(locals.scope)]);
	await audit.record(locals.scope, { userId: actor.id, action: 'export.csv', subject: 'notities', ip: getClientAddress() });
	return new Response(toCsv(buildNoteRows(readable, names)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="wijkbeeld-notities-${list.today()}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
