// Writes the demo data into a database through the repositories, in one transaction: all or nothing.
import { sql } from 'kysely';
import * as actions from '../../src/lib/server/db/actions';
import * as areas from '../../src/lib/server/db/areas';
import * as audit from '../../src/lib/server/db/audit';
import type { Db } from '../../src/lib/server/db/client';
import * as conclusions from '../../src/lib/server/db/conclusions';
import * as deliveries from '../../src/lib/server/db/deliveries';
import * as sessions from '../../src/lib/server/db/duiding-sessions';
import * as gemeenten from '../../src/lib/server/db/gemeenten';
import * as indicators from '../../src/lib/server/db/indicators';
import * as notes from '../../src/lib/server/db/notes';
import * as organisations from '../../src/lib/server/db/organisations';
import type { Scope } from '../../src/lib/server/db/scope';
import * as stories from '../../src/lib/server/db/stories';
import * as themes from '../../src/lib/server/db/themes';
import * as users from '../../src/lib/server/db/users';
import type { DemoData } from './generate';

/** Tables holding a gemeente's rows, children before parents, for a reset. */
const TENANT_TABLES = [
	'actions',
	'conclusions',
	'notes',
	'session_agenda',
	'session_participants',
	'session_areas',
	'duiding_sessions',
	'story_indicators',
	'story_themes',
	'stories',
	'measurements',
	'deliveries',
	'audit_log',
	'auth_sessions',
	'users',
	'organisation_assignments',
	'organisations',
	'indicator_definitions',
	'indicators',
	'themes',
	'areas'
] as const;

/** Removes every row of one gemeente (the demo reset). */
export async function removeGemeente(db: Db, code: string): Promise<void> {
	// Self-references (areas.parent_code, deliveries.replaces_id, actions.follow_up_session_id) are cleared first.
	await db.updateTable('areas').set({ parent_code: null }).where('gemeente_code', '=', code).execute();
	await db.updateTable('deliveries').set({ replaces_id: null }).where('gemeente_code', '=', code).execute();
	for (const table of TENANT_TABLES) {
		await sql`delete from ${sql.table(table)} where gemeente_code = ${code}`.execute(db);
	}
	await db.deleteFrom('gemeenten').where('code', '=', code).execute();
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

/** Writes `demo` as one transaction; the gemeente must not exist yet. */
export async function seedDemo(db: Db, demo: DemoData, passwordHashes: DemoPasswordHashes = new Map()): Promise<SeedReport> {
	return db.transaction().execute(async (trx) => {
		const scope: Scope = { db: trx, gemeente: demo.gemeente.code };
		if (await gemeenten.get(trx, demo.gemeente.code)) throw new Error(`gemeente ${demo.gemeente.code} already exists; reset it first`);
		await gemeenten.ensure(trx, demo.gemeente.code, demo.gemeente.name);
		await areas.createMany(scope, demo.areas);
		for (const theme of demo.themes) await themes.create(scope, theme);
		for (const { indicator, definitions } of demo.indicators) await indicators.create(scope, indicator, definitions);
		for (const org of demo.organisations) await organisations.create(scope, org);
		for (const a of demo.assignments) await organisations.assign(scope, a.organisationId, a.indicatorCodes, a.areaCodes);
		for (const account of demo.accounts) {
			await users.create(scope, { ...account, passwordHash: passwordHashes.get(account.email) ?? null });
		}
		let measurements = 0;
		for (const { delivery, publishedAt } of demo.deliveries) {
			const id = await deliveries.createDraft(scope, delivery);
			if (publishedAt) await deliveries.publish(scope, id, publishedAt);
			measurements += delivery.measurements.length;
		}
		for (const story of demo.stories) await stories.create(scope, story);
		let noteCount = 0;
		for (const s of demo.sessions) {
			await sessions.create(scope, s.session);
			for (const note of s.notes) await notes.create(scope, note);
			for (const c of s.conclusions) await conclusions.create(scope, c);
			noteCount += s.notes.length;
		}
		// Actions point at later sessions (follow-up), so they go in once every session exists.
		for (const s of demo.sessions) for (const action of s.actions) await actions.create(scope, action);
		const report = { measurements, deliveries: demo.deliveries.length, stories: demo.stories.length, sessions: demo.sessions.length, notes: noteCount };
		await audit.record(scope, { userId: null, action: 'demo.seed', subject: demo.gemeente.code, detail: { ...report } });
		return report;
	});
}
