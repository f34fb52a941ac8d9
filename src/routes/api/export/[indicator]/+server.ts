// A figure's data as CSV: one indicator for one area (and the city), as the visitor may see it.
import { error } from '@sveltejs/kit';
import { toCsv, type CsvCell } from '$lib/domain/csv';
import { comparePeriods, requirePeriod, toPeriodCode } from '$lib/domain/periods';
import { requireDashboard } from '$lib/server/auth/guards';
import * as areas from '$lib/server/db/areas';
import * as audit from '$lib/server/db/audit';
import * as indicators from '$lib/server/db/indicators';
import { listVisible } from '$lib/server/publish/figures';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, locals, getClientAddress }) => {
	const viewer = requireDashboard(locals, url);
	const indicator = await indicators.get(locals.scope, params.indicator);
	const area = await areas.get(locals.scope, url.searchParams.get('gebied') ?? '');
	const city = await areas.get(locals.scope, locals.scope.gemeente);
	if (!indicator || !area || !city) error(404, 'Deze indicator of dit gebied bestaat niet.');
	const codes = [...new Set([area.code, city.code])];
	const rows = await listVisible(locals.scope, viewer.audience, { indicatorCodes: [indicator.code], areaCodes: codes });
	const periods = [...new Set(rows.map((r) => r.period))].map(requirePeriod).sort(comparePeriods).map(toPeriodCode);
	const table: CsvCell[][] = [['indicator', 'gebiedscode', 'gebied', 'periode', 'waarde', 'eenheid', 'opmerking', 'geleverd door']];
	for (const period of periods) {
		for (const code of codes) {
			const row = rows.find((r) => r.period === period && r.areaCode === code);
			if (!row) continue;
			const remark = row.suppressed ? `niet getoond: minder dan ${indicator.minN}` : row.value === null ? `ontbreekt: ${row.missingReason ?? ''}` : (row.toelichting ?? '');
			table.push([indicator.code, code, code === city.code ? city.name : area.name, period, row.value, indicator.unit, remark, row.organisation]);
		}
	}
	const ip = getClientAddress();
	const entry = { userId: locals.user?.id ?? null, action: 'export.csv', subject: `${indicator.code} ${area.code}`, ip };
	// A signed-in user's downloads are all recorded; an anonymous client's within a budget.
	if (locals.user) await audit.record(locals.scope, entry);
	else await audit.recordLimited(locals.scope, ip, entry);
	return new Response(toCsv(table), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="wijkbeeld-${indicator.code}-${area.code}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
