import { error } from '@sveltejs/kit';
import { requireStory } from '$lib/server/stories/access';
import * as images from '$lib/server/stories/images';
import type { RequestHandler } from './$types';

/** A story's image, for exactly those who may see the story. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { story } = await requireStory(locals, url, params.id);
	const image = await images.content(locals.scope, story.id);
	if (!image) error(404, 'Bij dit verhaal hoort geen afbeelding.');
	return new Response(image.bytes as BodyInit, { headers: { 'content-type': image.type, 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' } });
};
