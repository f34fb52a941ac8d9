// The gemeente's wijken and buurten: imported from a CBS/PDOK GeoJSON file, checked and shown as a preview
// (kept in the store until saved), then saved as a publication. A re-import that drops or redraws an area
// archives the old code with the areas that now cover it, so its figures stay readable.
import { planAreaChanges, type AreaChangePlan, type ExistingArea } from '../../domain/area-changes';
import { importAreas, type ImportedArea } from '../../domain/geo-import';
import type { AreaGeometry } from '../../domain/geo-simplify';
import * as areas from '../db/areas';
import * as dependents from '../db/dependents';
import { inTransaction, newId, now, type Scope } from '../db/scope';
import { publishChange } from '../publish/publication';
import { recordChange, refusable, Refused, type Actor, type SetupResult } from './record';

export interface AreaPreview {
	id: string;
	fileName: string;
	areas: ImportedArea[];
	plan: AreaChangePlan;
	crs: 'RD' | 'WGS84';
	bytesBefore: number;
	bytesAfter: number;
	otherGemeenten: number;
	notices: string[];
}

type Stored = Omit<AreaPreview, 'id' | 'plan'>;

async function existingAreas(scope: Scope): Promise<ExistingArea[]> {
	const [list, geometries] = await Promise.all([areas.listAll(scope), areas.listAllGeometries(scope)]);
	return list.map((a) => ({ code: a.code, name: a.name, level: a.level, geometry: (geometries.get(a.code) as AreaGeometry | undefined) ?? null, archived: a.archivedAt !== null }));
}

/** Checks a GeoJSON file and keeps it as a preview for `actor`; problems (Dutch) when it cannot be used. */
export async function preview(scope: Scope, actor: Actor, text: string, fileName: string, maxBytes: number): Promise<{ ok: true; value: AreaPreview } | { ok: false; problems: string[] }> {
	const result = importAreas(text, scope.gemeente, { maxBytes });
	if (!result.ok) return { ok: false, problems: result.problems };
	// A buurt needs its wijk: in the file, or already stored and current.
	const known = new Set([scope.gemeente, ...result.areas.map((a) => a.code), ...(await areas.listAll(scope)).filter((a) => !a.archivedAt).map((a) => a.code)]);
	const orphans = result.areas.filter((a) => !known.has(a.parentCode));
	if (orphans.length > 0) {
		const example = orphans[0]!;
		return {
			ok: false,
			problems: [
				`${orphans.length === 1 ? `Buurt ${example.code} hoort` : `${orphans.length} buurten (zoals ${example.code}) horen`} bij wijk ${example.parentCode}, maar die wijk staat niet in het bestand en ook niet in Wijkbeeld. Lees een bestand in met de wijken én de buurten.`
			]
		};
	}
	const stored: Stored = { fileName, areas: result.areas, crs: result.crs, bytesBefore: result.bytesBefore, bytesAfter: result.bytesAfter, otherGemeenten: result.otherGemeenten, notices: result.notices };
	const id = newId();
	await inTransaction(scope.db, async (db) => {
		// One preview per person: a new upload replaces the previous one.
		await db.deleteFrom('pending_imports').where('gemeente_code', '=', scope.gemeente).where('kind', '=', 'gebieden').where('created_by', '=', actor.id).execute();
		await db.insertInto('pending_imports').values({ id, gemeente_code: scope.gemeente, kind: 'gebieden', created_by: actor.id, created_at: now(), payload: JSON.stringify(stored) }).execute();
	});
	return { ok: true, value: { id, ...stored, plan: planAreaChanges(await existingAreas(scope), result.areas) } };
}

async function readPreview(scope: Scope, actor: Actor, id: string): Promise<Stored | undefined> {
	const row = await scope.db
		.selectFrom('pending_imports')
		.select('payload')
		.where('id', '=', id)
		.where('gemeente_code', '=', scope.gemeente)
		.where('kind', '=', 'gebieden')
		.where('created_by', '=', actor.id)
		.executeTakeFirst();
	return row ? (JSON.parse(row.payload) as Stored) : undefined;
}

