import { env } from '$env/dynamic/private';
import { roleLabels } from '$lib/domain/roles';
import { isDemo } from '$lib/server/config';
import type { LayoutServerLoad } from './$types';

// Only what the header needs; every page checks its own access in its own load.
export const load: LayoutServerLoad = async ({ locals }) => {
	const user = locals.user ? { name: locals.user.name, role: locals.user.role, roleLabel: roleLabels[locals.user.role] } : null;
	return { demo: isDemo(env), gemeenteName: locals.gemeenteName, user };
};
