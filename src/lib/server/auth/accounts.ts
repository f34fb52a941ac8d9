// Account management by the beheerder: invitations by one-time link, role changes, deactivation and
// password-reset links. Every change is audited; role and password changes end the user's sessions.
import { isEmailAddress } from '../../domain/email';
import { validateNewPassword } from '../../domain/passwords';
import { isOneOf, roles, type Role } from '../../domain/vocabulary';
import * as accountTokens from '../db/account-tokens';
import type { AccountToken, Purpose } from '../db/account-tokens';
import * as audit from '../db/audit';
import * as authSessions from '../db/auth-sessions';
import * as organisations from '../db/organisations';
import { lock } from '../db/locks';
import { inTransaction, type Scope } from '../db/scope';
import * as users from '../db/users';
import { hashPassword } from './passwords';
import { generateToken, hashToken } from './tokens';

const HOUR = 60 * 60 * 1000;
/** Longest name stored for an account. */
export const MAX_NAME_LENGTH = 120;
export const INVITATION_LIFETIME_MS = 7 * 24 * HOUR;
export const RESET_LIFETIME_MS = 24 * HOUR;

export type Result<T = void> = ({ ok: true } & (T extends void ? object : { value: T })) | { ok: false; message: string; status?: 404 | 410 };

interface Actor {
	id: string;
	ip?: string | null;
}

/**
 * Only an aanleveraar is bound to an organisation: an organisation also reads its own `intern` content, so
 * binding any other role to one would widen what that role may read.
 */
function organisationFor(role: unknown, organisationId: string | null): string | null {
	return role === 'aanleveraar' ? organisationId : null;
}

/** Checks role and organisation together: an aanleveraar belongs to exactly one welfare organisation. */
async function checkRole(scope: Scope, role: unknown, organisationId: string | null, keeping: string | null = null): Promise<string | null> {
	if (!isOneOf(roles, role)) return 'Kies een rol.';
	if (role === 'aanleveraar' && !organisationId) return 'Kies de organisatie waarvoor deze aanleveraar cijfers levert.';
	if (!organisationId) return null;
	const org = await organisations.get(scope, organisationId);
	if (!org) return 'Deze organisatie bestaat niet.';
	// Nobody joins an archived organisation; someone already in it may keep it.
	if (org.archivedAt && organisationId !== keeping) return `${org.name} is gearchiveerd. Kies een organisatie die nog aanlevert.`;
	return null;
}

