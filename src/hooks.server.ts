import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { database } from '$lib/server/app-db';
import { defaultGemeente } from '$lib/server/config';

export const init: ServerInit = async () => {
	// Opens and migrates the store before the first request; a database from a newer version stops start-up.
	await database();
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.scope = { db: await database(), gemeente: defaultGemeente(env) };
	event.locals.audience = 'openbaar';
	return resolve(event);
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'Deze pagina bestaat niet.' };
	const id = crypto.randomUUID().slice(0, 8);
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', id };
};
