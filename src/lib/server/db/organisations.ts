import type { OrganisationType } from '../../domain/vocabulary';
import { newId, now, type Scope } from './scope';

export interface Organisation {
	id: string;
	name: string;
	type: OrganisationType;
	/** Set when the organisation delivers nothing new; its deliveries stay readable. */
	archivedAt: string | null;
}

/** One assignment: the organisation delivers the indicator for the area from `validFrom` (null: from the start). */
export interface Assignment {
	indicatorCode: string;
	areaCode: string;
	validFrom: string | null;
}

/** Adds an organisation and returns its id. */
export async function create(scope: Scope, org: { name: string; type: OrganisationType; id?: string }): Promise<string> {
	const id = org.id ?? newId();
	await scope.db
		.insertInto('organisations')
		.values({ id, gemeente_code: scope.gemeente, name: org.name, type: org.type, created_at: now(), archived_at: null })
		.execute();
	return id;
}

const columns = ['id', 'name', 'type', 'archived_at as archivedAt'] as const;

/** All organisations of the gemeente, by name, archived ones included. */
export async function list(scope: Scope): Promise<Organisation[]> {
	return scope.db.selectFrom('organisations').select(columns).where('gemeente_code', '=', scope.gemeente).orderBy('name').orderBy('id').execute();
}

/** One organisation, or undefined. */
export async function get(scope: Scope, id: string): Promise<Organisation | undefined> {
	return scope.db.selectFrom('organisations').select(columns).where('gemeente_code', '=', scope.gemeente).where('id', '=', id).executeTakeFirst();
}

/** Renames an organisation or changes its type. */
export async function update(scope: Scope, org: { id: string; name: string; type: OrganisationType }): Promise<void> {
	await scope.db.updateTable('organisations').set({ name: org.name, type: org.type }).where('gemeente_code', '=', scope.gemeente).where('id', '=', org.id).execute();
}

/** Archives (a timestamp) or restores (null) an organisation. */
export async function setArchived(scope: Scope, id: string, at: string | null): Promise<void> {
	await scope.db.updateTable('organisations').set({ archived_at: at }).where('gemeente_code', '=', scope.gemeente).where('id', '=', id).execute();
}

/** Deletes an organisation and its assignments; the caller has checked that nothing else refers to it. */
export async function remove(scope: Scope, id: string): Promise<void> {
	await scope.db.deleteFrom('organisation_assignments').where('gemeente_code', '=', scope.gemeente).where('organisation_id', '=', id).execute();
	await scope.db.deleteFrom('organisations').where('gemeente_code', '=', scope.gemeente).where('id', '=', id).execute();
}

/** Records that `organisationId` delivers each indicator for each area (from `validFrom`, null: from the start). */
export async function assign(scope: Scope, organisationId: string, indicatorCodes: string[], areaCodes: string[], validFrom: string | null = null): Promise<void> {
	const rows = indicatorCodes.flatMap((indicator_code) =>
		areaCodes.map((area_code) => ({ gemeente_code: scope.gemeente, organisation_id: organisationId, indicator_code, area_code, valid_from: validFrom }))
	);
	// In batches: SQLite limits the parameters of one statement.
	for (let i = 0; i < rows.length; i += 1000) {
		await scope.db
			.insertInto('organisation_assignments')
			.values(rows.slice(i, i + 1000))
			.onConflict((oc) => oc.columns(['organisation_id', 'indicator_code', 'area_code']).doUpdateSet({ valid_from: validFrom }))
			.execute();
	}
}

/** Removes assignments of `organisationId` for `indicatorCodes` (all its areas). */
export async function unassign(scope: Scope, organisationId: string, indicatorCodes: string[]): Promise<void> {
	if (indicatorCodes.length === 0) return;
	await scope.db
		.deleteFrom('organisation_assignments')
		.where('gemeente_code', '=', scope.gemeente)
		.where('organisation_id', '=', organisationId)
		.where('indicator_code', 'in', indicatorCodes)
		.execute();
}

/** What an organisation delivers, by indicator and area. */
export async function assignments(scope: Scope, organisationId: string): Promise<Assignment[]> {
	return scope.db
		.selectFrom('organisation_assignments')
		.select(['indicator_code as indicatorCode', 'area_code as areaCode', 'valid_from as validFrom'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('organisation_id', '=', organisationId)
		.orderBy('indicator_code')
		.orderBy('area_code')
		.execute();
}

/** Per organisation: how many indicators it delivers (current assignments). */
export async function assignmentCounts(scope: Scope): Promise<Map<string, { indicators: number; areas: number }>> {
	const rows = await scope.db
		.selectFrom('organisation_assignments')
		.select((eb) => ['organisation_id', eb.fn.count<number>('indicator_code').distinct().as('indicators'), eb.fn.count<number>('area_code').distinct().as('areas')])
		.where('gemeente_code', '=', scope.gemeente)
		.groupBy('organisation_id')
		.execute();
	return new Map(rows.map((r) => [r.organisation_id, { indicators: Number(r.indicators), areas: Number(r.areas) }]));
}
