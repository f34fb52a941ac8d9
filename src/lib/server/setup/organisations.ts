// Organisations and what each delivers for which areas from which period: the base of delivery templates
// and "what is expected this quarter". A rename is a publication (the name is part of each published cell).
import { validateAssignment, validateOrganisation } from '../../domain/setup-input';
import * as areas from '../db/areas';
import * as deliveries from '../db/deliveries';
import * as dependents from '../db/dependents';
import * as indicators from '../db/indicators';
import * as organisations from '../db/organisations';
import { lock } from '../db/locks';
import { inTransaction, now, type Scope } from '../db/scope';
import { publishChange } from '../publish/publication';
import { recordChange, refusable, Refused, type Actor, type SetupResult } from './record';

type Fields = Record<string, string | undefined>;

/** Refuses a name another organisation of the gemeente has (names are unique per gemeente). */
async function requireFreeName(tx: Scope, name: string, ownId: string | null): Promise<void> {
	await lock(tx.db, `organisations:${tx.gemeente}`);
	const taken = (await organisations.list(tx)).find((o) => o.name.toLowerCase() === name.toLowerCase() && o.id !== ownId);
	if (taken) throw new Refused(`Er is al een organisatie met de naam ${taken.name}. Kies een andere naam.`, 'naam');
}

/** Adds an organisation; returns its id. */
export async function create(scope: Scope, actor: Actor, fields: Fields): Promise<SetupResult<string>> {
	const input = validateOrganisation(fields);
	if (!input.ok) return { ok: false, message: 'Controleer de velden.', issues: input.issues };
	return refusable(() =>
		inTransaction(scope.db, async (db) => {
			const tx = { db, gemeente: scope.gemeente };
			await requireFreeName(tx, input.value.name, null);
			const id = await organisations.create(tx, input.value);
			await recordChange(tx, actor, 'organisatie.aangemaakt', input.value.name, null, input.value);
			return { ok: true as const, value: id, message: `${input.value.name} is toegevoegd.` };
		})
	);
}

/** Renames an organisation or changes its type; a rename of one with published figures is published. */
export async function update(scope: Scope, actor: Actor, id: string, fields: Fields): Promise<SetupResult> {
	const input = validateOrganisation(fields);
	if (!input.ok) return { ok: false, message: 'Controleer de velden.', issues: input.issues };
	const before = await organisations.get(scope, id);
	if (!before) return { ok: false, message: 'Deze organisatie bestaat niet (meer).' };
	const change = async (tx: Scope) => {
		await requireFreeName(tx, input.value.name, id);
		await organisations.update(tx, { id, ...input.value });
		await recordChange(tx, actor, 'organisatie.gewijzigd', input.value.name, { name: before.name, type: before.type }, input.value);
	};
	return refusable(async () => {
		// The name is part of every published cell of the organisation: a rename is a publication, and the
		// groups are found under its lock, so a delivery published meanwhile gets the new name too.
		if (before.name !== input.value.name) {
			await publishChange(scope, { kind: 'herberekening', summary: `Organisatie hernoemd: ${before.name} → ${input.value.name}`, by: actor.id, groups: (tx) => deliveries.groupsOfOrganisation(tx, id) }, change);
		} else {
			await inTransaction(scope.db, (db) => change({ db, gemeente: scope.gemeente }));
		}
		return { ok: true, value: undefined, message: 'De organisatie is bijgewerkt.' };
	});
}

/** Archives an organisation (it delivers nothing new, its history stays) or takes it back into use. */
export async function setArchived(scope: Scope, actor: Actor, id: string, archived: boolean): Promise<SetupResult> {
	const org = await organisations.get(scope, id);
	if (!org) return { ok: false, message: 'Deze organisatie bestaat niet (meer).' };
	await inTransaction(scope.db, async (db) => {
		const tx = { db, gemeente: scope.gemeente };
		await organisations.setArchived(tx, id, archived ? now() : null);
		await recordChange(tx, actor, archived ? 'organisatie.gearchiveerd' : 'organisatie.teruggezet', org.name, { gearchiveerd: org.archivedAt !== null }, { gearchiveerd: archived });
	});
	return { ok: true, value: undefined, message: archived ? `${org.name} is gearchiveerd. Eerdere aanleveringen blijven zichtbaar.` : `${org.name} is weer in gebruik.` };
}

