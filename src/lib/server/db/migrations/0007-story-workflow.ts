// Stories written in the app: the answers that let stories be counted next to the figures, a review step
// (requested while the status is still `concept`), the privacy findings a beleidsmedewerker overruled with
// a reason, who recorded consent, the reason a published story was taken down, and a revision so two people
// editing one concept never overwrite each other silently.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	for (const column of ['answer_topic', 'answer_trend', 'review_requested_at', 'takedown_reason', 'privacy_overrules', 'consent_recorded_by', 'updated_at']) {
		await db.schema.alterTable('stories').addColumn(column, 'text').execute();
	}
	await db.schema.alterTable('stories').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
	// Consent's scope becomes the widest visibility the storyteller agreed to (it was free text); a text that
	// does not say which becomes null, so the story stays hidden until someone records consent again.
	await sql`update stories set consent_scope = case
		when consent_scope is null then null
		when consent_scope in ('openbaar', 'raad', 'partners', 'intern') then consent_scope
		when lower(consent_scope) like '%intern%' then 'intern'
		when lower(consent_scope) like '%partner%' then 'partners'
		when lower(consent_scope) like '%raad%' then 'raad'
		when lower(consent_scope) like '%publicatie%' or lower(consent_scope) like '%openbaar%' then 'openbaar'
		else null end`.execute(db);
}
