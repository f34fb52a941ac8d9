// Sign-in sessions: a random token in an HttpOnly cookie, its SHA-256 in the store, sliding expiry.
import type { Cookies } from '@sveltejs/kit';
import * as authSessions from '../db/auth-sessions';
import type { SessionUser } from '../db/auth-sessions';
import type { Db } from '../db/client';
import type { Scope } from '../db/scope';
import { generateToken, hashToken } from './tokens';

export const SESSION_COOKIE = 'wijkbeeld_sessie';
const DAY = 24 * 60 * 60 * 1000;
/** A session lives 30 days from its last use. */
export const SESSION_LIFETIME_MS = 30 * DAY;
/** It is extended when less than 15 days are left, so most requests do not write. */
const RENEW_BEFORE_MS = 15 * DAY;

/** Starts a session for a user; returns the token for the cookie and when it expires. */
export async function start(scope: Scope, userId: string, at = Date.now()): Promise<{ token: string; expiresAt: Date }> {
	const token = generateToken();
	const expiresAt = new Date(at + SESSION_LIFETIME_MS);
	await authSessions.create(scope, { id: hashToken(token), userId, expiresAt: expiresAt.toISOString() });
	return { token, expiresAt };
}

/**
 * Checks a cookie's token: the session with its user, or null for an unknown, expired, tampered or
 * other-gemeente token or an inactive user. Extends the session when it is past half its life.
 */
export async function validate(db: Db, gemeente: string, token: string, at = Date.now(), mayRenew = true): Promise<(SessionUser & { renewed: Date | null }) | null> {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const found = await authSessions.getWithUser(db, hashToken(token), new Date(at).toISOString());
	if (!found || found.user.gemeente !== gemeente) return null;
	if (mayRenew && Date.parse(found.expiresAt) - at < RENEW_BEFORE_MS) {
		const renewed = new Date(at + SESSION_LIFETIME_MS);
		await authSessions.extend(db, found.sessionId, renewed.toISOString());
		return { ...found, expiresAt: renewed.toISOString(), renewed };
	}
	return { ...found, renewed: null };
}

/** Ends the session of a cookie's token. */
export async function end(db: Db, token: string): Promise<void> {
	await authSessions.remove(db, hashToken(token));
}

/** Writes the session cookie: HttpOnly, SameSite=Lax, Secure except on plain-http localhost. */
export function setCookie(cookies: Cookies, token: string, expiresAt: Date, secure: boolean): void {
	cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
}

/** Removes the session cookie. */
export function clearCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** Cookies are Secure everywhere but on http://localhost (development and the demo). */
export function isSecureOrigin(url: URL): boolean {
	return url.protocol === 'https:' || !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
