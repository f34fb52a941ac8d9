// The gemeente's wijken and buurten: imported from a CBS/PDOK GeoJSON file, checked and shown as a preview
// (kept in the store until saved), then saved as a publication. A re-import that drops or redraws an area
// archives the old code with the areas that now cover it, so its figures stay readable.
import { planAreaChanges, type AreaChangePlan, type ExistingArea } from '../../domain/area-changes';
import { importAreas, type ImportedArea } from '../../domain/geo-import';
import type { AreaGeometry } from '../../domain/geo-simplify';
import * as areas from '../db/areas';
import * as dependents from '../db/dependents';
import { lock } from '../db/locks';
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
	const stored: Stored = { fileName, areas: result.areas, crs: result.crs, bytesBefore: result.bytesBefore, bytesAfter: result.bytesAfter, otherGemeenten: result.otherGemeenten, notices: result.notices };
	const id = newId();
	await inTransaction(scope.db, async (db) => {
		// One preview per person: a new upload replaces the previous one.
		await db.deleteFrom('pending_imports').where('gemeente_code', '=', scope.gemeente).where('kind', '=', 'gebieden').where('created_by', '=', actor.id).execute();
		await db.insertInto('pending_imports').values({ id, gemeente_code: scope.gemeente, kind: 'gebieden', created_by: actor.id, created_at: now(), payload: JSON.stringify(stored) }).execute();
	});
	return { ok: true, value: { id, ...stored, plan: planAreaChanges(await existingAreas(scope), result.areas) } };
}

/** The preview `id` of `actor`, with its plan against the areas as they are now; undefined when gone. */
export async function getPreview(scope: Scope, actor: Actor, id: string): Promise<AreaPreview | undefined> {
	const row = await scope.db
		.selectFrom('pending_imports')
		.select('payload')
		.where('id', '=', id)
		.where('gemeente_code', '=', scope.gemeente)
		.where('kind', '=', 'gebieden')
		.where('created_by', '=', actor.id)
		.executeTakeFirst();
	if (!row) return undefined;
	const stored = JSON.parse(row.payload) as Stored;
	return { id, ...stored, plan: planAreaChanges(await existingAreas(scope), stored.areas) };
}

/** Saves preview `id`: new and changed areas written, dropped ones archived with their successors, published. */
export async function apply(scope: Scope, actor: Actor, id: string): Promise<SetupResult<AreaChangePlan>> {
	const pending = await getPreview(scope, actor, id);
	if (!pending) return { ok: false, message: 'Deze voorvertoning is er niet meer: hij is al opgeslagen of vervangen. Lees het bestand opnieuw in.' };
	const { plan } = pending;
	const summary = `Gebiedsindeling ingelezen: ${plan.added.length} nieuw, ${plan.renamed.length} hernoemd, ${plan.reshaped.length} met nieuwe grens, ${plan.removed.length} vervallen`;
	const { result, publication } = await publishChange(scope, { kind: 'herberekening', summary, by: actor.id }, async (tx) => {
		await lock(tx.db, `areas:${scope.gemeente}`);
		// The preview is used once: a second click or another tab finds it gone.
		const deleted = await tx.db.deleteFrom('pending_imports').where('id', '=', id).where('gemeente_code', '=', scope.gemeente).executeTakeFirst();
		if (Number(deleted.numDeletedRows) === 0) return null;
		// Planned again inside the lock, against what is stored now.
		const current = planAreaChanges(await existingAreas(tx), pending.areas);
		for (const area of pending.areas) {
			await areas.upsert(tx, { code: area.code, name: area.name, level: area.level, parentCode: area.parentCode, population: area.population, geometry: area.geometry });
		}
		const at = now();
		for (const gone of current.removed) await areas.archive(tx, gone.code, gone.successors.map((s) => ({ code: s.code, share: s.share })), at);
		await recordChange(tx, actor, 'gebieden.import', pending.fileName, null, {
			nieuw: current.added.map((a) => a.code),
			hernoemd: current.renamed.map((r) => `${r.code}: ${r.from} → ${r.to}`),
			nieuwe_grens: current.reshaped.map((r) => r.code),
			vervallen: current.removed.map((r) => r.code)
		});
		return current;
	});
	if (!result) return { ok: false, message: 'Deze voorvertoning is al opgeslagen. Er is niets dubbel gedaan.' };
	return { ok: true, value: result, message: `De gebieden zijn opgeslagen en gepubliceerd als versie ${publication.version}.` };
}

/** Sets inhabitants per area (per-1,000 figures and the city line use them), as a publication. */
export async function setPopulations(scope: Scope, actor: Actor, values: { code: string; population: number | null }[]): Promise<SetupResult<number>> {
	const before = new Map((await areas.listAll(scope)).map((a) => [a.code, a.population]));
	const city = await areas.get(scope, scope.gemeente);
	if (city) before.set(city.code, city.population);
	const changed = values.filter((v) => before.has(v.code) && before.get(v.code) !== v.population);
	if (values.some((v) => !before.has(v.code))) return { ok: false, message: 'Een gebied bestaat niet (meer). Laad de pagina opnieuw.' };
	if (changed.length === 0) return { ok: true, value: 0, message: 'Er was niets veranderd.' };
	const { publication } = await publishChange(scope, { kind: 'herberekening', summary: `Inwoners bijgewerkt voor ${changed.length} ${changed.length === 1 ? 'gebied' : 'gebieden'}`, by: actor.id }, async (tx) => {
		for (const v of changed) await areas.setPopulation(tx, v.code, v.population);
		await recordChange(
			tx,
			actor,
			'gebied.inwoners',
			`${changed.length} gebieden`,
			Object.fromEntries(changed.map((v) => [v.code, before.get(v.code) ?? null])),
			Object.fromEntries(changed.map((v) => [v.code, v.population]))
		);
	});
	return { ok: true, value: changed.length, message: `Inwoners opgeslagen voor ${changed.length} ${changed.length === 1 ? 'gebied' : 'gebieden'} en gepubliceerd als versie ${publication.version}.` };
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
