import type { Visibility } from '../../domain/vocabulary';
import { newId, now, type Scope } from './scope';

/** Records a conclusion of a session; returns its id. */
export async function create(scope: Scope, c: { id?: string; sessionId: string; body: string; visibility: Visibility }): Promise<string> {
	const id = c.id ?? newId();
	await scope.db
		.insertInto('conclusions')
		.values({ id, gemeente_code: scope.gemeente, session_id: c.sessionId, body: c.body, visibility: c.visibility, created_at: now() })
		.execute();
	return id;
}
