import { error } from '@sveltejs/kit';
import { rowsWithProblemsCsv } from '$lib/domain/delivery-report-file';
import * as drafts from '$lib/server/db/delivery-drafts';
import { requireDeliveryOf, requireDeliveryUser } from '$lib/server/deliveries/access';
import * as workflow from '$lib/server/deliveries/workflow';
import type { RequestHandler } from './$types';

/** The user's own file back as CSV, with a last column that names each row's problems. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireDeliveryUser(locals, url);
	const delivery = await drafts.get(locals.scope, params.id);
	requireDeliveryOf(locals, user, delivery);
	const { draft, report } = await workflow.review(locals.scope, delivery!);
	if (!draft || !report) error(404, 'Bij deze aanlevering hoort geen ingelezen bestand.');
	const name = `${(delivery!.fileName ?? 'aanlevering').replace(/\.[a-z]+$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80)}-problemen.csv`;
	return new Response(rowsWithProblemsCsv(draft.header, draft.rows, report), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' }
	});
};
