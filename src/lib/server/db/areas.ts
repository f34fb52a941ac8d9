import type { AreaLevel } from '../../domain/vocabulary';
import type { Scope } from './scope';

export interface Area {
	code: string;
	name: string;
	level: AreaLevel;
	parentCode: string | null;
	population: number | null;
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
				geometry: area.geometry === undefined ? null : JSON.stringify(area.geometry)
			})
			.execute();
	}
}

const columns = ['code', 'name', 'level', 'parent_code as parentCode', 'population'] as const;

/** Areas of one level, by name. */
export async function list(scope: Scope, level: AreaLevel): Promise<Area[]> {
	return scope.db
		.selectFrom('areas')
		.select(columns)
		.where('gemeente_code', '=', scope.gemeente)
		.where('level', '=', level)
		.orderBy('name')
		.orderBy('code')
		.execute();
}

/** One area by CBS code, or undefined. */
export async function get(scope: Scope, code: string): Promise<Area | undefined> {
	return scope.db
		.selectFrom('areas')
		.select(columns)
		.where('gemeente_code', '=', scope.gemeente)
		.where('code', '=', code)
		.executeTakeFirst();
}

/** Areas with their GeoJSON geometry, for maps; areas without geometry are left out. */
export async function listGeometries(scope: Scope, level: AreaLevel): Promise<{ code: string; name: string; geometry: unknown }[]> {
	const rows = await scope.db
		.selectFrom('areas')
		.select(['code', 'name', 'geometry'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('level', '=', level)
		.where('geometry', 'is not', null)
		.orderBy('code')
		.execute();
	return rows.map((r) => ({ code: r.code, name: r.name, geometry: JSON.parse(r.geometry!) }));
}
