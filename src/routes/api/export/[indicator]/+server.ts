// A figure's data as CSV: one indicator for one area (and the city), as the visitor may see it; or, with a
// comparison's selection in the query (`wijken`, `stad`, `van`, `tot`), the compared numbers of that indicator.
import { error } from '@sveltejs/kit';
import { toCsv, type CsvCell } from '$lib/domain/csv';
import { cityComparisonName, cityScale, scaleValue } from '$lib/domain/comparison';
import { marginRule } from '$lib/domain/margin';
import { comparePeriods, requirePeriod, toPeriodCode } from '$lib/domain/periods';
import { requireDashboard } from '$lib/server/auth/guards';
import * as areas from '$lib/server/db/areas';
import * as audit from '$lib/server/db/audit';
import * as indicators from '$lib/server/db/indicators';
import { listVisible } from '$lib/server/publish/figures';
import { compareCsv } from '$lib/server/publish/compare-view';
import { isComplete, parseCompareSelection } from '$lib/domain/compare-selection';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, locals, getClientAddress }) => {
	const viewer = requireDashboard(locals, url);
	const indicator = await indicators.get(locals.scope, params.indicator);
	if (!url.searchParams.has('gebied') && (url.searchParams.has('wijken') || url.searchParams.has('stad'))) {
		if (!indicator) error(404, 'Deze indicator bestaat niet.');
		const [wijken, city] = await Promise.all([areas.list(locals.scope, 'wijk'), areas.get(locals.scope, locals.scope.gemeente)]);
		const selection = parseCompareSelection(url.searchParams, { wijken: wijken.map((w) => w.code), indicators: [indicator.code] });
		const chosen = { ...selection, indicators: [indicator.code] };
		if (!isComplete(chosen)) error(400, 'Kies minstens twee gebieden om te vergelijken.');
		const table = await compareCsv(locals.scope, viewer, chosen, indicator, city ? [...wijken, city] : wijken);
		const subject = `${indicator.code} ${[...chosen.wijken, ...(chosen.city && city ? [city.code] : [])].join(',')}`;
		await recordDownload(locals, getClientAddress(), subject);
		return csvResponse(toCsv(table), `wijkbeeld-vergelijking-${indicator.code}.csv`);
	}
	const area = await areas.get(locals.scope, url.searchParams.get('gebied') ?? '');
	const city = await areas.get(locals.scope, locals.scope.gemeente);
	if (!indicator || !area || !city) error(404, 'Deze indicator of dit gebied bestaat niet.');
	const codes = [...new Set([area.code, city.code])];
	const rows = await listVisible(locals.scope, viewer.audience, { indicatorCodes: [indicator.code], areaCodes: codes });
	const periods = [...new Set(rows.map((r) => r.period))].map(requirePeriod).sort(comparePeriods).map(toPeriodCode);
	// The city as the chart and table beside the area show it: a count on the area's scale, under the same name.
	const scale = area.code === city.code ? 1 : cityScale(indicator.unit, area.population, city.population);
	const cityName = cityComparisonName(city.name, area.name, scale);
	const margin = marginRule(indicator);
	const header: CsvCell[] = ['indicator', 'gebiedscode', 'gebied', 'periode', 'waarde', 'eenheid', ...(margin ? ['n', 'marge 95% van', 'marge 95% tot'] : []), 'opmerking', 'geleverd door'];
	const table: CsvCell[][] = [header];
	const round = (value: number) => Math.round(value * 10) / 10;
	for (const period of periods) {
		for (const code of codes) {
			const row = rows.find((r) => r.period === period && r.areaCode === code);
			if (!row) continue;
			const isCity = code === city.code;
			const value = isCity ? scaleValue(row.value, scale) : row.value;
			const band = margin?.(row.value, row.n) ?? null;
			const survey: CsvCell[] = margin ? [row.n, band ? round(band.low) : null, band ? round(band.high) : null] : [];
			const remark = row.suppressed ? (row.protectsOther ? 'niet getoond om een kleine groep elders te beschermen' : `niet getoond: minder dan ${indicator.minN}`) : row.value === null ? `ontbreekt: ${row.missingReason ?? ''}` : (row.toelichting ?? '');
			// Says how the scaled figure was made, so the city total can be worked back.
			const scaledNote = isCity && scale !== 1 && row.value !== null ? `${city.name} in totaal × ${String(Math.round(scale * 10_000) / 10_000).replace('.', ',')} (inwoners ${area.name} / inwoners ${city.name})` : null;
			table.push([indicator.code, code, isCity ? cityName : area.name, period, value, indicator.unit, ...survey, [scaledNote, remark].filter(Boolean).join('; '), row.organisation]);
		}
	}
	await recordDownload(locals, getClientAddress(), `${indicator.code} ${area.code}`);
	return csvResponse(toCsv(table), `wijkbeeld-${indicator.code}-${area.code}.csv`);
};

/** A signed-in user's downloads are all recorded; an anonymous client's within a budget. */
async function recordDownload(locals: App.Locals, ip: string, subject: string) {
	const entry = { userId: locals.user?.id ?? null, action: 'export.csv', subject, ip };
	if (locals.user) await audit.record(locals.scope, entry);
	else await audit.recordLimited(locals.scope, ip, entry);
}

const csvResponse = (text: string, filename: string) =>
	new Response(text, {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'private, no-store' }
	});
