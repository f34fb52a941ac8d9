// One-time links: invitations (create an account) and password resets. Only token hashes are stored.
import type { Role } from '../../domain/vocabulary';
import { now, type Scope } from './scope';

export type Purpose = 'uitnodiging' | 'wachtwoord';

export interface AccountToken {
	id: string;
	purpose: Purpose;
	userId: string | null;
	email: string;
	role: Role | null;
	organisationId: string | null;
	expiresAt: string;
	usedAt: string | null;
}

/** Stores a link under the hash of its token. */
export async function create(
	scope: Scope,
	token: { id: string; purpose: Purpose; userId: string | null; email: string; role: Role | null; organisationId: string | null; expiresAt: string; createdBy: string | null }
): Promise<void> {
	await scope.db
		.insertInto('account_tokens')
		.values({
			id: token.id,
			gemeente_code: scope.gemeente,
			purpose: token.purpose,
			user_id: token.userId,
			email: token.email.trim().toLowerCase(),
			role: token.role,
			organisation_id: token.organisationId,
			expires_at: token.expiresAt,
			used_at: null,
			created_by: token.createdBy,
			created_at: now()
		})
		.execute();
}

const columns = [
	'id',
	'purpose',
	'user_id as userId',
	'email',
	'role',
	'organisation_id as organisationId',
	'expires_at as expiresAt',
	'used_at as usedAt'
] as const;

/** A link by its hash and purpose, whatever its state (the caller says why it cannot be used). */
export async function get(scope: Scope, id: string, purpose: Purpose): Promise<AccountToken | undefined> {
	return scope.db
		.selectFrom('account_tokens')
		.select(columns)
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.where('purpose', '=', purpose)
		.executeTakeFirst();
}

/** Marks a link used, only if it still was unused; returns false when someone used it first. */
export async function markUsed(scope: Scope, id: string, at: string = now()): Promise<boolean> {
	const result = await scope.db
		.updateTable('account_tokens')
		.set({ used_at: at })
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Invitations not yet used or expired, newest first. */
export async function listOpenInvitations(scope: Scope, at: string = now()): Promise<AccountToken[]> {
	return scope.db
		.selectFrom('account_tokens')
		.select(columns)
		.where('gemeente_code', '=', scope.gemeente)
		.where('purpose', '=', 'uitnodiging')
		.where('used_at', 'is', null)
		.where('expires_at', '>', at)
		.orderBy('created_at', 'desc')
		.orderBy('id')
		.execute();
}

/** Cancels every unused link of a user (after a reset, a new reset link, a role change or deactivation). */
export async function revokeForUser(scope: Scope, userId: string, at: string = now()): Promise<void> {
	await scope.db
		.updateTable('account_tokens')
		.set({ used_at: at })
		.where('gemeente_code', '=', scope.gemeente)
		.where('user_id', '=', userId)
		.where('used_at', 'is', null)
		.execute();
}

/** Cancels the open invitation(s) for an e-mail address; returns how many. */
export async function revokeInvitation(scope: Scope, email: string, at: string = now()): Promise<number> {
	const result = await scope.db
		.updateTable('account_tokens')
		.set({ used_at: at })
		.where('gemeente_code', '=', scope.gemeente)
		.where('purpose', '=', 'uitnodiging')
		.where('email', '=', email.trim().toLowerCase())
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}
