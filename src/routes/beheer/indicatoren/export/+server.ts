import { requireRole } from '$lib/server/auth/guards';
import * as catalogue from '$lib/server/setup/catalogue';
import type { RequestHandler } from './$types';

/** The catalogue as a CSV file for Excel (`;`, UTF-8 with BOM), to edit and import again. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireRole(locals, url, 'beheerder');
	const csv = await catalogue.exportCsv(locals.scope);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="indicatoren-${locals.scope.gemeente}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
