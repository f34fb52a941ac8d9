import { env } from '$env/dynamic/private';
import { isDemo } from '$lib/server/config';
import * as gemeenten from '$lib/server/db/gemeenten';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const gemeente = await gemeenten.get(locals.scope.db, locals.scope.gemeente);
	return { demo: isDemo(env), gemeenteName: gemeente?.name ?? null };
};
