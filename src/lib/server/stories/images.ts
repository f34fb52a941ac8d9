// A story's image: checked by its content (not its name), re-encoded by sharp without any metadata, so EXIF
// data such as a photo's location never reaches a reader, made no larger than a page needs, and kept in the
// store with its required alt text.
import sharp from 'sharp';
import type { Scope } from '../db/scope';
import { now } from '../db/scope';

/** Largest image file accepted. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** Longest side after re-encoding, in pixels. */
const MAX_SIDE = 1600;
const ACCEPTED = new Set(['jpeg', 'png', 'webp']);

export interface PreparedImage {
	data: Uint8Array;
	width: number;
	height: number;
	alt: string;
}

export type ImageResult = { ok: true; image: PreparedImage } | { ok: false; field: 'afbeelding' | 'alt'; message: string };

/** Checks an upload by its content and re-encodes it without any metadata; stores nothing. */
export async function prepare(bytes: Uint8Array, altText: string): Promise<ImageResult> {
	const alt = altText.trim();
	if (!alt) return { ok: false, field: 'alt', message: 'Beschrijf wat er op de afbeelding staat (voor wie de afbeelding niet kan zien).' };
	if (alt.length > 250) return { ok: false, field: 'alt', message: 'De beschrijving is te lang: hooguit 250 tekens.' };
	if (bytes.byteLength > MAX_IMAGE_BYTES) return { ok: false, field: 'afbeelding', message: `De afbeelding is te groot (${Math.ceil(bytes.byteLength / 1024 / 1024)} MB). Hooguit 8 MB kan.` };
	let format: string | undefined;
	try {
		format = (await sharp(bytes, { limitInputPixels: 40_000_000 }).metadata()).format;
	} catch {
		format = undefined;
	}
	if (!format || !ACCEPTED.has(format)) return { ok: false, field: 'afbeelding', message: 'Dit is geen foto of afbeelding die we kunnen gebruiken. Gebruik JPG, PNG of WebP.' };
	// rotate() applies the EXIF orientation before the metadata is dropped (sharp keeps none unless asked).
	const { data, info } = await sharp(bytes, { limitInputPixels: 40_000_000 }).rotate().resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
	return { ok: true, image: { data, width: info.width, height: info.height, alt } };
}

/** Stores a prepared image for `storyId`, replacing an earlier one; inside the caller's transaction. */
export async function store(scope: Scope, storyId: string, image: PreparedImage): Promise<void> {
	const row = { story_id: storyId, gemeente_code: scope.gemeente, content: image.data, content_type: 'image/webp', width: image.width, height: image.height, alt: image.alt, uploaded_at: now() };
	await scope.db
		.insertInto('story_images')
		.values(row)
		.onConflict((oc) => oc.column('story_id').doUpdateSet({ content: row.content, content_type: row.content_type, width: row.width, height: row.height, alt: row.alt, uploaded_at: row.uploaded_at }))
		.execute();
}

/** The image's facts for a page (no content), or undefined. */
export async function info(scope: Scope, storyId: string): Promise<{ alt: string; width: number; height: number } | undefined> {
	return scope.db.selectFrom('story_images').select(['alt', 'width', 'height']).where('gemeente_code', '=', scope.gemeente).where('story_id', '=', storyId).executeTakeFirst();
}

/** The image's bytes and type, or undefined. */
export async function content(scope: Scope, storyId: string): Promise<{ bytes: Uint8Array; type: string } | undefined> {
	const row = await scope.db.selectFrom('story_images').select(['content', 'content_type']).where('gemeente_code', '=', scope.gemeente).where('story_id', '=', storyId).executeTakeFirst();
	return row && { bytes: new Uint8Array(row.content), type: row.content_type };
}

/** Removes the image of a story. */
export async function remove(scope: Scope, storyId: string): Promise<void> {
	await scope.db.deleteFrom('story_images').where('gemeente_code', '=', scope.gemeente).where('story_id', '=', storyId).execute();
}
