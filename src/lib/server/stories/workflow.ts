// Stories through the browser: write and edit a concept, ask for review, a privacy check that blocks
// publication until every finding is fixed or overruled with a reason, publication (a new publication
// version, so no cache keeps an older list), taking down, and withdrawal of consent (the story is deleted;
// the audit log keeps only that it happened). Routes stay thin; this is the logic.
import { checkPrivacy, type Finding } from '../../domain/privacy-check';
import type { Role } from '../../domain/vocabulary';
import { validateStory, type StoryFormContext } from '../../domain/story-input';
import { storyPlainText } from '../../domain/story-markdown';
import * as areas from '../db/areas';
import * as audit from '../db/audit';
import * as indicators from '../db/indicators';
import * as organisations from '../db/organisations';
import { inTransaction, now, type Scope } from '../db/scope';
import * as edits from '../db/story-edits';
import * as images from './images';
import * as search from '../db/story-search';
import * as themes from '../db/themes';
import { publishChange } from '../publish/publication';

export interface Actor {
	id: string;
	role: Role;
	organisationId: string | null;
}

export type Result<T = undefined> = { ok: true; value: T; message: string } | { ok: false; message: string; issues?: { field: string; message: string }[] };

/** Roles that write stories. */
export const WRITER_ROLES: Role[] = ['aanleveraar', 'facilitator', 'beleidsmedewerker', 'beheerder'];
/** Roles that review and publish. */
export const REVIEWER_ROLES: Role[] = ['facilitator', 'beleidsmedewerker', 'beheerder'];
/** Roles that overrule a privacy finding, take a story down or record a withdrawal of consent. */
export const OVERRULE_ROLES: Role[] = ['beleidsmedewerker', 'beheerder'];

/** Thrown inside a publication when the story changed meanwhile: rolls it back, so no empty publication is made. */
class Unchanged extends Error {}

/** True when `actor` may change this concept: its author, or a reviewer. */
export function mayEdit(actor: Actor, story: edits.StoryRecord): boolean {
	return story.status === 'concept' && (story.authorId === actor.id || REVIEWER_ROLES.includes(actor.role));
}

/** The choices of the story form for this gemeente. */
export async function formContext(scope: Scope): Promise<StoryFormContext> {
	const [wijken, themeList, catalogue, orgs] = await Promise.all([areas.list(scope, 'wijk'), themes.list(scope), indicators.list(scope), organisations.list(scope)]);
	return {
		areas: new Set([scope.gemeente, ...wijken.map((w) => w.code)]),
		themes: new Set(themeList.map((t) => t.code)),
		indicators: new Set(catalogue.map((i) => i.code)),
		organisations: new Set(orgs.filter((o) => !o.archivedAt).map((o) => o.id))
	};
}

/** A finding's key: its kind and text (the same detail found twice is overruled once). */
export const findingKey = (f: { kind: string; text: string }) => `${f.kind}:${f.text.toLowerCase()}`;

/** The privacy findings of a story's title and text, each marked when a beleidsmedewerker let it stand. */
export function findingsOf(story: { title: string; body: string; overrules: edits.Overrule[] }): (Finding & { overrule: edits.Overrule | null; field: 'titel' | 'tekst' })[] {
	const overruled = new Map(story.overrules.map((o) => [findingKey(o), o]));
	const mark = (field: 'titel' | 'tekst') => (f: Finding) => ({ ...f, field, overrule: overruled.get(findingKey(f)) ?? null });
	// Both as typed and as readers see it: a Markdown escape or an HTML entity (06&#45;…) must not hide a detail.
	const both = (text: string) => {
		const found = [...checkPrivacy(text), ...checkPrivacy(storyPlainText(text))];
		return [...new Map(found.map((f) => [findingKey(f), f])).values()];
	};
	return [...both(story.title).map(mark('titel')), ...both(story.body).map(mark('tekst'))];
}

/** Why a concept cannot be published yet, in Dutch; null when it can. */
export function publicationBlockers(story: edits.StoryRecord): string[] {
	const blockers: string[] = [];
	const open = findingsOf(story).filter((f) => !f.overrule);
	if (open.length) blockers.push(`De privacycheck vond ${open.length === 1 ? 'iets' : `${open.length} dingen`} waaraan iemand te herkennen kan zijn. Pas de tekst aan, of laat een beleidsmedewerker het met een reden toestaan.`);
	if (!story.consentDate || !story.consentScope) blockers.push('Er is nog geen toestemming van de verteller vastgelegd (datum en waarvoor).');
	return blockers;
}

