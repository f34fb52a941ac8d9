// Case-insensitive "contains" and "starts with" that behave the same on SQLite and PostgreSQL: SQLite's LIKE
// ignores ASCII case and knows no escape character by default, PostgreSQL's LIKE is case-sensitive and
// treats a backslash as an escape. Both sides are lower-cased and the escape character is named.
import { sql, type RawBuilder } from 'kysely';

/** `text` as a LIKE pattern fragment that matches itself literally (%, _ and \ escaped). */
export function escapeLike(text: string): string {
	return text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** True where `column` contains `text`, ignoring case. */
export function containsText(column: string, text: string): RawBuilder<boolean> {
	return sql<boolean>`lower(${sql.ref(column)}) like ${`%${escapeLike(text)}%`} escape '\\'`;
}

/** True where `column` starts with `text`, ignoring case. */
export function startsWithText(column: string, text: string): RawBuilder<boolean> {
	return sql<boolean>`lower(${sql.ref(column)}) like ${`${escapeLike(text)}%`} escape '\\'`;
}
