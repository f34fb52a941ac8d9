// Stories written in the app: a concept its author edits (with a revision, so two editors never overwrite
// each other silently), a review step, publication, taking down, and withdrawal of consent (the story and
// its links are deleted; only an audit entry without the text remains). What readers see changes only in
// the publication that the service (server/stories/workflow.ts) wraps around these writes.
import type { StoryFields } from '../../domain/story-input';
import type { PrivacyCheck, Visibility } from '../../domain/vocabulary';
import type { Viewer } from '../../domain/roles';
import { readableFor } from './readable';
import { newId, now, type Scope } from './scope';

/** Everything a writer fills in, as domain/story-input.ts validates it. */
export type StoryInput = StoryFields;

/** A privacy finding a beleidsmedewerker let stand: which text, why, who and when. */
export interface Overrule {
	kind: string;
	text: string;
	reason: string;
	by: string;
	at: string;
}

export interface StoryRecord extends StoryInput {
	id: string;
	/** Set when consent was withdrawn (a story is normally deleted then; an imported one may carry it). */
	consentWithdrawnAt: string | null;
	status: 'concept' | 'gepubliceerd' | 'ingetrokken';
	privacyCheck: PrivacyCheck;
	reviewRequestedAt: string | null;
	takedownReason: string | null;
	overrules: Overrule[];
	authorId: string | null;
	createdAt: string;
	updatedAt: string | null;
	revision: number;
}

async function writeLinks(scope: Scope, id: string, input: StoryInput): Promise<void> {
	await scope.db.deleteFrom('story_themes').where('gemeente_code', '=', scope.gemeente).where('story_id', '=', id).execute();
	await scope.db.deleteFrom('story_indicators').where('gemeente_code', '=', scope.gemeente).where('story_id', '=', id).execute();
	if (input.themeCodes.length) await scope.db.insertInto('story_themes').values(input.themeCodes.map((theme_code) => ({ story_id: id, theme_code, gemeente_code: scope.gemeente }))).execute();
	if (input.indicatorCodes.length) await scope.db.insertInto('story_indicators').values(input.indicatorCodes.map((indicator_code) => ({ story_id: id, indicator_code, gemeente_code: scope.gemeente }))).execute();
}

const fields = (input: StoryInput) => ({
	title: input.title,
	body: input.body,
	type: input.type,
	source_role: input.sourceRole,
	area_code: input.areaCode,
	period: input.period,
	collected_by_organisation_id: input.collectedByOrganisationId,
	visibility: input.visibility,
	consent_date: input.consentDate,
	consent_scope: input.consentScope,
	consent_recorded_by: input.consentRecordedBy,
	answer_topic: input.answerTopic,
	answer_trend: input.answerTrend
});

/** A new concept by `authorId`; inside the caller's transaction. Returns its id. */
export async function createConcept(scope: Scope, authorId: string, input: StoryInput): Promise<string> {
	const id = newId();
	const at = now();
	await scope.db
		.insertInto('stories')
		.values({ id, gemeente_code: scope.gemeente, ...fields(input), collected_by_user_id: authorId, consent_withdrawn_at: null, privacy_check: 'niet gecontroleerd', privacy_checked_at: null, status: 'concept', image_path: null, image_alt: null, created_at: at, updated_at: at })
		.execute();
	await writeLinks(scope, id, input);
	return id;
}

/** Saves a concept's fields if it is still revision `revision` and a concept; false otherwise. Clears an earlier privacy approval. */
export async function updateConcept(scope: Scope, id: string, revision: number, input: StoryInput): Promise<boolean> {
	const result = await scope.db
		.updateTable('stories')
		.set((eb) => ({ ...fields(input), privacy_check: 'niet gecontroleerd', privacy_checked_at: null, updated_at: now(), revision: eb('revision', '+', 1) }))
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.where('status', '=', 'concept')
		.where('revision', '=', revision)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) !== 1) return false;
	await writeLinks(scope, id, input);
	return true;
}