/** Saves a new concept (no `id`) or the author's changes to one, based on revision `revision`. */
export async function save(scope: Scope, actor: Actor, id: string | null, revision: number, form: Record<string, string | string[] | undefined>): Promise<Result<string>> {
	if (!WRITER_ROLES.includes(actor.role)) return { ok: false, message: 'U mag geen verhalen schrijven.' };
	const input = validateStory(form, await formContext(scope));
	if (!input.ok) return { ok: false, message: 'Controleer de velden.', issues: input.issues };
	// An aanleveraar collects for their own organisation.
	const value = actor.role === 'aanleveraar' ? { ...input.value, collectedByOrganisationId: actor.organisationId } : input.value;
	return inTransaction(scope.db, async (db) => {
		const tx = { db, gemeente: scope.gemeente };
		let storyId = id;
		if (!storyId) storyId = await edits.createConcept(tx, actor.id, value);
		else {
			const story = await edits.get(tx, storyId);
			if (!story || !mayEdit(actor, story)) return { ok: false as const, message: 'U mag dit verhaal niet (meer) aanpassen.' };
			if (!(await edits.updateConcept(tx, storyId, revision, value))) return { ok: false as const, message: 'Iemand anders heeft dit verhaal intussen aangepast. Laad de pagina opnieuw; uw tekst staat hieronder, zodat u die kunt overnemen.' };
		}
		await search.index(tx, storyId, value.title, storyPlainText(value.body));
		await audit.record(tx, { userId: actor.id, action: id ? 'verhaal.gewijzigd' : 'verhaal.aangemaakt', subject: storyId });
		return { ok: true as const, value: storyId, message: id ? 'Het verhaal is opgeslagen.' : 'Het verhaal is opgeslagen als concept.' };
	});
}

/** Adds or replaces the image of a concept (its author or a reviewer), with its required alt text. */
export async function setImage(scope: Scope, actor: Actor, story: edits.StoryRecord, revision: number, bytes: Uint8Array, alt: string): Promise<Result> {
	if (!mayEdit(actor, story)) return { ok: false, message: 'U mag dit verhaal niet (meer) aanpassen.' };
	const prepared = await images.prepare(bytes, alt);
	if (!prepared.ok) return { ok: false, message: 'De afbeelding is niet opgeslagen.', issues: [{ field: prepared.field, message: prepared.message }] };
	// A new image is a change of the concept: a reviewer who looked at the old one cannot publish this one unseen.
	const saved = await inTransaction(scope.db, async (db) => {
		const tx = { db, gemeente: scope.gemeente };
		if (!(await edits.changeConcept(tx, story.id, revision, { updated_at: now() }))) return false;
		await images.store(tx, story.id, prepared.image);
		await audit.record(tx, { userId: actor.id, action: 'verhaal.afbeelding', subject: story.id });
		return true;
	});
	if (!saved) return { ok: false, message: 'Het verhaal is intussen veranderd. Laad de pagina opnieuw.' };
	return { ok: true, value: undefined, message: 'De afbeelding is opgeslagen, zonder de gegevens die een camera of telefoon erin zet (zoals de plek).' };
}

/** Asks for review (the author) or takes the request back; the concept stays editable. */
export async function requestReview(scope: Scope, actor: Actor, story: edits.StoryRecord, requested: boolean): Promise<Result> {
	if (!mayEdit(actor, story)) return { ok: false, message: 'U mag dit verhaal niet (meer) aanpassen.' };
	if (!(await edits.setReviewRequested(scope, story.id, story.revision, requested))) return { ok: false, message: 'Het verhaal is intussen veranderd. Laad de pagina opnieuw.' };
	await audit.record(scope, { userId: actor.id, action: requested ? 'verhaal.ter-review' : 'verhaal.review-ingetrokken', subject: story.id });
	return { ok: true, value: undefined, message: requested ? 'Het verhaal ligt nu ter review bij de gemeente.' : 'Het verzoek om review is ingetrokken.' };
}

