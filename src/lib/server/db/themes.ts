import type { Scope } from './scope';

export interface Theme {
	code: string;
	name: string;
	description: string;
	position: number;
}

/** Adds a theme (maatschappelijk doel). */
export async function create(scope: Scope, theme: Theme): Promise<void> {
	await scope.db.insertInto('themes').values({ gemeente_code: scope.gemeente, ...theme }).execute();
}

/** All themes in their display order. */
export async function list(scope: Scope): Promise<Theme[]> {
	return scope.db
		.selectFrom('themes')
		.select(['code', 'name', 'description', 'position'])
		.where('gemeente_code', '=', scope.gemeente)
		.orderBy('position')
		.execute();
}

/** Renames a theme or changes its goal or position. */
export async function update(scope: Scope, theme: Theme): Promise<void> {
	await scope.db
		.updateTable('themes')
		.set({ name: theme.name, description: theme.description, position: theme.position })
		.where('gemeente_code', '=', scope.gemeente)
		.where('code', '=', theme.code)
		.execute();
}

/** Deletes a theme; the caller has checked that nothing refers to it. */
export async function remove(scope: Scope, code: string): Promise<void> {
	await scope.db.deleteFrom('themes').where('gemeente_code', '=', scope.gemeente).where('code', '=', code).execute();
}
