import type { OrganisationType } from '../../domain/vocabulary';
import { newId, now, type Scope } from './scope';

export interface Organisation {
	id: string;
	name: string;
	type: OrganisationType;
}

/** Adds an organisation and returns its id. */
export async function create(scope: Scope, org: { name: string; type: OrganisationType; id?: string }): Promise<string> {
	const id = org.id ?? newId();
	await scope.db
		.insertInto('organisations')
		.values({ id, gemeente_code: scope.gemeente, name: org.name, type: org.type, created_at: now() })
		.execute();
	return id;
}

/** All organisations of the gemeente, by name. */
export async function list(scope: Scope): Promise<Organisation[]> {
	return scope.db.selectFrom('organisations').select(['id', 'name', 'type']).where('gemeente_code', '=', scope.gemeente).orderBy('name').orderBy('id').execute();
}

/** Records that `organisationId` delivers each indicator for each area. */
export async function assign(scope: Scope, organisationId: string, indicatorCodes: string[], areaCodes: string[]): Promise<void> {
	const rows = indicatorCodes.flatMap((indicator_code) =>
		areaCodes.map((area_code) => ({ gemeente_code: scope.gemeente, organisation_id: organisationId, indicator_code, area_code }))
	);
	if (rows.length > 0) await scope.db.insertInto('organisation_assignments').values(rows).execute();
}
