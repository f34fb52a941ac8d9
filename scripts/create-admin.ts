// Starts a gemeente from nothing: registers it (CBS code and name) when it does not exist, and creates its
// first beheerder. Usage:
//   WIJKBEELD_ADMIN_PASSWORD='…' npm run admin:create -- --gemeente=GM0537 --gemeente-naam=Katwijk \
//     --email=beheer@katwijk.nl --naam="Naam" [--adres=wijkbeeld.katwijk.nl]
// Without WIJKBEELD_ADMIN_PASSWORD the password is read from standard input (one line). Without --gemeente,
// WIJKBEELD_GEMEENTE is used, else the only gemeente in the store. --adres is the host name a regional host
// serves this gemeente under (one database, several gemeenten); a single-gemeente install needs none.
import { createInterface } from 'node:readline/promises';
import { isEmailAddress } from '../src/lib/domain/email';
import { validateNewPassword } from '../src/lib/domain/passwords';
import { hashPassword } from '../src/lib/server/auth/passwords';
import { preferredGemeente, storeConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/client';
import * as gemeenten from '../src/lib/server/db/gemeenten';
import { createFirstBeheerder, ensureGemeente, SetupRefused } from '../src/lib/server/setup/gemeente';

const USAGE =
	'Usage: npm run admin:create -- --gemeente=GM0537 --gemeente-naam=Katwijk --email=<e-mail> --naam="<name>" [--adres=<host name>]';

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
		console.error(USAGE);
		return 2;
	}
	const password = await readPassword();
	const problem = validateNewPassword(password, password);
	if (problem) {
		console.error(`Password refused: ${problem}`);
		return 2;
	}
	const db = await openDatabase(storeConfig(process.env));
	try {
		const known = await gemeenten.list(db);
		const code = (option('gemeente') ?? preferredGemeente(process.env) ?? (known.length === 1 ? known[0]!.code : undefined))?.toUpperCase();
		if (!code) {
			console.error(known.length === 0 ? `Name the gemeente to create. ${USAGE}` : `The store holds ${known.length} gemeenten (${known.map((g) => g.code).join(', ')}): name one with --gemeente=.`);
			return 2;
		}
		const existing = known.find((g) => g.code === code);
		const gemeenteName = option('gemeente-naam') ?? existing?.name;
		if (!gemeenteName) {
			console.error(`Gemeente ${code} does not exist yet: give its name with --gemeente-naam=.`);
			return 2;
		}
		const created = await ensureGemeente(db, { code, name: gemeenteName, hostname: option('adres') ?? null });
		await createFirstBeheerder({ db, gemeente: code }, { name, email, passwordHash: await hashPassword(password) });
		console.log(`${created ? `Created gemeente ${gemeenteName} (${code}) and its` : `Created the`} beheerder ${email.toLowerCase()}. Sign in at /login.`);
		if (known.length > 0 && created && !option('adres')) {
			console.log('Note: this store now holds several gemeenten. Give each a host name (--adres=) so its address shows its own dashboard.');
		}
		return 0;
	} catch (error) {
		if (error instanceof SetupRefused) {
			console.error(error.message);
			return 1;
		}
		throw error;
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
