import type { Viewer } from '../../domain/roles';
import { readableFor } from './readable';
import type { NoteKind, Visibility } from '../../domain/vocabulary';
import { newId, now, type Scope } from './scope';

export interface Note {
	id: string;
	sessionId: string | null;
	indicatorCode: string;
	areaCode: string;
	periodFrom: string;
	periodTo: string;
	kind: NoteKind;
	body: string;
	authorRole: string;
	authorOrganisationId: string | null;
	visibility: Visibility;
	createdAt: string;
}

/** A note to store; the seed passes its own id and time. */
export type NewNote = Omit<Note, 'id' | 'createdAt'> & { id?: string; authorUserId?: string | null; createdAt?: string };

/** Pins a note to indicator × area × period range; returns its id. */
export async function create(scope: Scope, note: NewNote): Promise<string> {
	const id = note.id ?? newId();
	await scope.db
		.insertInto('notes')
		.values({
			id,
			gemeente_code: scope.gemeente,
			session_id: note.sessionId,
			indicator_code: note.indicatorCode,
			area_code: note.areaCode,
			period_from: note.periodFrom,
			period_to: note.periodTo,
			kind: note.kind,
			body: note.body,
			author_user_id: note.authorUserId ?? null,
			author_role: note.authorRole,
			author_organisation_id: note.authorOrganisationId,
			visibility: note.visibility,
			created_at: note.createdAt ?? now()
		})
		.execute();
	return id;
}

/** Notes the viewer may read, for some areas and optionally one indicator, oldest first. */
export async function listReadable(
	scope: Scope,
	viewer: Viewer,
	filter: { areaCodes?: string[]; indicatorCode?: string } = {}
): Promise<Note[]> {
	let query = scope.db
		.selectFrom('notes')
		.select([
			'id',
			'session_id as sessionId',
			'indicator_code as indicatorCode',
			'area_code as areaCode',
			'period_from as periodFrom',
			'period_to as periodTo',
			'kind',
			'body',
			'author_role as authorRole',
			'author_organisation_id as authorOrganisationId',
			'visibility',
			'created_at as createdAt'
		])
		.where('gemeente_code', '=', scope.gemeente)
		.where(readableFor(viewer, 'visibility', 'author_organisation_id'));
	if (filter.areaCodes) query = query.where('area_code', 'in', filter.areaCodes.length ? filter.areaCodes : ['']);
	if (filter.indicatorCode) query = query.where('indicator_code', '=', filter.indicatorCode);
	return query.orderBy('period_from').orderBy('created_at').orderBy('id').execute();
}
