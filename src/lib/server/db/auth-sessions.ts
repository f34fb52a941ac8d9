// Sign-in sessions (Lucia's design): the id is the SHA-256 of the cookie's token.
import type { Role } from '../../domain/vocabulary';
import type { Db } from './client';
import { now, type Scope } from './scope';

export interface SessionUser {
	sessionId: string;
	expiresAt: string;
	user: { id: string; name: string; email: string; role: Role; organisationId: string | null; gemeente: string };
}

/** Stores a session for a user. */
export async function create(scope: Scope, session: { id: string; userId: string; expiresAt: string }): Promise<void> {
	await scope.db
		.insertInto('auth_sessions')
		.values({ id: session.id, gemeente_code: scope.gemeente, user_id: session.userId, expires_at: session.expiresAt, created_at: now() })
		.execute();
}

/** The session with its (active) user, or undefined; expired sessions are not returned. */
export async function getWithUser(db: Db, id: string, at: string = now()): Promise<SessionUser | undefined> {
	const row = await db
		.selectFrom('auth_sessions as s')
		.innerJoin('users as u', 'u.id', 's.user_id')
		.select(['s.id', 's.expires_at', 'u.id as user_id', 'u.name', 'u.email', 'u.role', 'u.organisation_id', 'u.gemeente_code'])
		.where('s.id', '=', id)
		.where('s.expires_at', '>', at)
		.where('u.active', '=', 1)
		.whereRef('u.gemeente_code', '=', 's.gemeente_code')
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		sessionId: row.id,
		expiresAt: row.expires_at,
		user: { id: row.user_id, name: row.name, email: row.email, role: row.role, organisationId: row.organisation_id, gemeente: row.gemeente_code }
	};
}

/** Moves a session's expiry (sliding expiry). */
export async function extend(db: Db, id: string, expiresAt: string): Promise<void> {
	await db.updateTable('auth_sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
}

/** Ends one session. */
export async function remove(db: Db, id: string): Promise<void> {
	await db.deleteFrom('auth_sessions').where('id', '=', id).execute();
}

/** Ends every session of a user ("log out everywhere", password or role change). */
export async function removeForUser(scope: Scope, userId: string): Promise<number> {
	const result = await scope.db.deleteFrom('auth_sessions').where('gemeente_code', '=', scope.gemeente).where('user_id', '=', userId).executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** Deletes expired sessions; returns how many. */
export async function removeExpired(db: Db, at: string = now()): Promise<number> {
	const result = await db.deleteFrom('auth_sessions').where('expires_at', '<=', at).executeTakeFirst();
	return Number(result.numDeletedRows);
}