/** One story with everything the edit and review pages show, or undefined. */
export async function get(scope: Scope, id: string): Promise<StoryRecord | undefined> {
	const row = await scope.db.selectFrom('stories').selectAll().where('gemeente_code', '=', scope.gemeente).where('id', '=', id).executeTakeFirst();
	if (!row) return undefined;
	const [themes, links] = await Promise.all([
		scope.db.selectFrom('story_themes').select('theme_code').where('gemeente_code', '=', scope.gemeente).where('story_id', '=', id).orderBy('theme_code').execute(),
		scope.db.selectFrom('story_indicators').select('indicator_code').where('gemeente_code', '=', scope.gemeente).where('story_id', '=', id).orderBy('indicator_code').execute()
	]);
	return {
		id: row.id,
		title: row.title,
		body: row.body,
		type: row.type,
		sourceRole: row.source_role,
		areaCode: row.area_code,
		period: row.period,
		themeCodes: themes.map((t) => t.theme_code),
		indicatorCodes: links.map((l) => l.indicator_code),
		collectedByOrganisationId: row.collected_by_organisation_id,
		visibility: row.visibility,
		consentDate: row.consent_date,
		consentScope: row.consent_scope as Visibility | null,
		consentRecordedBy: row.consent_recorded_by,
		consentWithdrawnAt: row.consent_withdrawn_at,
		answerTopic: row.answer_topic,
		answerTrend: row.answer_trend,
		status: row.status,
		privacyCheck: row.privacy_check,
		reviewRequestedAt: row.review_requested_at,
		takedownReason: row.takedown_reason,
		overrules: row.privacy_overrules ? (JSON.parse(row.privacy_overrules) as Overrule[]) : [],
		authorId: row.collected_by_user_id,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		revision: Number(row.revision)
	};
}

/** Changes a concept that is still at `revision` (raising it); false when it is no longer a concept or changed meanwhile. */
export async function changeConcept(scope: Scope, id: string, revision: number, set: { review_requested_at?: string | null; privacy_overrules?: string; updated_at?: string }): Promise<boolean> {
	const result = await scope.db
		.updateTable('stories')
		.set((eb) => ({ ...set, revision: eb('revision', '+', 1) }))
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.where('status', '=', 'concept')
		.where('revision', '=', revision)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Sets or clears "ter review" on a concept of revision `revision`; false when it changed meanwhile. */
export async function setReviewRequested(scope: Scope, id: string, revision: number, requested: boolean): Promise<boolean> {
	return changeConcept(scope, id, revision, { review_requested_at: requested ? now() : null });
}

/** Stores the overruled privacy findings of a concept of revision `revision`. */
export async function setOverrules(scope: Scope, id: string, revision: number, overrules: Overrule[]): Promise<boolean> {
	return changeConcept(scope, id, revision, { privacy_overrules: JSON.stringify(overrules) });
}

/** Publishes a concept of revision `revision` whose privacy check passed; false when it changed meanwhile. */
export async function markPublished(scope: Scope, id: string, revision: number): Promise<boolean> {
	const at = now();
	const result = await scope.db
		.updateTable('stories')
		.set((eb) => ({ status: 'gepubliceerd', privacy_check: 'akkoord', privacy_checked_at: at, review_requested_at: null, updated_at: at, revision: eb('revision', '+', 1) }))
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.where('status', '=', 'concept')
		.where('revision', '=', revision)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Takes a published story down with a reason; false when it was not published. */
export async function takeDown(scope: Scope, id: string, reason: string): Promise<boolean> {
	const result = await scope.db
		.updateTable('stories')
		.set((eb) => ({ status: 'ingetrokken', takedown_reason: reason, updated_at: now(), revision: eb('revision', '+', 1) }))
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.where('status', '=', 'gepubliceerd')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Deletes a story, its links and its image (consent withdrawn): nothing of it remains in the store. */
export async function remove(scope: Scope, id: string): Promise<boolean> {
	await scope.db.deleteFrom('story_images').where('gemeente_code', '=', scope.gemeente).where('story_id', '=', id).execute();
	await scope.db.deleteFrom('story_themes').where('gemeente_code', '=', scope.gemeente).where('story_id', '=', id).execute();
	await scope.db.deleteFrom('story_indicators').where('gemeente_code', '=', scope.gemeente).where('story_id', '=', id).execute();
	const result = await scope.db.deleteFrom('stories').where('gemeente_code', '=', scope.gemeente).where('id', '=', id).executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

/** Concepts by `authorId`, and (for reviewers) every concept waiting for review that `viewer` may read, newest first. */
export async function listWork(scope: Scope, authorId: string, reviewer: Viewer | null) {
	let query = scope.db
		.selectFrom('stories')
		.select(['id', 'title', 'type', 'area_code as areaCode', 'status', 'review_requested_at as reviewRequestedAt', 'updated_at as updatedAt'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('status', '=', 'concept');
	query = reviewer
		? query.where((eb) => eb.or([eb('collected_by_user_id', '=', authorId), eb.and([eb('review_requested_at', 'is not', null), readableFor(reviewer, 'visibility', 'collected_by_organisation_id')])]))
		: query.where('collected_by_user_id', '=', authorId);
	return query.orderBy('updated_at', 'desc').orderBy('id').execute();
}