/** A beleidsmedewerker lets one privacy finding stand, with a reason. */
export async function overrule(scope: Scope, actor: Actor, story: edits.StoryRecord, key: string, reason: string): Promise<Result> {
	if (!OVERRULE_ROLES.includes(actor.role)) return { ok: false, message: 'Alleen een beleidsmedewerker kan een bevinding toestaan.' };
	const text = reason.trim();
	if (text.length < 5) return { ok: false, message: 'Schrijf waarom dit mag blijven staan.' };
	const finding = findingsOf(story).find((f) => findingKey(f) === key);
	if (!finding) return { ok: false, message: 'Deze bevinding staat niet (meer) in de tekst.' };
	const overrules = [...story.overrules.filter((o) => findingKey(o) !== key), { kind: finding.kind, text: finding.text, reason: text.slice(0, 500), by: actor.id, at: now() }];
	if (!(await edits.setOverrules(scope, story.id, story.revision, overrules))) return { ok: false, message: 'Het verhaal is intussen veranderd. Laad de pagina opnieuw.' };
	await audit.record(scope, { userId: actor.id, action: 'verhaal.privacy-toegestaan', subject: story.id, detail: { soort: finding.kind, reden: text.slice(0, 500) } });
	return { ok: true, value: undefined, message: 'De bevinding is toegestaan, met uw reden.' };
}

/** Publishes a concept whose privacy check passed and whose consent covers its visibility: a new publication. */
export async function publish(scope: Scope, actor: Actor, story: edits.StoryRecord): Promise<Result<number>> {
	if (!REVIEWER_ROLES.includes(actor.role)) return { ok: false, message: 'Alleen een facilitator of beleidsmedewerker kan publiceren.' };
	if (story.status !== 'concept') return { ok: false, message: 'Dit verhaal is al gepubliceerd of ingetrokken.' };
	const blockers = publicationBlockers(story);
	if (blockers.length) return { ok: false, message: blockers.join(' ') };
	try {
		const { publication } = await publishChange(scope, { kind: 'verhaal', summary: `Verhaal gepubliceerd: ${story.title.slice(0, 80)}`, by: actor.id }, async (tx) => {
			// Changed meanwhile (an edit, a new image): roll back, so no empty publication is made.
			if (!(await edits.markPublished(tx, story.id, story.revision))) throw new Unchanged();
			await audit.record(tx, { userId: actor.id, action: 'verhaal.gepubliceerd', subject: story.id });
		});
		return { ok: true, value: publication.version, message: `Gepubliceerd (publicatie ${publication.version}). Lezers zien het verhaal nu bij de cijfers.` };
	} catch (error) {
		if (error instanceof Unchanged) return { ok: false, message: 'Het verhaal is intussen veranderd. Laad de pagina opnieuw en kijk het nog eens na.' };
		throw error;
	}
}

/** Takes a published story down with a reason: a new publication. */
export async function takeDown(scope: Scope, actor: Actor, story: edits.StoryRecord, reason: string): Promise<Result> {
	if (!OVERRULE_ROLES.includes(actor.role)) return { ok: false, message: 'Alleen een beleidsmedewerker kan een verhaal offline halen.' };
	const text = reason.trim();
	if (text.length < 5) return { ok: false, message: 'Schrijf waarom het verhaal offline gaat.' };
	try {
		await publishChange(scope, { kind: 'verhaal', summary: 'Verhaal offline gehaald', by: actor.id }, async (tx) => {
			if (!(await edits.takeDown(tx, story.id, text.slice(0, 500)))) throw new Unchanged();
			await audit.record(tx, { userId: actor.id, action: 'verhaal.offline', subject: story.id, detail: { reden: text.slice(0, 500) } });
		});
		return { ok: true, value: undefined, message: 'Het verhaal is offline gehaald. Niemand ziet het nog.' };
	} catch (error) {
		if (error instanceof Unchanged) return { ok: false, message: 'Dit verhaal was niet gepubliceerd.' };
		throw error;
	}
}

/**
 * Records that the storyteller withdrew consent: the story, its links and its search entry are deleted in
 * one publication, so it is gone from every page, list, count, export and snapshot at once. The audit entry
 * keeps only the id, kind and wijk, never the text.
 */
export async function withdrawConsent(scope: Scope, actor: Actor, story: edits.StoryRecord): Promise<Result> {
	if (!OVERRULE_ROLES.includes(actor.role) && story.authorId !== actor.id) return { ok: false, message: 'Alleen de schrijver of een beleidsmedewerker kan een intrekking vastleggen.' };
	await publishChange(scope, { kind: 'verhaal', summary: 'Toestemming ingetrokken: verhaal verwijderd', by: actor.id }, async (tx) => {
		await search.remove(tx, story.id);
		await edits.remove(tx, story.id);
		await audit.record(tx, { userId: actor.id, action: 'verhaal.toestemming-ingetrokken', subject: story.id, detail: { soort: story.type, wijk: story.areaCode } });
	});
	return { ok: true, value: undefined, message: 'De toestemming is ingetrokken. Het verhaal is overal verwijderd.' };
}
