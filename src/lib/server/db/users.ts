import type { Role } from '../../domain/vocabulary';
import { newId, now, type Scope } from './scope';

export interface User {
	id: string;
	name: string;
	email: string;
	role: Role;
	organisationId: string | null;
	active: boolean;
}

/** Adds a user; e-mail is stored lower-case and unique per gemeente. Returns the id. */
export async function create(
	scope: Scope,
	user: { id?: string; name: string; email: string; role: Role; organisationId: string | null; passwordHash?: string | null }
): Promise<string> {
	const id = user.id ?? newId();
	await scope.db
		.insertInto('users')
		.values({
			id,
			gemeente_code: scope.gemeente,
			name: user.name,
			email: user.email.trim().toLowerCase(),
			role: user.role,
			organisation_id: user.organisationId,
			password_hash: user.passwordHash ?? null,
			active: 1,
			created_at: now()
		})
		.execute();
	return id;
}

/** A user by e-mail (case-insensitive) within the gemeente, or undefined. */
export async function getByEmail(scope: Scope, email: string): Promise<User | undefined> {
	const row = await scope.db
		.selectFrom('users')
		.select(['id', 'name', 'email', 'role', 'organisation_id as organisationId', 'active'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('email', '=', email.trim().toLowerCase())
		.executeTakeFirst();
	return row ? { ...row, active: row.active === 1 } : undefined;
}
