/** Rules for passwords people choose. */

export const MIN_PASSWORD_LENGTH = 12;

/** Checks a new password and its repetition; returns a Dutch message or null when fine. */
export function validateNewPassword(password: string, repeated: string): string | null {
	if (password.length < MIN_PASSWORD_LENGTH) return `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`;
	if (password.length > 256) return 'Kies een wachtwoord van hoogstens 256 tekens.';
	if (password !== repeated) return 'De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.';
	return null;
}
