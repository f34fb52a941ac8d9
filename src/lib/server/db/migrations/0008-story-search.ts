// Full-text search of stories with Dutch stemming. The application fills the index (server/db/story-search.ts)
// from a story's title and its plain text (Markdown stripped), in the transaction that writes the story:
//  - SQLite: an FTS5 table of Dutch stems computed in JavaScript (SQLite has no Dutch stemmer), one row per
//    story; story_id and gemeente_code are stored but not searched;
//  - PostgreSQL: stories.search_vector, to_tsvector('dutch', …) of the same text, with a GIN index. Not a
//    generated column: the body is Markdown, and only the application strips it to plain text.
// Stories written before this migration are found once they are indexed again (story-search's reindex).
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

export async function up(db: Kysely<unknown>): Promise<void> {
	if (isPostgres(db)) {
		await sql`alter table stories add column search_vector tsvector`.execute(db);
		await sql`create index stories_search_idx on stories using gin (search_vector)`.execute(db);
	} else {
		await sql`create virtual table story_search using fts5(story_id unindexed, gemeente_code unindexed, terms, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
	}
}
