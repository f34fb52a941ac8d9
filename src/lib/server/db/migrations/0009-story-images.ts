// A story's image, kept in the store (never on an instance's disk): re-encoded on upload, so no EXIF data
// (location, camera, time) is kept, with its required alt text.
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('story_images')
		.addColumn('story_id', 'text', (c) => c.primaryKey().references('stories.id').onDelete('cascade'))
		.addColumn('gemeente_code', 'text', (c) => c.notNull())
		.addColumn('content', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('width', 'integer', (c) => c.notNull())
		.addColumn('height', 'integer', (c) => c.notNull())
		.addColumn('alt', 'text', (c) => c.notNull())
		.addColumn('uploaded_at', 'text', (c) => c.notNull())
		.execute();
}
