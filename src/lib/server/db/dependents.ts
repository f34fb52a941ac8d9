// What refers to an area, indicator, organisation or theme: a delete is refused while anything does, with
// this list as the reason (archive it instead, so history stays readable).
import { sql } from 'kysely';
import type { Scope } from './scope';

export type Subject = 'area' | 'indicator' | 'organisation' | 'theme';

/** Per subject: table, column, and what a reader calls those rows (Dutch, plural). */
const REFERENCES: Record<Subject, { table: string; column: string; label: string }[]> = {
	area: [
		{ table: 'measurements', column: 'area_code', label: 'cijfers' },
		{ table: 'areas', column: 'parent_code', label: 'buurten' },
		{ table: 'organisation_assignments', column: 'area_code', label: 'toewijzingen aan organisaties' },
		{ table: 'stories', column: 'area_code', label: 'verhalen' },
		{ table: 'notes', column: 'area_code', label: 'notities' },
		{ table: 'duiding_session_areas', column: 'area_code', label: 'duidingssessies' },
		{ table: 'duiding_session_agenda', column: 'area_code', label: 'agendapunten van duidingssessies' },
		{ table: 'conclusions', column: 'area_code', label: 'conclusies van duidingssessies' },
		{ table: 'afspraken', column: 'area_code', label: 'afspraken' }
	],
	indicator: [
		{ table: 'measurements', column: 'indicator_code', label: 'cijfers' },
		{ table: 'organisation_assignments', column: 'indicator_code', label: 'toewijzingen aan organisaties' },
		{ table: 'story_indicators', column: 'indicator_code', label: 'verhalen' },
		{ table: 'notes', column: 'indicator_code', label: 'notities' },
		{ table: 'duiding_session_agenda', column: 'indicator_code', label: 'agendapunten van duidingssessies' },
		{ table: 'conclusions', column: 'indicator_code', label: 'conclusies van duidingssessies' },
		{ table: 'afspraken', column: 'indicator_code', label: 'afspraken' }
	],
	organisation: [
		{ table: 'deliveries', column: 'organisation_id', label: 'aanleveringen' },
		{ table: 'users', column: 'organisation_id', label: 'accounts' },
		{ table: 'account_tokens', column: 'organisation_id', label: 'uitnodigingen' },
		{ table: 'stories', column: 'collected_by_organisation_id', label: 'verhalen' },
		{ table: 'notes', column: 'author_organisation_id', label: 'notities' },
		{ table: 'duiding_session_participants', column: 'organisation_id', label: 'deelnames aan duidingssessies' },
		{ table: 'afspraken', column: 'owner_organisation_id', label: 'afspraken' }
	],
	theme: [
		{ table: 'indicators', column: 'theme_code', label: 'indicatoren' },
		{ table: 'story_themes', column: 'theme_code', label: 'verhalen' },
		{ table: 'duiding_sessions', column: 'theme_code', label: 'duidingssessies' },
		{ table: 'conclusions', column: 'theme_code', label: 'conclusies van duidingssessies' }
	]
};

export interface Dependent {
	label: string;
	count: number;
}

/** What refers to `key` (an area or indicator code, organisation id or theme code); empty when nothing does. */
export async function list(scope: Scope, subject: Subject, key: string): Promise<Dependent[]> {
	const found: Dependent[] = [];
	for (const ref of REFERENCES[subject]) {
		const row = await sql<{ count: number | string }>`select count(*) as count from ${sql.table(ref.table)} where gemeente_code = ${scope.gemeente} and ${sql.ref(ref.column)} = ${key}`.execute(scope.db);
		const count = Number(row.rows[0]?.count ?? 0);
		if (count > 0) found.push({ label: ref.label, count });
	}
	return found;
}

/** "12 cijfers, 2 verhalen": the dependents as a reader reads them. */
export function describe(dependents: Dependent[]): string {
	return dependents.map((d) => `${d.count} ${d.label}`).join(', ');
}
