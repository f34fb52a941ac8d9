import type { Viewer } from '../../domain/roles';
import { sql, type RawBuilder } from 'kysely';
import { readableFor } from './readable';
import type { PrivacyCheck, StoryStatus, StoryType, Visibility } from '../../domain/vocabulary';
import { inTransaction, newId, now, type Scope } from './scope';

export interface NewStory {
	id?: string;
	title: string;
	body: string;
	type: StoryType;
	sourceRole: string;
	areaCode: string | null;
	period: string | null;
	themeCodes: string[];
	indicatorCodes: string[];
	collectedByOrganisationId: string | null;
	consentDate: string | null;
	consentScope: string | null;
	privacyCheck: PrivacyCheck;
	visibility: Visibility;
	status: StoryStatus;
	createdAt?: string;
	answerTopic?: string | null;
	answerTrend?: string | null;
	consentRecordedBy?: string | null;
	/** Set for a concept that waits for review. */
	reviewRequestedAt?: string | null;
}

export interface StorySummary {
	id: string;
	title: string;
	body: string;
	type: StoryType;
	sourceRole: string;
	areaCode: string | null;
	period: string | null;
	visibility: Visibility;
	indicatorCodes: string[];
	themeCodes: string[];
	answerTopic: string | null;
	answerTrend: string | null;
	createdAt: string;
}

/** domain/story-rules.ts's isPublishable as a WHERE condition on the stories table (optionally aliased). */
export function publishable(alias?: string): RawBuilder<boolean> {
	const col = (name: string) => sql.ref(alias ? `${alias}.${name}` : name);
	// Consent covers the visibility: visibilities are ordered openbaar < raad < partners < intern.
	const rank = (name: string) => sql`case ${col(name)} when 'openbaar' then 0 when 'raad' then 1 when 'partners' then 2 when 'intern' then 3 end`;
	return sql<boolean>`(${col('status')} = 'gepubliceerd' and ${col('privacy_check')} = 'akkoord' and ${col('consent_date')} is not null and ${col('consent_withdrawn_at')} is null and ${rank('consent_scope')} <= ${rank('visibility')})`;
}

async function insertStory(scope: Scope, story: NewStory): Promise<string> {
	const id = story.id ?? newId();
	await scope.db
		.insertInto('stories')
		.values({
			id,
			gemeente_code: scope.gemeente,
			title: story.title,
			body: story.body,
			type: story.type,
			source_role: story.sourceRole,
			area_code: story.areaCode,
			period: story.period,
			collected_by_organisation_id: story.collectedByOrganisationId,
			collected_by_user_id: null,
			consent_date: story.consentDate,
			consent_scope: story.consentScope,
			consent_withdrawn_at: null,
			privacy_check: story.privacyCheck,
			privacy_checked_at: story.privacyCheck === 'niet gecontroleerd' ? null : (story.createdAt ?? now()),
			visibility: story.visibility,
			status: story.status,
			image_path: null,
			image_alt: null,
			created_at: story.createdAt ?? now(),
			updated_at: story.createdAt ?? now(),
			answer_topic: story.answerTopic ?? null,
			answer_trend: story.answerTrend ?? null,
			consent_recorded_by: story.consentRecordedBy ?? null,
			review_requested_at: story.reviewRequestedAt ?? null
		})
		.execute();
	if (story.themeCodes.length) {
		await scope.db
			.insertInto('story_themes')
			.values(story.themeCodes.map((theme_code) => ({ story_id: id, theme_code, gemeente_code: scope.gemeente })))
			.execute();
	}
	if (story.indicatorCodes.length) {
		await scope.db
			.insertInto('story_indicators')
			.values(story.indicatorCodes.map((indicator_code) => ({ story_id: id, indicator_code, gemeente_code: scope.gemeente })))
			.execute();
	}
	return id;
}

/**
 * Adds a story with its theme and indicator links; returns its id.
 * One transaction: a story never exists without its links.
 */
export async function create(scope: Scope, story: NewStory): Promise<string> {
	return inTransaction(scope.db, (db) => insertStory({ ...scope, db }, story));
}

/**
 * Published stories the audience may read, optionally for one area and/or linked to one indicator.
 * Missing or withdrawn consent and an unpassed privacy check keep a story out, whatever its visibility.
 */
export async function listReadable(
	scope: Scope,
	viewer: Viewer,
	filter: { areaCode?: string; indicatorCode?: string } = {}
): Promise<StorySummary[]> {
	let query = scope.db
		.selectFrom('stories as s')
		.select([
			's.id',
			's.title',
			's.body',
			's.type',
			's.source_role as sourceRole',
			's.area_code as areaCode',
			's.period',
			's.visibility',
			's.answer_topic as answerTopic',
			's.answer_trend as answerTrend',
			's.created_at as createdAt'
		])
		.where('s.gemeente_code', '=', scope.gemeente)
		.where(publishable('s'))
		.where(readableFor(viewer, 's.visibility', 's.collected_by_organisation_id'));
	if (filter.areaCode) query = query.where('s.area_code', '=', filter.areaCode);
	if (filter.indicatorCode) {
		const code = filter.indicatorCode;
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('story_indicators as si')
					.select('si.story_id')
					.whereRef('si.story_id', '=', 's.id')
					.where('si.gemeente_code', '=', scope.gemeente)
					.where('si.indicator_code', '=', code)
			)
		);
	}
	const found = await query.orderBy('s.period', (ob) => ob.desc().nullsLast()).orderBy('s.title').orderBy('s.id').execute();
	if (found.length === 0) return [];
	const links = await scope.db
		.selectFrom('story_indicators')
		.select(['story_id', 'indicator_code'])
		.where('gemeente_code', '=', scope.gemeente)
		.where(
			'story_id',
			'in',
			found.map((s) => s.id)
		)
		.orderBy('indicator_code')
		.execute();
	const themeLinks = await scope.db
		.selectFrom('story_themes')
		.select(['story_id', 'theme_code'])
		.where('gemeente_code', '=', scope.gemeente)
		.where(
			'story_id',
			'in',
			found.map((s) => s.id)
		)
		.orderBy('theme_code')
		.execute();
	return found.map((s) => ({
		...s,
		indicatorCodes: links.filter((l) => l.story_id === s.id).map((l) => l.indicator_code),
		themeCodes: themeLinks.filter((l) => l.story_id === s.id).map((l) => l.theme_code)
	}));
}

/** Story counts per area the viewer may read (for overviews). */
export async function countByArea(scope: Scope, viewer: Viewer): Promise<Map<string, number>> {
	const rows = await scope.db
		.selectFrom('stories')
		.select(['area_code', (eb) => eb.fn.countAll<number>().as('count')])
		.where('gemeente_code', '=', scope.gemeente)
		.where(publishable())
		.where(readableFor(viewer, 'visibility', 'collected_by_organisation_id'))
		.groupBy('area_code')
		.execute();
	return new Map(rows.filter((r) => r.area_code).map((r) => [r.area_code!, Number(r.count)]));
}

