// The published cells: the latest published version of every indicator × area × period, with the small-cell
// decision (primary and secondary suppression) made over the whole indicator × period group. Written only
// inside a publication (publication.ts), for the groups it touches, so no request ever has to build them.
import { sql } from 'kysely';
import type { Db } from '../db/client';
import type { Scope } from '../db/scope';
import { suppressionOf, type CellGroup, type IndicatorRule, type SuppressionReason } from '../../domain/suppression';

/** The groups in `groups`, per indicator: statements then name one indicator and a list of periods. */
function byIndicator(groups: CellGroup[]): Map<string, string[]> {
	const map = new Map<string, Set<string>>();
	for (const g of groups) {
		const periods = map.get(g.indicatorCode) ?? new Set<string>();
		periods.add(g.period);
		map.set(g.indicatorCode, periods);
	}
	return new Map([...map].map(([code, periods]) => [code, [...periods].sort()]));
}

/** Recomputes the cells of `groups` (or of everything) from the published deliveries. Call inside a publication. */
export async function recompute(scope: Scope, groups: CellGroup[] | 'everything'): Promise<void> {
	if (groups === 'everything') {
		await scope.db.deleteFrom('published_cells').where('gemeente_code', '=', scope.gemeente).execute();
		await copyLatestVersions(scope.db, scope.gemeente, null);
		await markHidden(scope, null);
		return;
	}
	for (const [indicatorCode, periods] of byIndicator(groups)) {
		const filter = { indicatorCode, periods };
		await scope.db.deleteFrom('published_cells').where('gemeente_code', '=', scope.gemeente).where('indicator_code', '=', indicatorCode).where('period', 'in', periods).execute();
		await copyLatestVersions(scope.db, scope.gemeente, filter);
		await markHidden(scope, filter);
	}
}

type GroupFilter = { indicatorCode: string; periods: string[] } | null;

/** Copies the published measurements, the most recently published delivery winning per indicator × area × period. */
async function copyLatestVersions(db: Db, gemeente: string, filter: GroupFilter): Promise<void> {
	const only = filter ? sql`and m.indicator_code = ${filter.indicatorCode} and m.period in (${sql.join(filter.periods)})` : sql``;
	await sql`
		insert into published_cells (gemeente_code, indicator_code, area_code, period, period_start, period_end, value, missing_reason, n, toelichting, organisation, published_at, hidden)
		select gemeente_code, indicator_code, area_code, period, period_start, period_end, value, missing_reason, n, toelichting, organisation, published_at, 0
		from (
			select m.gemeente_code, m.indicator_code, m.area_code, m.period, m.period_start, m.period_end, m.value, m.missing_reason, m.n, m.toelichting,
				o.name as organisation, d.published_at,
				row_number() over (partition by m.indicator_code, m.area_code, m.period order by d.published_at desc nulls last, d.id) as version_rank
			from measurements m
			join deliveries d on d.id = m.delivery_id and d.gemeente_code = m.gemeente_code
			join organisations o on o.id = d.organisation_id and o.gemeente_code = d.gemeente_code
			where m.gemeente_code = ${gemeente} and d.status = 'gepubliceerd' ${only}
		) latest
		where version_rank = 1`.execute(db);
}

/** Decides per indicator × period which cells audiences other than intern may not see, and marks them. */
async function markHidden(scope: Scope, filter: GroupFilter): Promise<void> {
	let cellQuery = scope.db
		.selectFrom('published_cells')
		.select(['indicator_code as indicatorCode', 'area_code as areaCode', 'period', 'value', 'n'])
		.where('gemeente_code', '=', scope.gemeente);
	let ruleQuery = scope.db.selectFrom('indicators').select(['code', 'unit', 'min_n']).where('gemeente_code', '=', scope.gemeente);
	if (filter) {
		cellQuery = cellQuery.where('indicator_code', '=', filter.indicatorCode).where('period', 'in', filter.periods);
		ruleQuery = ruleQuery.where('code', '=', filter.indicatorCode);
	}
	const [cells, rules] = await Promise.all([cellQuery.execute(), ruleQuery.execute()]);
	const ruleMap = new Map<string, IndicatorRule>(rules.map((r) => [r.code, { unit: r.unit, minN: r.min_n }]));
	const hidden = suppressionOf(cells, ruleMap, scope.gemeente);
	// Grouped per indicator × period and reason so each update names few cells.
	const groups = new Map<string, { indicatorCode: string; period: string; reason: SuppressionReason; areas: string[] }>();
	for (const [cell, reason] of hidden) {
		const key = `${cell.indicatorCode}|${cell.period}|${reason}`;
		const group = groups.get(key);
		if (group) group.areas.push(cell.areaCode);
		else groups.set(key, { indicatorCode: cell.indicatorCode, period: cell.period, reason, areas: [cell.areaCode] });
	}
	for (const group of groups.values()) {
		await scope.db
			.updateTable('published_cells')
			.set({ hidden: 1, hidden_reason: group.reason })
			.where('gemeente_code', '=', scope.gemeente)
			.where('indicator_code', '=', group.indicatorCode)
			.where('period', '=', group.period)
			.where('area_code', 'in', group.areas)
			.execute();
	}
}