/** Creates an invitation; returns the one-time token for the link (shown once, never stored). */
export async function invite(
	scope: Scope,
	actor: Actor,
	input: { email: string; role: unknown; organisationId: string | null },
	at = Date.now()
): Promise<Result<{ token: string; expiresAt: string }>> {
	const email = input.email.trim().toLowerCase();
	if (!isEmailAddress(email)) return { ok: false, message: 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl.' };
	const organisationId = organisationFor(input.role, input.organisationId);
	const roleProblem = await checkRole(scope, input.role, organisationId);
	if (roleProblem) return { ok: false, message: roleProblem };
	if (await users.getByEmail(scope, email)) return { ok: false, message: `Er is al een account voor ${email}.` };
	const token = generateToken();
	const expiresAt = new Date(at + INVITATION_LIFETIME_MS).toISOString();
	await accountTokens.create(scope, {
		id: hashToken(token),
		purpose: 'uitnodiging',
		userId: null,
		email,
		role: input.role as Role,
		organisationId,
		expiresAt,
		createdBy: actor.id
	});
	await audit.record(scope, { userId: actor.id, action: 'account.uitgenodigd', subject: email, detail: { role: input.role, organisationId }, ip: actor.ip });
	return { ok: true, value: { token, expiresAt } };
}

/** The link for `token` if it can still be used, or a message saying why not. */
export async function openLink(scope: Scope, token: string, purpose: Purpose, at = Date.now()): Promise<Result<AccountToken>> {
	const found = /^[a-z2-7]{32}$/.test(token) ? await accountTokens.get(scope, hashToken(token), purpose) : undefined;
	if (!found) return { ok: false, status: 404, message: 'Deze link is niet geldig. Vraag de beheerder om een nieuwe link.' };
	if (found.usedAt) return { ok: false, status: 410, message: 'Deze link is al gebruikt. Een link werkt maar één keer. Vraag de beheerder om een nieuwe link.' };
	if (Date.parse(found.expiresAt) <= at) return { ok: false, status: 410, message: 'Deze link is verlopen. Vraag de beheerder om een nieuwe link.' };
	return { ok: true, value: found };
}

/** Accepts an invitation: creates the account with the chosen name and password. Returns the new user id. */
export async function acceptInvitation(
	scope: Scope,
	token: string,
	input: { name: string; password: string; repeated: string; ip?: string | null },
	at = Date.now()
): Promise<Result<string>> {
	const link = await openLink(scope, token, 'uitnodiging', at);
	if (!link.ok) return link;
	const name = input.name.trim();
	if (name.length < 2) return { ok: false, message: 'Vul uw naam in.' };
	if (name.length > MAX_NAME_LENGTH) return { ok: false, message: `Uw naam mag hoogstens ${MAX_NAME_LENGTH} tekens hebben.` };
	const problem = validateNewPassword(input.password, input.repeated);
	if (problem) return { ok: false, message: problem };
	const passwordHash = await hashPassword(input.password);
	return inTransaction(scope.db, async (db) => {
		// Two open invitations for one address, accepted at once: the second hears it exists, not a 500.
		await lock(db, `account:${scope.gemeente}:${link.value.email}`);
		const inner = { ...scope, db };
		if (!(await accountTokens.markUsed(inner, link.value.id))) return { ok: false as const, message: 'Deze link is al gebruikt.' };
		if (await users.getByEmail(inner, link.value.email)) return { ok: false as const, message: `Er is al een account voor ${link.value.email}.` };
		const userId = await users.create(inner, { name, email: link.value.email, role: link.value.role!, organisationId: link.value.organisationId, passwordHash });
		await audit.record(inner, { userId, action: 'account.aangemaakt', subject: link.value.email, detail: { role: link.value.role }, ip: input.ip });
		return { ok: true as const, value: userId };
	});
}

/** Creates a password-reset link for a user; returns the one-time token. */
export async function issueReset(scope: Scope, actor: Actor, userId: string, at = Date.now()): Promise<Result<{ token: string; expiresAt: string; email: string }>> {
	const user = await users.getById(scope, userId);
	if (!user) return { ok: false, message: 'Dit account bestaat niet.' };
	if (!user.active) return { ok: false, message: 'Dit account staat uit. Zet het eerst aan.' };
	const token = generateToken();
	const expiresAt = new Date(at + RESET_LIFETIME_MS).toISOString();
	// Only the newest link works: an older one may have gone to the wrong place.
	await accountTokens.revokeForUser(scope, userId);
	await accountTokens.create(scope, { id: hashToken(token), purpose: 'wachtwoord', userId, email: user.email, role: null, organisationId: null, expiresAt, createdBy: actor.id });
	await audit.record(scope, { userId: actor.id, action: 'account.wachtwoordlink', subject: user.email, ip: actor.ip });
	return { ok: true, value: { token, expiresAt, email: user.email } };
}

/** Sets a new password through a reset link; ends every session of that user. */
export async function resetPassword(scope: Scope, token: string, input: { password: string; repeated: string; ip?: string | null }, at = Date.now()): Promise<Result> {
	const link = await openLink(scope, token, 'wachtwoord', at);
	if (!link.ok) return link;
	const problem = validateNewPassword(input.password, input.repeated);
	if (problem) return { ok: false, message: problem };
	const passwordHash = await hashPassword(input.password);
	return inTransaction(scope.db, async (db) => {
		const inner = { ...scope, db };
		if (!(await accountTokens.markUsed(inner, link.value.id))) return { ok: false as const, message: 'Deze link is al gebruikt.' };
		const user = await users.getById(inner, link.value.userId!);
		if (!user?.active) return { ok: false as const, message: 'Dit account staat uit. Vraag de beheerder om het aan te zetten.' };
		await users.setPasswordHash(inner, user.id, passwordHash);
		await authSessions.removeForUser(inner, user.id);
		await accountTokens.revokeForUser(inner, user.id);
		await audit.record(inner, { userId: link.value.userId, action: 'account.wachtwoord', subject: link.value.email, ip: input.ip });
		return { ok: true as const };
	});
}

/** Every change that can lower the number of active beheerders takes this lock first. */
const beheerderLock = (scope: Scope) => `beheerders:${scope.gemeente}`;

/** Changes a user's role (and organisation); ends their sessions so the new rights apply at once. */
export async function changeRole(scope: Scope, actor: Actor, userId: string, role: unknown, organisationId: string | null): Promise<Result> {
	const organisation = organisationFor(role, organisationId);
	const problem = await checkRole(scope, role, organisation, (await users.getById(scope, userId))?.organisationId ?? null);
	if (problem) return { ok: false, message: problem };
	// Count and change in one transaction under the gemeente's beheerder lock, so two beheerders who demote
	// each other at the same moment (on two app instances, on PostgreSQL) cannot leave none.
	return inTransaction(scope.db, async (db) => {
		await lock(db, beheerderLock(scope));
		const inner = { ...scope, db };
		const user = await users.getById(inner, userId);
		if (!user) return { ok: false as const, message: 'Dit account bestaat niet.' };
		if (user.role === 'beheerder' && role !== 'beheerder' && (await users.countActive(inner, 'beheerder')) <= 1) {
			return { ok: false as const, message: 'Dit is de laatste beheerder. Maak eerst iemand anders beheerder.' };
		}
		await users.setRole(inner, userId, role as Role, organisation);
		await authSessions.removeForUser(inner, userId);
		await accountTokens.revokeForUser(inner, userId);
		await audit.record(inner, { userId: actor.id, action: 'account.rol', subject: user.email, detail: { from: user.role, to: role, organisationId: organisation }, ip: actor.ip });
		return { ok: true as const };
	});
}

/** Deactivates or reactivates an account; deactivation ends its sessions. */
export async function setActive(scope: Scope, actor: Actor, userId: string, active: boolean): Promise<Result> {
	if (!active && userId === actor.id) return { ok: false, message: 'U kunt uw eigen account niet uitzetten.' };
	return inTransaction(scope.db, async (db) => {
		await lock(db, beheerderLock(scope));
		const inner = { ...scope, db };
		const user = await users.getById(inner, userId);
		if (!user) return { ok: false as const, message: 'Dit account bestaat niet.' };
		if (!active && user.role === 'beheerder' && (await users.countActive(inner, 'beheerder')) <= 1) {
			return { ok: false as const, message: 'Dit is de laatste beheerder. Maak eerst iemand anders beheerder.' };
		}
		await users.setActive(inner, userId, active);
		if (!active) {
			await authSessions.removeForUser(inner, userId);
			await accountTokens.revokeForUser(inner, userId);
		}
		await audit.record(inner, { userId: actor.id, action: active ? 'account.aangezet' : 'account.uitgezet', subject: user.email, ip: actor.ip });
		return { ok: true as const };
	});
}

/** Withdraws the open invitation for an e-mail address. */
export async function revokeInvitation(scope: Scope, actor: Actor, email: string): Promise<Result> {
	const count = await accountTokens.revokeInvitation(scope, email);
	if (count === 0) return { ok: false, message: 'Er is geen openstaande uitnodiging voor dit e-mailadres.' };
	await audit.record(scope, { userId: actor.id, action: 'account.uitnodiging-ingetrokken', subject: email.trim().toLowerCase(), ip: actor.ip });
	return { ok: true };
}
