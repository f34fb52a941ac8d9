// Starting from nothing: a gemeente (tenant) with its gemeente-level area and its first beheerder, as one
// transaction. Used by `npm run admin:create` and by the demo seed, so the demo is set up the way a real
// municipality is.
import { isGemeenteCode } from '../config';
import * as audit from '../db/audit';
import type { Db } from '../db/client';
import * as gemeenten from '../db/gemeenten';
import { lock } from '../db/locks';
import { inTransaction, now, type Scope } from '../db/scope';
import * as users from '../db/users';

export interface NewGemeente {
	/** CBS code, GM and four digits. */
	code: string;
	name: string;
	/** Host name to serve it under when one deployment serves several gemeenten. */
	hostname?: string | null;
	/** Whether visitors may read it without signing in; a new gemeente starts closed until its beheerder opens it. */
	publicDashboard?: boolean;
}

/** Why a gemeente or its first beheerder cannot be created; the message is for the operator. */
export class SetupRefused extends Error {}

/** A host name as browsers send it: letters, digits, dots and dashes, no port. */
export function isHostname(value: string): boolean {
	return value.length <= 253 && /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(value);
}

/** Registers the gemeente and its gemeente-level area when it does not exist; returns whether it was new. */
export async function ensureGemeente(db: Db, gemeente: NewGemeente): Promise<boolean> {
	const code = gemeente.code.trim().toUpperCase();
	const name = gemeente.name.trim();
	if (!isGemeenteCode(code)) throw new SetupRefused(`"${gemeente.code}" is not a CBS gemeente code (GM followed by four digits, e.g. GM0546).`);
	if (!name || name.length > 80) throw new SetupRefused('The gemeente needs a name of at most 80 characters.');
	const hostname = gemeente.hostname?.trim().toLowerCase() || null;
	if (hostname && !isHostname(hostname)) throw new SetupRefused(`"${gemeente.hostname}" is not a host name (e.g. wijkbeeld.katwijk.nl, without https:// or a port).`);
	return inTransaction(db, async (trx) => {
		await lock(trx, `gemeente:${code}`);
		const existing = await gemeenten.get(trx, code);
		if (hostname) {
			const other = (await gemeenten.list(trx)).find((g) => g.hostname === hostname && g.code !== code);
			if (other) throw new SetupRefused(`Host name ${hostname} is already used by ${other.name} (${other.code}).`);
		}
		if (existing) {
			if (hostname && existing.hostname !== hostname) await gemeenten.setHostname(trx, code, hostname);
			return false;
		}
		await gemeenten.ensure(trx, code, name, gemeente.publicDashboard ?? false);
		if (hostname) await gemeenten.setHostname(trx, code, hostname);
		await trx
			.insertInto('areas')
			.values({ gemeente_code: code, code, name, level: 'gemeente', parent_code: null, geometry: null, population: null, archived_at: null, successors: null })
			.execute();
		return true;
	});
}

/**
 * Creates the gemeente's first beheerder. Refused when the gemeente already has an active beheerder (the
 * next ones are invited from /beheer) or the e-mail address is taken; under the beheerders lock, so two
 * runs at once cannot both succeed.
 */
export async function createFirstBeheerder(scope: Scope, account: { name: string; email: string; passwordHash: string }): Promise<string> {
	return inTransaction(scope.db, async (db) => {
		const tx = { db, gemeente: scope.gemeente };
		await lock(db, `beheerders:${scope.gemeente}`);
		if ((await users.countActive(tx, 'beheerder')) > 0) throw new SetupRefused(`Gemeente ${scope.gemeente} already has a beheerder; invite further users from /beheer instead.`);
		if (await users.getByEmail(tx, account.email)) throw new SetupRefused(`There is already an account for ${account.email.trim().toLowerCase()} in ${scope.gemeente}.`);
		const id = await users.create(tx, { name: account.name.trim(), email: account.email, role: 'beheerder', organisationId: null, passwordHash: account.passwordHash });
		await audit.record(tx, { userId: id, action: 'account.eerste-beheerder', subject: account.email.trim().toLowerCase(), detail: { at: now() } });
		return id;
	});
}
