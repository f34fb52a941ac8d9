// Writes the demo data into a database through the repositories, in one transaction: all or nothing.
import { sql } from 'kysely';
import * as afspraken from '../../src/lib/server/db/afspraken';
import * as areas from '../../src/lib/server/db/areas';
import * as audit from '../../src/lib/server/db/audit';
import type { Db } from '../../src/lib/server/db/client';
import * as conclusions from '../../src/lib/server/db/conclusions';
import * as deliveries from '../../src/lib/server/db/deliveries';
import * as sessions from '../../src/lib/server/db/duiding-sessions';
import * as gemeenten from '../../src/lib/server/db/gemeenten';
import * as indicators from '../../src/lib/server/db/indicators';
import * as notes from '../../src/lib/server/db/notes';
import { currentRows, endedBefore, parseSeen, recordSeenRows, valueSeenFor } from '../../src/lib/server/duiding/figures';
import * as organisations from '../../src/lib/server/db/organisations';
import type { Scope } from '../../src/lib/server/db/scope';
import { storyPlainText } from '../../src/lib/domain/story-markdown';
import { isPostgres } from '../../src/lib/server/db/dialect';
import * as stories from '../../src/lib/server/db/stories';
import * as storySearch from '../../src/lib/server/db/story-search';
import * as themes from '../../src/lib/server/db/themes';
import * as users from '../../src/lib/server/db/users';
import * as publication from '../../src/lib/server/publish/publication';
import { ensureGemeente } from '../../src/lib/server/setup/gemeente';
import type { DemoData } from './generate';

/**
 * Every table holding a gemeente's rows, children before parents. The gemeente's own row stays on a reset,
 * so its publication number keeps rising and no cache or browser mistakes new figures for old ones.
 * scripts/demo/demo.test.ts checks this list against the schema, so a new tenant table cannot be forgotten.
 */
export const TENANT_TABLES = [
	'afspraken',
	'conclusions',
	'notes',
	'note_counters',
	'duiding_session_agenda',
	'duiding_session_participants',
	'duiding_session_areas',
	'duiding_sessions',
	'story_indicators',
	'story_images',
	'story_themes',
	'stories',
	'published_cells',
	'publications',
	'pending_imports',
	'measurements',
	'delivery_files',
	'delivery_events',
	'deliveries',
	'audit_log',
	'auth_sessions',
	'account_tokens',
	'login_throttles',
	'users',
	'organisation_assignments',
	'organisations',
	'indicator_definitions',
	'indicators',
	'themes',
	'areas'
] as const;

/** Tenant tables only SQLite has: its full-text index of stories (PostgreSQL keeps it in stories.search_vector). */
export const SQLITE_TENANT_TABLES = ['story_search'] as const;

/** Every table holding a gemeente's rows in this store, children before parents. */
export function tenantTables(db: Db): string[] {
	return isPostgres(db) ? [...TENANT_TABLES] : [...SQLITE_TENANT_TABLES, ...TENANT_TABLES];
}

/** Removes every row of one gemeente but its own row (the demo reset); call inside a transaction. */
export async function clearGemeente(db: Db, code: string): Promise<void> {
	// Self-references (areas.parent_code, deliveries.replaces_id) are cleared first.
	await db.updateTable('areas').set({ parent_code: null }).where('gemeente_code', '=', code).execute();
	await db.updateTable('deliveries').set({ replaces_id: null }).where('gemeente_code', '=', code).execute();
	for (const table of tenantTables(db)) {
		await sql`delete from ${sql.table(table)} where gemeente_code = ${code}`.execute(db);
	}
}

/** Password hashes per demo e-mail; computed outside the transaction (argon2 is deliberately slow). */
export type DemoPasswordHashes = Map<string, string>;

export interface SeedReport {
	measurements: number;
	deliveries: number;
	stories: number;
	sessions: number;
	notes: number;
}

/**
 * Writes `demo` as one transaction, and publishes it: all or nothing. With `replace`, an existing gemeente's
 * rows are removed first in the same transaction; without it, an existing gemeente is an error.
 */
export async function seedDemo(db: Db, demo: DemoData, passwordHashes: DemoPasswordHashes = new Map(), options: { replace?: boolean } = {}): Promise<SeedReport> {
	return db.transaction().execute(async (trx) => {
		const scope: Scope = { db: trx, gemeente: demo.gemeente.code };
		if (await gemeenten.get(trx, demo.gemeente.code)) {
			if (!options.replace) throw new Error(`gemeente ${demo.gemeente.code} already exists; reset it first`);
			await clearGemeente(trx, demo.gemeente.code);
		}
		// The way every gemeente starts (admin:create): the gemeente with its own area, then its division.
		await ensureGemeente(trx, { ...demo.gemeente, publicDashboard: true });
		for (const area of demo.areas) await areas.upsert(scope, area);
		for (const theme of demo.themes) await themes.create(scope, theme);
		for (const { indicator, definitions } of demo.indicators) await indicators.create(scope, indicator, definitions);
		for (const org of demo.organisations) await organisations.create(scope, org);
		for (const a of demo.assignments) await organisations.assign(scope, a.organisationId, a.indicatorCodes, a.areaCodes);
		for (const account of demo.accounts) {
			await users.create(scope, { ...account, passwordHash: passwordHashes.get(account.email) ?? null });
		}
		let measurements = 0;
		const toPublish: { id: string; at: string }[] = [];
		for (const { delivery, publishedAt, submitted } of demo.deliveries) {
			const id = await deliveries.createDraft(scope, delivery);
			if (publishedAt) toPublish.push({ id, at: publishedAt });
			else if (submitted) await deliveries.submit(scope, id, delivery.createdAt);
			measurements += delivery.measurements.length;
		}
		const published = await publication.publish(scope, { kind: 'demo', summary: 'Demo-gegevens geladen', by: null, deliveries: toPublish, everything: true });
		for (const story of demo.stories) {
			const id = await stories.create(scope, story);
			await storySearch.index(scope, id, story.title, storyPlainText(story.body));
		}
		let noteCount = 0;
		for (const s of demo.sessions) {
			const held = s.session.status === 'afgerond';
			const id = await sessions.create(scope, { ...s.session, publicationVersion: held ? published.version : null });
			if (held) await recordSeenRows(scope, (await sessions.get(scope, id))!, s.session.heldOn);
			const session = (await sessions.get(scope, id))!;
			for (const note of s.notes) {
				const item = session.agenda.find((a) => a.indicatorCode === note.indicatorCode && a.areaCode === note.areaCode);
				const seen = parseSeen(item?.seenRows ?? null) ?? endedBefore(await currentRows(scope, note.indicatorCode, note.areaCode), s.session.heldOn);
				await notes.create(scope, { ...note, publicationVersion: session.publicationVersion, valueSeen: valueSeenFor(seen, note) });
			}
			for (const c of s.conclusions) await conclusions.create(scope, c);
			for (const a of s.afspraken) await afspraken.create(scope, a);
			noteCount += s.notes.length;
		}
		const report = { measurements, deliveries: demo.deliveries.length, stories: demo.stories.length, sessions: demo.sessions.length, notes: noteCount };
		await audit.record(scope, { userId: null, action: 'demo.seed', subject: demo.gemeente.code, detail: { ...report } });
		return report;
	});
}