/** Deletes an organisation nothing refers to; otherwise refuses and says what depends on it. */
export async function remove(scope: Scope, actor: Actor, id: string): Promise<SetupResult> {
	const org = await organisations.get(scope, id);
	if (!org) return { ok: false, message: 'Deze organisatie bestaat niet (meer).' };
	return inTransaction(scope.db, async (db) => {
		const tx = { db, gemeente: scope.gemeente };
		const found = await dependents.list(tx, 'organisation', id);
		if (found.length > 0) {
			return { ok: false as const, message: `${org.name} kan niet weg: er hoort nog iets bij (${dependents.describe(found)}). Archiveer de organisatie als zij niets meer aanlevert.` };
		}
		await organisations.remove(tx, id);
		await recordChange(tx, actor, 'organisatie.verwijderd', org.name, { name: org.name, type: org.type }, null);
		return { ok: true as const, value: undefined, message: `${org.name} is verwijderd.` };
	});
}

/** Adds (or moves the start of) assignments: each chosen indicator for each chosen area, from a period. */
export async function assign(scope: Scope, actor: Actor, id: string, input: { indicators: string[]; areas: string[]; from: string }): Promise<SetupResult> {
	const org = await organisations.get(scope, id);
	if (!org) return { ok: false, message: 'Deze organisatie bestaat niet (meer).' };
	if (org.archivedAt) return { ok: false, message: 'Deze organisatie is gearchiveerd. Kies eerst ‘Weer in gebruik nemen’.' };
	const [current, areaList, city] = await Promise.all([indicators.listCurrent(scope), areas.listAll(scope), areas.get(scope, scope.gemeente)]);
	const known = {
		indicators: new Set(current.map((i) => i.code)),
		areas: new Set([...(city ? [city.code] : []), ...areaList.filter((a) => !a.archivedAt).map((a) => a.code)])
	};
	const valid = validateAssignment(input, known);
	if (!valid.ok) return { ok: false, message: 'Controleer de keuzes.', issues: valid.issues };
	await inTransaction(scope.db, async (db) => {
		const tx = { db, gemeente: scope.gemeente };
		await organisations.assign(tx, id, valid.value.indicators, valid.value.areas, valid.value.validFrom);
		await recordChange(tx, actor, 'organisatie.toewijzing', org.name, null, { indicatoren: valid.value.indicators, gebieden: valid.value.areas, vanaf: valid.value.validFrom });
	});
	const n = valid.value.indicators.length * valid.value.areas.length;
	return { ok: true, value: undefined, message: `${n} ${n === 1 ? 'toewijzing is' : 'toewijzingen zijn'} opgeslagen.` };
}

/** Stops assignments: the organisation no longer delivers these indicators (earlier deliveries stay). */
export async function unassign(scope: Scope, actor: Actor, id: string, indicatorCodes: string[]): Promise<SetupResult> {
	const org = await organisations.get(scope, id);
	if (!org) return { ok: false, message: 'Deze organisatie bestaat niet (meer).' };
	if (indicatorCodes.length === 0) return { ok: false, message: 'Kies welke indicator de organisatie niet meer aanlevert.' };
	await inTransaction(scope.db, async (db) => {
		const tx = { db, gemeente: scope.gemeente };
		await organisations.unassign(tx, id, indicatorCodes);
		await recordChange(tx, actor, 'organisatie.toewijzing', org.name, { indicatoren: indicatorCodes }, null);
	});
	return { ok: true, value: undefined, message: 'De toewijzing is gestopt.' };
}
