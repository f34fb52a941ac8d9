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
