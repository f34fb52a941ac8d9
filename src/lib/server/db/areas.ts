import type { AreaLevel } from '../../domain/vocabulary';
import type { Scope } from './scope';

export interface Area {
	code: string;
	name: string;
	level: AreaLevel;
	parentCode: string | null;
	population: number | null;
}

/** An area with its place in the division: archived when CBS redrew it, with the areas that cover it now. */
export interface AreaRecord extends Area {
	archivedAt: string | null;
	successors: { code: string; share: number }[];
}

export interface NewArea extends Area {
	/** GeoJSON geometry object; stored as text. */
	geometry?: unknown;
}

/** Adds areas; parents must come before their children. */
export async function createMany(scope: Scope, areas: NewArea[]): Promise<void> {
	for (const area of areas) {
		await scope.db
			.insertInto('areas')
			.values({
				gemeente_code: scope.gemeente,
				code: area.code,
				name: area.name,
				level: area.level,
				parent_code: area.parentCode,
				population: area.population,
				geometry: area.geometry === undefined ? null : JSON.stringify(area.geometry),
				archived_at: null,
				successors: null
			})
			.execute();
	}
}

/**
 * Writes an imported area: new, or the current name, parent, geometry and (when given) population of an
 * existing one, which also returns it to the current division if it was archived.
 */
export async function upsert(scope: Scope, area: NewArea): Promise<void> {
	const geometry = area.geometry === undefined ? null : JSON.stringify(area.geometry);
	await scope.db
		.insertInto('areas')
		.values({ gemeente_code: scope.gemeente, code: area.code, name: area.name, level: area.level, parent_code: area.parentCode, population: area.population, geometry, archived_at: null, successors: null })
		.onConflict((oc) =>
			oc.columns(['gemeente_code', 'code']).doUpdateSet((eb) => ({
				name: area.name,
				level: area.level,
				parent_code: area.parentCode,
				geometry,
				population: area.population === null ? eb.ref('areas.population') : area.population,
				archived_at: null,
				successors: null
			}))
		)
		.execute();
}

/** Takes an area out of the current division; its figures stay readable, with `successors` as a notice. */
export async function archive(scope: Scope, code: string, successors: { code: string; share: number }[], at: string): Promise<void> {
	await scope.db.updateTable('areas').set({ archived_at: at, successors: JSON.stringify(successors) }).where('gemeente_code', '=', scope.gemeente).where('code', '=', code).execute();
}

/** Sets the inhabitants of an area (null: unknown). */
export async function setPopulation(scope: Scope, code: string, population: number | null): Promise<void> {
	await scope.db.updateTable('areas').set({ population }).where('gemeente_code', '=', scope.gemeente).where('code', '=', code).execute();
}

/** Deletes an area; the caller has checked that nothing refers to it. */
export async function remove(scope: Scope, code: string): Promise<void> {
	await scope.db.deleteFrom('areas').where('gemeente_code', '=', scope.gemeente).where('code', '=', code).execute();
}

const columns = ['code', 'name', 'level', 'parent_code as parentCode', 'population'] as const;

/** Areas of one level in the current division, by name. */
export async function list(scope: Scope, level: AreaLevel): Promise<Area[]> {
	return scope.db
		.selectFrom('areas')
		.select(columns)
		.where('gemeente_code', '=', scope.gemeente)
		.where('level', '=', level)
		.where('archived_at', 'is', null)
		.orderBy('name')
		.orderBy('code')
		.execute();
}

function toRecord(row: Area & { archivedAt: string | null; successors: string | null }): AreaRecord {
	return { ...row, successors: row.successors ? (JSON.parse(row.successors) as AreaRecord['successors']) : [] };
}

/** Every area below the gemeente, archived ones included, wijken before buurten, by code. */
export async function listAll(scope: Scope): Promise<AreaRecord[]> {
	const rows = await scope.db
		.selectFrom('areas')
		.select([...columns, 'archived_at as archivedAt', 'successors'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('level', '!=', 'gemeente')
		.orderBy('level', 'desc')
		.orderBy('code')
		.execute();
	return rows.map(toRecord);
}

/** One area by CBS code, archived ones included, or undefined. */
export async function get(scope: Scope, code: string): Promise<AreaRecord | undefined> {
	const row = await scope.db
		.selectFrom('areas')
		.select([...columns, 'archived_at as archivedAt', 'successors'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('code', '=', code)
		.executeTakeFirst();
	return row && toRecord(row);
}

/** Areas of the current division with their GeoJSON geometry, for maps; areas without geometry are left out. */
export async function listGeometries(scope: Scope, level: AreaLevel): Promise<{ code: string; name: string; geometry: unknown }[]> {
	const rows = await scope.db
		.selectFrom('areas')
		.select(['code', 'name', 'geometry'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('level', '=', level)
		.where('geometry', 'is not', null)
		.where('archived_at', 'is', null)
		.orderBy('code')
		.execute();
	return rows.map((r) => ({ code: r.code, name: r.name, geometry: JSON.parse(r.geometry!) }));
}

/** Every area's geometry (archived ones included), for comparing a new division with the stored one. */
export async function listAllGeometries(scope: Scope): Promise<Map<string, unknown>> {
	const rows = await scope.db.selectFrom('areas').select(['code', 'geometry']).where('gemeente_code', '=', scope.gemeente).where('geometry', 'is not', null).execute();
	return new Map(rows.map((r) => [r.code, JSON.parse(r.geometry!)]));
}