/** The preview `id` of `actor`, with its plan against the areas as they are now; undefined when gone. */
export async function getPreview(scope: Scope, actor: Actor, id: string): Promise<AreaPreview | undefined> {
	const stored = await readPreview(scope, actor, id);
	return stored && { id, ...stored, plan: planAreaChanges(await existingAreas(scope), stored.areas) };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Saves preview `id`: new and changed areas written, dropped ones archived with their successors (and the
 * assignments on them stopped: nobody can deliver for an area that is gone), all as one publication.
 */
export async function apply(scope: Scope, actor: Actor, id: string): Promise<SetupResult<AreaChangePlan>> {
	const pending = await readPreview(scope, actor, id);
	if (!pending) return { ok: false, message: 'Deze voorvertoning is er niet meer: hij is al opgeslagen of vervangen. Lees het bestand opnieuw in.' };
	const { result, publication } = await publishChange(scope, { kind: 'herberekening', summary: `Gebiedsindeling ingelezen uit ${pending.fileName}`, by: actor.id }, async (tx) => {
		// The preview is used once: a second click or another tab finds it gone.
		const deleted = await tx.db.deleteFrom('pending_imports').where('id', '=', id).where('gemeente_code', '=', scope.gemeente).executeTakeFirst();
		if (Number(deleted.numDeletedRows) === 0) throw new Refused('Deze voorvertoning is al opgeslagen. Er is niets dubbel gedaan.');
		// Planned under the lock, against what is stored now.
		const plan = planAreaChanges(await existingAreas(tx), pending.areas);
		for (const area of pending.areas) {
			await areas.upsert(tx, { code: area.code, name: area.name, level: area.level, parentCode: area.parentCode, population: area.population, geometry: area.geometry });
		}
		const at = now();
		for (const gone of plan.removed) {
			await areas.archive(tx, gone.code, gone.successors.map((s) => ({ code: s.code, share: s.share })), at);
			await tx.db.deleteFrom('organisation_assignments').where('gemeente_code', '=', scope.gemeente).where('area_code', '=', gone.code).execute();
		}
		await recordChange(tx, actor, 'gebieden.import', pending.fileName, null, {
			nieuw: plan.added.map((a) => a.code),
			hernoemd: plan.renamed.map((r) => `${r.code}: ${r.from} → ${r.to}`),
			nieuwe_grens: plan.reshaped.map((r) => r.code),
			vervallen: plan.removed.map((r) => r.code)
		});
		return plan;
	}).catch((error: unknown) => {
		if (error instanceof Refused) return { result: null, publication: null };
		throw error;
	});
	if (!result || !publication) return { ok: false, message: 'Deze voorvertoning is al opgeslagen. Er is niets dubbel gedaan.' };
	const what = [count(result.added.length, 'nieuw gebied', 'nieuwe gebieden'), `${result.renamed.length} hernoemd`, `${result.reshaped.length} met een nieuwe grens`, `${result.removed.length} vervallen`].join(', ');
	return { ok: true, value: result, message: `De gebieden zijn opgeslagen en gepubliceerd als versie ${publication.version}: ${what}.` };
}

/** Sets inhabitants per area (per-1,000 figures and the city line use them), as a publication. */
export async function setPopulations(scope: Scope, actor: Actor, values: { code: string; population: number | null }[]): Promise<SetupResult<number>> {
	const before = new Map((await areas.listAll(scope)).map((a) => [a.code, a.population]));
	const city = await areas.get(scope, scope.gemeente);
	if (city) before.set(city.code, city.population);
	const changed = values.filter((v) => before.has(v.code) && before.get(v.code) !== v.population);
	if (values.some((v) => !before.has(v.code))) return { ok: false, message: 'Een gebied bestaat niet (meer). Laad de pagina opnieuw.' };
	if (changed.length === 0) return { ok: true, value: 0, message: 'Er was niets veranderd.' };
	const { publication } = await publishChange(scope, { kind: 'herberekening', summary: `Inwoners bijgewerkt voor ${count(changed.length, 'gebied', 'gebieden')}`, by: actor.id }, async (tx) => {
		for (const v of changed) await areas.setPopulation(tx, v.code, v.population);
		await recordChange(
			tx,
			actor,
			'gebied.inwoners',
			count(changed.length, 'gebied', 'gebieden'),
			Object.fromEntries(changed.map((v) => [v.code, before.get(v.code) ?? null])),
			Object.fromEntries(changed.map((v) => [v.code, v.population]))
		);
	});
	return { ok: true, value: changed.length, message: `Inwoners opgeslagen voor ${count(changed.length, 'gebied', 'gebieden')} en gepubliceerd als versie ${publication.version}.` };
}

/** Deletes an area nothing refers to (a buurt imported by mistake); otherwise refuses and says what depends on it. */
export async function remove(scope: Scope, actor: Actor, code: string): Promise<SetupResult> {
	const area = await areas.get(scope, code);
	if (!area || area.level === 'gemeente') return { ok: false, message: 'Dit gebied bestaat niet (meer).' };
	return refusable(async () => {
		await publishChange(scope, { kind: 'herberekening', summary: `Gebied ${area.name} verwijderd`, by: actor.id }, async (tx) => {
			const found = await dependents.list(tx, 'area', code);
			if (found.length > 0) throw new Refused(`${area.name} kan niet weg: er hoort nog iets bij (${dependents.describe(found)}).`);
			await areas.remove(tx, code);
			await recordChange(tx, actor, 'gebied.verwijderd', `${code} ${area.name}`, { name: area.name, level: area.level }, null);
		});
		return { ok: true, value: undefined, message: `${area.name} is verwijderd.` };
	});
}
