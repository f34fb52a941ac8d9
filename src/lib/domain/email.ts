/** E-mail addresses as accounts use them: checked in linear time (no backtracking regular expression), at most 254 characters. */

/** The longest address SMTP allows (RFC 5321); longer input is refused before anything else looks at it. */
export const MAX_EMAIL_LENGTH = 254;

/**
 * True for `local@domain.tld`: one @, no spaces or control characters, a non-empty local part, and a
 * domain with a dot that neither starts nor ends it. One pass over the characters.
 */
export function isEmailAddress(text: string): boolean {
	if (text.length === 0 || text.length > MAX_EMAIL_LENGTH) return false;
	let at = -1;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code <= 0x20 || code === 0x7f) return false;
		if (code === 0x40) {
			if (at !== -1) return false;
			at = i;
		}
	}
	if (at <= 0) return false;
	const domain = text.slice(at + 1);
	const dot = domain.lastIndexOf('.');
	return dot > 0 && dot < domain.length - 1 && !domain.startsWith('.') && !domain.includes('..');
}
