// The one SQL condition for "may this viewer read this row": its visibility is at or below the viewer's
// level, or it is `intern` and written by the viewer's own organisation.
import { sql, type RawBuilder } from 'kysely';
import type { Viewer } from '../../domain/roles';
import { readableBy } from '../../domain/visibility';

/** A WHERE condition on a row's visibility column and (optionally) its authoring organisation column. */
export function readableFor(viewer: Viewer, visibilityColumn: string, organisationColumn?: string): RawBuilder<boolean> {
	const levels = sql.join(readableBy(viewer.audience));
	const visibility = sql.ref(visibilityColumn);
	if (!organisationColumn || viewer.organisationId === null || viewer.audience === 'intern') return sql<boolean>`${visibility} in (${levels})`;
	return sql<boolean>`(${visibility} in (${levels}) or (${visibility} = 'intern' and ${sql.ref(organisationColumn)} = ${viewer.organisationId}))`;
}
