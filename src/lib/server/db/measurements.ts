// Published measurements: those of deliveries with status `gepubliceerd` (corrections replace earlier versions).
// Should two published deliveries hold the same indicator × area × period, the most recently published wins.
import type { Scope } from './scope';

export interface PublishedMeasurement {
	indicatorCode: string;
	areaCode: string;
	period: string;
	periodStart: string;
	periodEnd: string;
	value: number | null;
	missingReason: string | null;
	n: number | null;
	toelichting: string | null;
	organisation: string;
	publishedAt: string | null;
}

export interface MeasurementFilter {
	indicatorCodes?: string[];
	areaCodes?: string[];
}

/** Published measurements in period order (one per indicator × area × period), optionally limited to some indicators and areas. */
export async function listPublished(scope: Scope, filter: MeasurementFilter = {}): Promise<PublishedMeasurement[]> {
	let query = scope.db
		.selectFrom('measurements as m')
		.innerJoin('deliveries as d', 'd.id', 'm.delivery_id')
		.innerJoin('organisations as o', 'o.id', 'd.organisation_id')
		.select([
			'm.indicator_code as indicatorCode',
			'm.area_code as areaCode',
			'm.period',
			'm.period_start as periodStart',
			'm.period_end as periodEnd',
			'm.value',
			'm.missing_reason as missingReason',
			'm.n',
			'm.toelichting',
			'o.name as organisation',
			'd.published_at as publishedAt'
		])
		.where('m.gemeente_code', '=', scope.gemeente)
		.where('d.gemeente_code', '=', scope.gemeente)
		.where('o.gemeente_code', '=', scope.gemeente)
		.where('d.status', '=', 'gepubliceerd');
	if (filter.indicatorCodes) query = query.where('m.indicator_code', 'in', filter.indicatorCodes.length ? filter.indicatorCodes : ['']);
	if (filter.areaCodes) query = query.where('m.area_code', 'in', filter.areaCodes.length ? filter.areaCodes : ['']);
	const rows = await query
		.orderBy('m.indicator_code')
		.orderBy('m.area_code')
		.orderBy('m.period_start')
		.orderBy('m.period_end')
		.orderBy('d.published_at', 'desc')
		.execute();
	return rows.filter((row, i) => {
		const previous = rows[i - 1];
		return !previous || previous.indicatorCode !== row.indicatorCode || previous.areaCode !== row.areaCode || previous.period !== row.period;
	});
}
