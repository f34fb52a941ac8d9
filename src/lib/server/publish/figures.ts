// What an audience may see of the published measurements: the single place where small cells are
// suppressed, used by the server-rendered figures, the exports and the Arrow snapshots alike.
import { sql } from 'kysely';
import type { FigureCell } from '../../domain/figure';
import type { Visibility } from '../../domain/vocabulary';
import type { MeasurementFilter, PublishedMeasurement } from '../db/measurements';
import type { Scope } from '../db/scope';
import { VersionedCache } from './versioned-cache';

export interface VisibleMeasurement extends PublishedMeasurement {
	/** True when the value is hidden from this audience; `value`, `n` and `toelichting` are then null. */
	suppressed: boolean;
	/** True when it is hidden only to protect a small cell elsewhere (secondary suppression), not for its own small number. */
	protectsOther: boolean;
}

/** Whether the audience gets small cells suppressed; only internal staff see them. */
export function suppressesSmallCells(audience: Visibility): boolean {
	return audience !== 'intern';
}

/**
 * Published measurements as `audience` may see them, in indicator, area and period order. A hidden cell
 * loses its value, its n and its toelichting (which may repeat the number).
 */
export async function listVisible(scope: Scope, audience: Visibility, filter: MeasurementFilter = {}): Promise<VisibleMeasurement[]> {
	let query = scope.db
		.selectFrom('published_cells')
		.select([
			'indicator_code as indicatorCode',
			'area_code as areaCode',
			'period',
			'period_start as periodStart',
			'period_end as periodEnd',
			'value',
			'missing_reason as missingReason',
			'n',
			'toelichting',
			'organisation',
			'published_at as publishedAt',
			'hidden',
			'hidden_reason as hiddenReason'
		])
		.where('gemeente_code', '=', scope.gemeente);
	if (filter.indicatorCodes) query = query.where('indicator_code', 'in', filter.indicatorCodes.length ? filter.indicatorCodes : ['']);
	if (filter.areaCodes) query = query.where('area_code', 'in', filter.areaCodes.length ? filter.areaCodes : ['']);
	const rows = await query.orderBy('indicator_code').orderBy('area_code').orderBy('period_start').orderBy('period_end').execute();
	const suppress = suppressesSmallCells(audience);
	return rows.map(({ hidden, hiddenReason, ...row }) =>
		suppress && hidden
			? { ...row, value: null, n: null, toelichting: null, suppressed: true, protectsOther: hiddenReason === 'beschermt' }
			: { ...row, suppressed: false, protectsOther: false }
	);
}

// The latest periods change only with a publication; kept per gemeente and publication version (per process).
const latestCache = new VersionedCache<Map<string, string>>(8, () => true);

/** Just the values of some indicators in every area, as `audience` may see them: lean, for drawing many lines. */
export async function listValues(scope: Scope, audience: Visibility, indicatorCodes: string[]): Promise<{ indicatorCode: string; areaCode: string; period: string; value: number | null }[]> {
	const rows = await scope.db
		.selectFrom('published_cells')
		.select(['indicator_code as indicatorCode', 'area_code as areaCode', 'period', 'value', 'hidden'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('indicator_code', 'in', indicatorCodes.length ? indicatorCodes : [''])
		.orderBy('indicator_code')
		.orderBy('area_code')
		.orderBy('period_start')
		.orderBy('period_end')
		.execute();
	const suppress = suppressesSmallCells(audience);
	return rows.map(({ hidden, ...row }) => (suppress && hidden ? { ...row, value: null } : row));
}

/** The latest period per indicator × area in publication `version`, as `indicator|area` → period. The same for every audience. */
export function latestPeriods(scope: Scope, version: number): Promise<Map<string, string>> {
	return latestCache.get(scope, version, 'latest', () => readLatestPeriods(scope));
}

async function readLatestPeriods(scope: Scope): Promise<Map<string, string>> {
	const rows = await scope.db
		.selectFrom((db) =>
			db
				.selectFrom('published_cells')
				.select([
					'indicator_code',
					'area_code',
					'period',
					sql<number>`row_number() over (partition by indicator_code, area_code order by period_end desc, period_start desc)`.as('rank')
				])
				.where('gemeente_code', '=', scope.gemeente)
				.as('ranked')
		)
		.select(['indicator_code', 'area_code', 'period'])
		.where('rank', '=', 1)
		.execute();
	return new Map(rows.map((r) => [`${r.indicator_code}|${r.area_code}`, r.period]));
}

/** The distinct periods published for some areas: what a period-range form offers. */
export async function periodsOf(scope: Scope, areaCodes: string[]): Promise<string[]> {
	const rows = await scope.db
		.selectFrom('published_cells')
		.select('period')
		.distinct()
		.where('gemeente_code', '=', scope.gemeente)
		.where('area_code', 'in', areaCodes.length ? areaCodes : [''])
		.execute();
	return rows.map((r) => r.period);
}

/** The cell a page shows for a visible measurement; null when there is none. */
export function cellOf(m: VisibleMeasurement | undefined): FigureCell | null {
	return m ? { value: m.value, n: m.n, suppressed: m.suppressed, protectsOther: m.protectsOther, missingReason: m.missingReason } : null;
}
