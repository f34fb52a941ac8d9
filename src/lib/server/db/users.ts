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

function select(scope: Scope) {
	return scope.db
		.selectFrom('users')
		.select(['id', 'name', 'email', 'role', 'organisation_id as organisationId', 'active'])
		.where('gemeente_code', '=', scope.gemeente);
}
const toUser = (row: Omit<User, 'active'> & { active: number }): User => ({ ...row, active: row.active === 1 });

/** A user by e-mail (case-insensitive) within the gemeente, or undefined. */
export async function getByEmail(scope: Scope, email: string): Promise<User | undefined> {
	const row = await select(scope).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
	return row && toUser(row);
}

/** A user by id within the gemeente, or undefined. */
export async function getById(scope: Scope, id: string): Promise<User | undefined> {
	const row = await select(scope).where('id', '=', id).executeTakeFirst();
	return row && toUser(row);
}

/** The stored password hash of an active user, for sign-in only; undefined when unknown or inactive. */
export async function getCredentials(scope: Scope, email: string): Promise<{ id: string; passwordHash: string | null } | undefined> {
	return scope.db
		.selectFrom('users')
		.select(['id', 'password_hash as passwordHash'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('email', '=', email.trim().toLowerCase())
		.where('active', '=', 1)
		.executeTakeFirst();
}

/** Every user of the gemeente, by name. */
export async function list(scope: Scope): Promise<User[]> {
	return (await select(scope).orderBy('name').orderBy('id').execute()).map(toUser);
}

/** Changes role and organisation. */
export async function setRole(scope: Scope, id: string, role: Role, organisationId: string | null): Promise<void> {
	await scope.db.updateTable('users').set({ role, organisation_id: organisationId }).where('gemeente_code', '=', scope.gemeente).where('id', '=', id).execute();
}

/** Activates or deactivates an account. */
export async function setActive(scope: Scope, id: string, active: boolean): Promise<void> {
	await scope.db.updateTable('users').set({ active: active ? 1 : 0 }).where('gemeente_code', '=', scope.gemeente).where('id', '=', id).execute();
}

/** Stores a new password hash. */
export async function setPasswordHash(scope: Scope, id: string, passwordHash: string): Promise<void> {
	await scope.db.updateTable('users').set({ password_hash: passwordHash }).where('gemeente_code', '=', scope.gemeente).where('id', '=', id).execute();
}

/** How many active users have `role`. */
export async function countActive(scope: Scope, role: Role): Promise<number> {
	const row = await scope.db
		.selectFrom('users')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('gemeente_code', '=', scope.gemeente)
		.where('role', '=', role)
		.where('active', '=', 1)
		.executeTakeFirst();
	return Number(row?.count ?? 0);
}
