// What a session concludes, about one agenda figure, a theme or the session as a whole.
import { sql } from 'kysely';
import type { Visibility } from '../../domain/vocabulary';
import { newId, now, type Scope } from './scope';

export interface Conclusion {
	id: string;
	sessionId: string;
	indicatorCode: string | null;
	areaCode: string | null;
	themeCode: string | null;
	body: string;
	visibility: Visibility;
	revision: number;
	createdAt: string;
}

export interface NewConclusion {
	id?: string;
	sessionId: string;
	indicatorCode?: string | null;
	areaCode?: string | null;
	themeCode?: string | null;
	body: string;
	visibility: Visibility;
	authorUserId?: string | null;
	createdAt?: string;
}

/** Records a conclusion of a session; returns its id. */
export async function create(scope: Scope, c: NewConclusion): Promise<string> {
	const id = c.id ?? newId();
	const at = c.createdAt ?? now();
	await scope.db
		.insertInto('conclusions')
		.values({
			id,
			gemeente_code: scope.gemeente,
			duiding_session_id: c.sessionId,
			indicator_code: c.indicatorCode ?? null,
			area_code: c.areaCode ?? null,
			theme_code: c.themeCode ?? null,
			body: c.body,
			visibility: c.visibility,
			author_user_id: c.authorUserId ?? null,
			revision: 0,
			created_at: at,
			updated_at: at
		})
		.execute();
	return id;
}

/** A session's conclusions, oldest first. */
export async function listForSession(scope: Scope, sessionId: string): Promise<Conclusion[]> {
	const rows = await scope.db
		.selectFrom('conclusions')
		.select(['id', 'duiding_session_id as sessionId', 'indicator_code as indicatorCode', 'area_code as areaCode', 'theme_code as themeCode', 'body', 'visibility', 'revision', 'created_at as createdAt'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('duiding_session_id', '=', sessionId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map((r) => ({ ...r, revision: Number(r.revision) }));
}

/** Changes a conclusion of session `sessionId` when its revision is still `revision`; false on a conflict (or when it is gone). */
export async function update(scope: Scope, sessionId: string, id: string, revision: number, change: Partial<{ body: string; visibility: Visibility }>): Promise<boolean> {
	const result = await scope.db
		.updateTable('conclusions')
		.set({ ...change, revision: sql<number>`revision + 1`, updated_at: now() })
		.where('gemeente_code', '=', scope.gemeente)
		.where('duiding_session_id', '=', sessionId)
		.where('id', '=', id)
		.where('revision', '=', revision)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function remove(scope: Scope, sessionId: string, id: string): Promise<boolean> {
	const result = await scope.db.deleteFrom('conclusions').where('gemeente_code', '=', scope.gemeente).where('duiding_session_id', '=', sessionId).where('id', '=', id).executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}
