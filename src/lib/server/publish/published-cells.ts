// Writes the published cells once per publication: the latest published version of every indicator × area ×
// period, with the small-cell decision made over the whole group. Requests then read only the cells they
// need. Whether the cells are current is checked against a data version read from the store, so it works
// with several app instances and whatever published the data (upload, correction, seed).
import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import type { Db } from '../db/client';
import { inTransaction, now, type Scope } from '../db/scope';
import { hiddenCells, type IndicatorRule } from '../../domain/suppression';

/** A fingerprint of everything the published cells depend on: publications and the suppression rules. */
export async function dataVersion(scope: Scope): Promise<string> {
	const deliveries = await sql<{ count: number; latest: string | null }>`
		select count(*) as count, max(published_at) as latest from deliveries
		where gemeente_code = ${scope.gemeente} and status in ('gepubliceerd', 'vervangen')`.execute(scope.db);
	const rules = await scope.db.selectFrom('indicators').select(['code', 'unit', 'min_n']).where('gemeente_code', '=', scope.gemeente).orderBy('code').execute();
	const { count, latest } = deliveries.rows[0] ?? { count: 0, latest: null };
	return createHash('sha256').update(JSON.stringify([Number(count), latest, rules])).digest('base64url');
}

// One rebuild at a time per gemeente in this process; other instances are kept apart by the transaction.
const building = new Map<string, Promise<string>>();

/** Makes sure the published cells match the current data version and returns that version. */
export async function ensurePublished(scope: Scope): Promise<string> {
	const version = await dataVersion(scope);
	const state = await scope.db.selectFrom('publication_state').select('data_version').where('gemeente_code', '=', scope.gemeente).executeTakeFirst();
	if (state?.data_version === version) return version;
	let pending = building.get(scope.gemeente);
	if (!pending) {
		pending = rebuild(scope).finally(() => building.delete(scope.gemeente));
		building.set(scope.gemeente, pending);
	}
	return pending;
}

/** Rewrites the gemeente's published cells in one transaction; returns the data version they reflect. */
export async function rebuild(scope: Scope): Promise<string> {
	return inTransaction(scope.db, async (db) => {
		const tx: Scope = { db, gemeente: scope.gemeente };
		const version = await dataVersion(tx);
		const state = await db.selectFrom('publication_state').select('data_version').where('gemeente_code', '=', scope.gemeente).executeTakeFirst();
		if (state?.data_version === version) return version; // another instance was first
		await db.deleteFrom('published_cells').where('gemeente_code', '=', scope.gemeente).execute();
		await copyLatestVersions(db, scope.gemeente);
		await markHidden(tx);
		await db
			.insertInto('publication_state')
			.values({ gemeente_code: scope.gemeente, data_version: version, built_at: now() })
			.onConflict((oc) => oc.column('gemeente_code').doUpdateSet({ data_version: version, built_at: now() }))
			.execute();
		return version;
	});
}

/** Copies the published measurements, the most recently published delivery winning per indicator × area × period. */
async function copyLatestVersions(db: Db, gemeente: string): Promise<void> {
	await sql`
		insert into published_cells (gemeente_code, indicator_code, area_code, period, period_start, period_end, value, missing_reason, n, toelichting, organisation, published_at, hidden)
		select gemeente_code, indicator_code, area_code, period, period_start, period_end, value, missing_reason, n, toelichting, organisation, published_at, 0
		from (
			select m.gemeente_code, m.indicator_code, m.area_code, m.period, m.period_start, m.period_end, m.value, m.missing_reason, m.n, m.toelichting,
				o.name as organisation, d.published_at,
				row_number() over (partition by m.indicator_code, m.area_code, m.period order by d.published_at desc, d.id) as version_rank
			from measurements m
			join deliveries d on d.id = m.delivery_id and d.gemeente_code = m.gemeente_code
			join organisations o on o.id = d.organisation_id and o.gemeente_code = d.gemeente_code
			where m.gemeente_code = ${gemeente} and d.status = 'gepubliceerd'
		) latest
		where version_rank = 1`.execute(db);
}

/** Decides per indicator × period which cells audiences other than intern may not see, and marks them. */
async function markHidden(scope: Scope): Promise<void> {
	const [cells, rules] = await Promise.all([
		scope.db
			.selectFrom('published_cells')
			.select(['indicator_code as indicatorCode', 'area_code as areaCode', 'period', 'value', 'n'])
			.where('gemeente_code', '=', scope.gemeente)
			.execute(),
		scope.db.selectFrom('indicators').select(['code', 'unit', 'min_n']).where('gemeente_code', '=', scope.gemeente).execute()
	]);
	const ruleMap = new Map<string, IndicatorRule>(rules.map((r) => [r.code, { unit: r.unit, minN: r.min_n }]));
	const hidden = [...hiddenCells(cells, ruleMap, scope.gemeente)];
	// Grouped per indicator × period so each update names few cells.
	const groups = new Map<string, { indicatorCode: string; period: string; areas: string[] }>();
	for (const cell of hidden) {
		const key = `${cell.indicatorCode}|${cell.period}`;
		const group = groups.get(key);
		if (group) group.areas.push(cell.areaCode);
		else groups.set(key, { indicatorCode: cell.indicatorCode, period: cell.period, areas: [cell.areaCode] });
	}
	for (const group of groups.values()) {
		await scope.db
			.updateTable('published_cells')
			.set({ hidden: 1 })
			.where('gemeente_code', '=', scope.gemeente)
			.where('indicator_code', '=', group.indicatorCode)
			.where('period', '=', group.period)
			.where('area_code', 'in', group.areas)
			.execute();
	}
}
