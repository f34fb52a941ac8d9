// Creates the first beheerder of a gemeente on a database without one.
// Usage: WIJKBEELD_ADMIN_PASSWORD='…' npm run admin:create -- --email=beheer@gemeente.nl --naam="Naam" [--gemeente-naam=Leiden]
//   Without WIJKBEELD_ADMIN_PASSWORD the password is read from standard input (one line).
// The gemeente is WIJKBEELD_GEMEENTE (default GM0546); it is registered when the database is empty.
import { createInterface } from 'node:readline/promises';
import { validateNewPassword } from '../src/lib/domain/passwords';
import { hashPassword } from '../src/lib/server/auth/passwords';
import { defaultGemeente, storeConfig } from '../src/lib/server/config';
import * as audit from '../src/lib/server/db/audit';
import { openDatabase } from '../src/lib/server/db/client';
import * as gemeenten from '../src/lib/server/db/gemeenten';
import * as users from '../src/lib/server/db/users';
import { isEmailAddress } from '../src/lib/domain/email';

function option(name: string): string | undefined {
	const prefix = `--${name}=`;
	return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length).trim();
}

async function readPassword(): Promise<string> {
	if (process.env.WIJKBEELD_ADMIN_PASSWORD) return process.env.WIJKBEELD_ADMIN_PASSWORD;
	const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
	process.stderr.write('Password for the new beheerder (at least 12 characters): ');
	const line = (await rl[Symbol.asyncIterator]().next()).value ?? '';
	rl.close();
	return String(line);
}

async function main(): Promise<number> {
	const email = option('email');
	const name = option('naam');
	if (!email || !isEmailAddress(email) || !name) {
		console.error('Usage: npm run admin:create -- --email=<e-mail> --naam="<name>" [--gemeente-naam=<name>]');
		return 2;
	}
	const password = await readPassword();
	const problem = validateNewPassword(password, password);
	if (problem) {
		console.error(`Password refused: ${problem}`);
		return 2;
	}
	const gemeente = defaultGemeente(process.env);
	const db = await openDatabase(storeConfig(process.env));
	try {
		const scope = { db, gemeente };
		if (!(await gemeenten.get(db, gemeente))) await gemeenten.ensure(db, gemeente, option('gemeente-naam') ?? gemeente);
		if ((await users.countActive(scope, 'beheerder')) > 0) {
			console.error(`Gemeente ${gemeente} already has a beheerder; invite further users from /beheer instead.`);
			return 1;
		}
		if (await users.getByEmail(scope, email)) {
			console.error(`There is already an account for ${email}.`);
			return 1;
		}
		const id = await users.create(scope, { name, email, role: 'beheerder', organisationId: null, passwordHash: await hashPassword(password) });
		await audit.record(scope, { userId: id, action: 'account.eerste-beheerder', subject: email.toLowerCase() });
		console.log(`Created beheerder ${email} for ${gemeente}. Sign in at /login.`);
		return 0;
	} finally {
		await db.destroy();
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(`Creating the beheerder failed: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
);
