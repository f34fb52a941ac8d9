// Random tokens for session cookies and one-time links. Only their SHA-256 goes into the store, so a
// leaked database does not give anyone a working session or link.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** A new token: 20 random bytes (160 bits), base32, safe in cookies and URLs. */
export function generateToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored form of a token: SHA-256 as lower-case hex. */
export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
