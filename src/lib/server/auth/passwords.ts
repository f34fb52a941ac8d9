// Password hashing with argon2id (OWASP's minimum: 19 MiB memory, 2 iterations, 1 lane).
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

/** The argon2id hash of a password (algorithm 2 = argon2id), with its own salt and parameters. */
export function hashPassword(password: string): Promise<string> {
	return hash(password, { ...OPTIONS, algorithm: 2 });
}

/** True when `password` matches `stored`; false for a malformed hash instead of throwing. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
	try {
		return await verify(stored, password);
	} catch {
		return false;
	}
}

/**
 * A hash to verify against when the e-mail is unknown, so a failed sign-in takes as long either way
 * and does not tell whether an account exists.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
	decoy ??= hashPassword(`decoy-${crypto.randomUUID()}`);
	return decoy;
}
