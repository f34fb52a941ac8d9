// Full-text search of a gemeente's stories with Dutch stemming ("wijken" finds "wijk"), on both stores
// (migration 0007). SQLite indexes stems computed here (FTS5, ranked by bm25); PostgreSQL stems with its own
// 'dutch' configuration (tsvector, ranked by ts_rank). Either way the user's query is reduced to plain words
// here first, so no FTS5 or tsquery syntax from the user ever reaches the store, and every word must match.
//
// The index holds every story, published or not: search returns ids only, and callers show only the ids that
// the viewer may read (stories.listReadable's rules). Index a story in the transaction that writes it, and
// remove it when consent is withdrawn or the story is deleted.
import { stemmer } from '@orama/stemmers/dutch';
import { sql } from 'kysely';
import { storyPlainText } from '../../domain/story-markdown';
import { isPostgres } from './dialect';
import { inTransaction, type Scope } from './scope';

/** Snowball's Dutch stop words, the list PostgreSQL's 'dutch' configuration drops too. */
const STOP_WORDS = new Set(
	(
		'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat ' +
		'mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want ' +
		'nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus ' +
		'alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw ' +
		'iemand geweest andere'
	).split(' ')
);

/** At most this many characters of a query are read, and at most this many distinct words of it are used. */
const MAX_QUERY_CHARS = 1000;
const MAX_QUERY_WORDS = 32;
/** A word longer than this is no word anyone searches for; it is cut (on both sides, so it still matches). */
const MAX_WORD_CHARS = 64;

/** Lower-cased with diacritics folded (café → cafe, geëerd → geeerd). */
function fold(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text: runs of letters and digits after folding, stop words dropped. */
function words(text: string): string[] {
	return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w)).map((w) => w.slice(0, MAX_WORD_CHARS));
}

/**
 * Dutch stems of a text (lower-cased, diacritics folded, stop words dropped), space-separated: what SQLite
 * indexes. Uses @orama/stemmers/dutch.
 */
export function dutchTerms(text: string): string {
	return words(text)
		.map((w) => stemmer(w))
		.filter((t) => t !== '')
		.join(' ');
}

/** The distinct words of a user's query, at most MAX_QUERY_WORDS of them. */
function queryWords(query: string): string[] {
	return [...new Set(words(query.slice(0, MAX_QUERY_CHARS)))].slice(0, MAX_QUERY_WORDS);
}

/** (Re)indexes one story's title + plain text; call inside the transaction that writes the story. */
export async function index(scope: Scope, storyId: string, title: string, plainText: string): Promise<void> {
	const text = `${title} ${plainText}`;
	if (isPostgres(scope.db)) {
		// Folded here as on SQLite, so "café" and "cafe" are one word whatever PostgreSQL's stemmer does.
		await sql`update stories set search_vector = to_tsvector('dutch', ${words(text).join(' ')}) where gemeente_code = ${scope.gemeente} and id = ${storyId}`.execute(
			scope.db
		);
		return;
	}
	await inTransaction(scope.db, async (db) => {
		await sql`delete from story_search where gemeente_code = ${scope.gemeente} and story_id = ${storyId}`.execute(db);
		// Only a story of this gemeente that exists gets a row.
		await sql`insert into story_search (story_id, gemeente_code, terms) select id, gemeente_code, ${dutchTerms(text)} from stories where gemeente_code = ${scope.gemeente} and id = ${storyId}`.execute(
			db
		);
	});
}

/** Removes a story from the index (withdrawal, deletion). */
export async function remove(scope: Scope, storyId: string): Promise<void> {
	if (isPostgres(scope.db)) {
		await sql`update stories set search_vector = null where gemeente_code = ${scope.gemeente} and id = ${storyId}`.execute(scope.db);
	} else {
		await sql`delete from story_search where gemeente_code = ${scope.gemeente} and story_id = ${storyId}`.execute(scope.db);
	}
}

/** Removes every story of the gemeente from the index (a reset of its data). */
export async function removeAll(scope: Scope): Promise<void> {
	if (isPostgres(scope.db)) {
		await sql`update stories set search_vector = null where gemeente_code = ${scope.gemeente} and search_vector is not null`.execute(scope.db);
	} else {
		await sql`delete from story_search where gemeente_code = ${scope.gemeente}`.execute(scope.db);
	}
}

/**
 * Indexes every story of the gemeente again, from its stored title and body (after a change of stemming, or
 * for stories written before the index existed). Stories with withdrawn consent stay out.
 */
export async function reindex(scope: Scope): Promise<number> {
	return inTransaction(scope.db, async (db) => {
		const inner = { ...scope, db };
		await removeAll(inner);
		const rows = await db
			.selectFrom('stories')
			.select(['id', 'title', 'body'])
			.where('gemeente_code', '=', scope.gemeente)
			.where('consent_withdrawn_at', 'is', null)
			.execute();
		for (const row of rows) await index(inner, row.id, row.title, storyPlainText(row.body));
		return rows.length;
	});
}

/**
 * Ids of the gemeente's stories matching every word of `query` (Dutch stemming: "wijken" finds "wijk",
 * "ontmoetingen" finds "ontmoeting"), best first, at most `limit`. The query is user input: it is reduced to
 * plain words here and bound as a parameter, so quotes, NEAR, *, :, |, &, !, parentheses and the like are
 * inert. Empty or stop-word-only query → [].
 */
export async function search(scope: Scope, query: string, limit = 50): Promise<string[]> {
	const found = queryWords(query);
	const max = Math.max(0, Math.min(Math.floor(limit), 1000));
	if (found.length === 0 || max === 0) return [];
	if (isPostgres(scope.db)) {
		// plainto_tsquery reads any text as words joined by AND; it gets nothing but letters, digits and spaces.
		const rows = await sql<{ id: string }>`
			select id from stories, plainto_tsquery('dutch', ${found.join(' ')}) as q
			where gemeente_code = ${scope.gemeente} and search_vector @@ q
			order by ts_rank(search_vector, q) desc, id
			limit ${max}`.execute(scope.db);
		return rows.rows.map((r) => r.id);
	}
	const terms = [...new Set(found.map((w) => stemmer(w)).filter((t) => t !== ''))];
	if (terms.length === 0) return [];
	// Every term a quoted string (a quote inside doubled), all of them required.
	const match = terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' AND ');
	const rows = await sql<{ story_id: string }>`
		select story_id from story_search
		where story_search match ${match} and gemeente_code = ${scope.gemeente}
		order by bm25(story_search), story_id
		limit ${max}`.execute(scope.db);
	return rows.rows.map((r) => r.story_id);
}
