// Signing in: one message for an unknown e-mail and a wrong password, throttling per account and per IP
// address (state in the store, counted before the password is checked), and an audit entry for every
// attempt. Passwords are never logged.
import { ACCOUNT_POLICY, IP_POLICY, lockedUntil, minutesLeft } from '../../domain/throttle';
import * as audit from '../db/audit';
import type { Scope } from '../db/scope';
import * as throttles from '../db/throttles';
import * as users from '../db/users';
import { decoyHash, verifyPassword } from './passwords';

export const WRONG_CREDENTIALS = 'Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.';

export type SignInResult = { ok: true; userId: string } | { ok: false; status: 400 | 429; message: string };

function lockedMessage(until: number, at: number): string {
	const minutes = minutesLeft(until, at);
	return `Te veel mislukte pogingen om in te loggen. Wacht ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} en probeer het dan opnieuw.`;
}

/** Checks e-mail and password; every attempt counts towards the throttle until one succeeds. */
export async function signIn(scope: Scope, input: { email: string; password: string; ip: string | null }, at = Date.now()): Promise<SignInResult> {
	// No address is longer than 254 characters; a longer one names no account and is not stored whole.
	const typed = input.email.trim().toLowerCase();
	const email = typed.slice(0, 254);
	const accountKey = `account:${email}`;
	const client = input.ip ?? 'onbekend';
	const ipKey = `ip:${input.ip ?? 'onbekend'}`;
	// A lock set before this attempt refuses it; the attempt itself is counted atomically first.
	const before = Math.max(lockedUntil(await throttles.get(scope, accountKey), at) ?? 0, lockedUntil(await throttles.get(scope, ipKey), at) ?? 0);
	if (before > 0) {
		// Blocked attempts repeat by the hundred while a lock holds: one entry per address per window says enough.
		await audit.recordLimited(scope, `geblokkeerd:${client}`, { userId: null, action: 'login.geblokkeerd', subject: email, ip: input.ip }, at, audit.ONCE_PER_WINDOW);
		return { ok: false, status: 429, message: lockedMessage(before, at) };
	}
	const account = await throttles.hit(scope, accountKey, at, ACCOUNT_POLICY);
	const ip = await throttles.hit(scope, ipKey, at, IP_POLICY);
	const overLimit = account.failures > ACCOUNT_POLICY.maxFailures || ip.failures > IP_POLICY.maxFailures;

	const credentials = email && typed.length <= 254 ? await users.getCredentials(scope, email) : undefined;
	const valid = await verifyPassword(credentials?.passwordHash ?? (await decoyHash()), input.password);
	if (credentials?.passwordHash && valid && !overLimit) {
		await throttles.clear(scope, accountKey);
		await throttles.forgive(scope, ipKey, IP_POLICY);
		await audit.record(scope, { userId: credentials.id, action: 'login', subject: email, ip: input.ip });
		return { ok: true, userId: credentials.id };
	}
	// The actor of a failed attempt is unknown: the subject says which account was tried.
	await audit.recordLimited(scope, client, { userId: null, action: 'login.mislukt', subject: email, ip: input.ip }, at);
	const nowLocked = Math.max(account.lockedUntil, ip.lockedUntil);
	return nowLocked > at ? { ok: false, status: 429, message: lockedMessage(nowLocked, at) } : { ok: false, status: 400, message: WRONG_CREDENTIALS };
}
