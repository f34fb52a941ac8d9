// What the story form offers and how a form post becomes fields: shared by /verhalen/nieuw and /verhalen/[id].
import { formFields as readFields } from '../form-fields';
import type { StoryRecord } from '../db/story-edits';
import * as areas from '../db/areas';
import * as indicators from '../db/indicators';
import * as organisations from '../db/organisations';
import type { Scope } from '../db/scope';
import * as themes from '../db/themes';

/** The choices of the story form: wijken (the gemeente first), themes, indicators, organisations. */
export async function choices(scope: Scope) {
	const [wijken, city, themeList, catalogue, orgs] = await Promise.all([areas.list(scope, 'wijk'), areas.get(scope, scope.gemeente), themes.list(scope), indicators.listCurrent(scope), organisations.list(scope)]);
	return {
		areas: [...(city ? [{ code: city.code, name: `${city.name} (hele gemeente)` }] : []), ...wijken.map((w) => ({ code: w.code, name: w.name }))],
		themes: themeList.map((t) => ({ code: t.code, name: t.name })),
		indicators: catalogue.map((i) => ({ code: i.code, name: i.name })),
		organisations: orgs.filter((o) => !o.archivedAt).map((o) => ({ id: o.id, name: o.name }))
	};
}

const MULTI = new Set(['thema', 'indicator']);

/** A form post as the validators read it. */
export function formFields(form: FormData): Record<string, string | string[]> {
	return readFields(form, MULTI);
}

/** A stored story as the form's values. */
export function valuesOf(story: StoryRecord): Record<string, string | string[]> {
	return {
		titel: story.title,
		tekst: story.body,
		soort: story.type,
		rol: story.sourceRole,
		gebied: story.areaCode ?? '',
		periode: story.period ?? '',
		thema: story.themeCodes,
		indicator: story.indicatorCodes,
		organisatie: story.collectedByOrganisationId ?? '',
		zichtbaar: story.visibility,
		toestemming_datum: story.consentDate ?? '',
		toestemming_voor: story.consentScope ?? '',
		toestemming_door: story.consentRecordedBy ?? '',
		gaat_over: story.answerTopic ?? '',
		richting: story.answerTrend ?? ''
	};
}
