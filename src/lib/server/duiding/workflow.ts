// Duidingssessies through the browser: prepare (details, agenda), run (state, the item on the shared
// screen, notes pinned to the data, conclusions, afspraken), publish the results (a publication, so no
// cache keeps the dashboard without them) and delete. Edits based on an older revision are refused with a
// conflict, never applied silently. Routes stay thin; this is the logic.
import { anchorNote } from '../../domain/duiding/note-anchor';
import { validateAfspraak, validateAgenda, validateConclusion, validateNote, validateSessionDetails, type FormFields, type SessionFormContext } from '../../domain/duiding/session-input';
import { isReadOnly, sessionSteps, type SessionStep } from '../../domain/duiding/session-rules';
import { visibilities, type Role, type Visibility } from '../../domain/vocabulary';
import * as afspraken from '../db/afspraken';
import * as areas from '../db/areas';
import * as audit from '../db/audit';
import * as conclusions from '../db/conclusions';
import * as sessions from '../db/duiding-sessions';
import type { DuidingSession } from '../db/duiding-sessions';
import * as indicators from '../db/indicators';
import * as notes from '../db/notes';
import * as organisations from '../db/organisations';
import { inTransaction, now, type Scope } from '../db/scope';
import * as themes from '../db/themes';
import { lock } from '../db/locks';
import { currentVersion, publish as publishNow, publishChange } from '../publish/publication';
import { currentRows, parseSeen, recordSeenRows, valueSeenFor } from './figures';

export interface Actor {
	id: string;
	role: Role;
	organisationId: string | null;
	ip?: string | null;
}

/** Roles that prepare, run and publish sessions. */
export const RUN_ROLES: Role[] = ['facilitator', 'beleidsmedewerker', 'beheerder'];

export type Result<T = undefined> =
	| { ok: true; value: T; message: string }
	| { ok: false; message: string; issues?: { field: string; message: string }[]; conflict?: boolean };

const CONFLICT = 'Iemand anders heeft dit intussen veranderd. Hieronder staat de nieuwste versie; uw invoer staat nog in het formulier. Kijk of die nog klopt en sla opnieuw op.';
const NOT_ALLOWED: Result<never> = { ok: false, message: 'Alleen een facilitator, beleidsmedewerker of beheerder kan dit doen.' };
const GONE: Result<never> = { ok: false, message: 'Deze sessie bestaat niet (meer).' };
const READ_ONLY: Result<never> = { ok: false, message: 'Deze sessie is afgerond en kan niet meer veranderen. Een facilitator kan haar heropenen.' };

const conflict = (): Result<never> => ({ ok: false, message: CONFLICT, conflict: true });
const invalid = (issues: { field: string; message: string }[]): Result<never> => ({ ok: false, message: 'Controleer de velden.', issues });

/** The choices of the session forms for this gemeente. */
export async function formContext(scope: Scope): Promise<SessionFormContext> {
	const [wijken, themeList, catalogue, orgs] = await Promise.all([areas.list(scope, 'wijk'), themes.list(scope), indicators.listCurrent(scope), organisations.list(scope)]);
	return {
		wijken: new Set(wijken.map((w) => w.code)),
		themes: new Set(themeList.map((t) => t.code)),
		indicators: new Set(catalogue.map((i) => i.code)),
		organisations: new Set(orgs.filter((o) => !o.archivedAt).map((o) => o.id)),
		gemeente: scope.gemeente
	};
}

async function record(scope: Scope, actor: Actor, action: string, subject: string, detail: Record<string, unknown> = {}): Promise<void> {
	await audit.record(scope, { userId: actor.id, action, subject, detail, ip: actor.ip ?? null });
}

/** Creates a session as a concept with its details; its agenda comes next. */
export async function createSession(scope: Scope, actor: Actor, form: FormFields): Promise<Result<string>> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const input = validateSessionDetails(form, await formContext(scope));
	if (!input.ok) return invalid(input.issues);
	const id = await inTransaction(scope.db, async (db) => {
		const tx = { ...scope, db };
		const created = await sessions.create(tx, { ...input.value, status: 'concept', facilitatorUserId: actor.id, agenda: [] });
		await record(tx, actor, 'duiding.aangemaakt', created, { titel: input.value.title });
		return created;
	});
	return { ok: true, value: id, message: 'De sessie is aangemaakt. Stel nu de agenda samen.' };
}

/** Changes a session's details, based on revision `revision`. */
export async function updateDetails(scope: Scope, actor: Actor, id: string, revision: number, form: FormFields): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const input = validateSessionDetails(form, await formContext(scope));
	if (!input.ok) return invalid(input.issues);
	const v = input.value;
	return inTransaction(scope.db, async (db) => {
		const tx = { ...scope, db };
		const session = await sessions.get(tx, id);
		if (!session) return GONE;
		if (isReadOnly(session.status)) return READ_ONLY;
		if (!(await sessions.bump(tx, id, revision, { title: v.title, held_on: v.heldOn, kind: v.kind, theme_code: v.themeCode }, ['concept', 'gepland', 'bezig']))) return conflict();
		await sessions.replaceDetails(tx, id, v);
		return { ok: true, value: undefined, message: 'De gegevens van de sessie zijn opgeslagen.' };
	});
}

/** Replaces the agenda, based on revision `revision`; a running session records the new figures as it sees them. */
export async function saveAgenda(scope: Scope, actor: Actor, id: string, revision: number, form: FormFields): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const input = validateAgenda(form, await formContext(scope));
	if (!input.ok) return invalid(input.issues);
	return inTransaction(scope.db, async (db) => {
		const tx = { ...scope, db };
		const session = await sessions.get(tx, id);
		if (!session) return GONE;
		if (isReadOnly(session.status)) return READ_ONLY;
		if (!(await sessions.bump(tx, id, revision, {}, ['concept', 'gepland', 'bezig']))) return conflict();
		await sessions.replaceAgenda(tx, id, input.value);
		if (session.status === 'bezig') await recordSeenRows(tx, (await sessions.get(tx, id))!);
		return { ok: true, value: undefined, message: input.value.length ? `De agenda is opgeslagen (${input.value.length} ${input.value.length === 1 ? 'cijfer' : 'cijfers'}).` : 'De agenda is leeg opgeslagen.' };
	});
}

/**
 * Moves the session a step (plan, start, finish, reopen, back to concept), based on revision `revision`.
 * Starting records the publication the session looks at and every agenda figure as it is now.
 */
export async function step(scope: Scope, actor: Actor, id: string, revision: number, which: SessionStep): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const rule = sessionSteps[which];
	return inTransaction(scope.db, async (db) => {
		const tx = { ...scope, db };
		const session = await sessions.get(tx, id);
		if (!session) return GONE;
		if (!(rule.from as readonly string[]).includes(session.status)) return conflict();
		const starting = which === 'start';
		const set = starting ? { status: rule.to, publication_version: await currentVersion(tx), current_position: 0, started_at: now() } : { status: rule.to };
		if (!(await sessions.bump(tx, id, revision, set, [...rule.from]))) return conflict();
		if (starting) await recordSeenRows(tx, session);
		await record(tx, actor, `duiding.${which}`, id, { titel: session.title, van: session.status, naar: rule.to });
		const messages: Record<SessionStep, string> = {
			plan: 'De sessie is ingepland.',
			start: 'De sessie is gestart. De cijfers zijn vastgelegd zoals u ze nu ziet.',
			finish: 'De sessie is afgerond. Publiceer de notities als u ze hebt nagelopen.',
			reopen: 'De sessie is heropend. Dit staat in het logboek.',
			backToConcept: 'De sessie is weer een concept.'
		};
		return { ok: true, value: undefined, message: messages[which] };
	});
}

/** Shows step `position` (of `steps`) on every screen following the session (no conflict check: it is navigation). */
export async function show(scope: Scope, actor: Actor, id: string, position: number, steps: number): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const session = await sessions.get(scope, id);
	if (!session) return GONE;
	const clamped = Math.max(0, Math.min(position, Math.max(0, steps - 1)));
	if (session.currentPosition === clamped) return { ok: true, value: undefined, message: '' };
	await sessions.touch(scope, id, { current_position: clamped }, ['bezig']);
	return { ok: true, value: undefined, message: '' };
}

/** Starts (minutes > 0) or stops (0) the optional timer of the item on screen. */
export async function setTimer(scope: Scope, actor: Actor, id: string, minutes: number): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const valid = Number.isInteger(minutes) && minutes >= 0 && minutes <= 120;
	if (!valid) return { ok: false, message: 'Kies een tijd van 1 tot 120 minuten.' };
	const done = await sessions.touch(scope, id, minutes ? { timer_minutes: minutes, timer_started_at: now() } : { timer_minutes: null, timer_started_at: null }, ['bezig']);
	return done ? { ok: true, value: undefined, message: minutes ? `De timer loopt: ${minutes} minuten.` : 'De timer is uit.' } : GONE;
}

/** The running session and its agenda item, or why nothing can be added to it. */
async function runningItem(scope: Scope, id: string, position: number): Promise<{ session: DuidingSession; item: DuidingSession['agenda'][number] } | Result<never>> {
	const session = await sessions.get(scope, id);
	if (!session) return GONE;
	if (isReadOnly(session.status)) return READ_ONLY;
	if (session.status !== 'bezig') return { ok: false, message: 'Start de sessie eerst; daarna kunt u notities, conclusies en afspraken toevoegen.' };
	const item = session.agenda.find((a) => a.position === position);
	if (!item) return { ok: false, message: 'Dit agendapunt bestaat niet (meer). Laad de pagina opnieuw.' };
	return { session, item };
}

/** Adds a note to the figure of agenda item `position`, pinned to a period or a range the figure has data for. */
export async function addNote(scope: Scope, actor: Actor, id: string, position: number, form: FormFields): Promise<Result<{ id: string; number: number }>> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const orgs = (await formContext(scope)).organisations;
	const input = validateNote(form, orgs);
	if (!input.ok) return invalid(input.issues);
	return inTransaction(scope.db, async (db) => {
		const tx = { ...scope, db };
		const found = await runningItem(tx, id, position);
		if ('ok' in found) return found;
		const { session, item } = found;
		const seen = parseSeen(item.seenRows) ?? (await currentRows(tx, item.indicatorCode, item.areaCode));
		const anchor = anchorNote(input.value.from, input.value.to, (seen.intern ?? []).filter((r) => r.area !== null).map((r) => r.period));
		if (!anchor.ok) return invalid([{ field: 'van', message: anchor.message }]);
		if (input.value.repliesToNoteId) {
			const target = await notes.get(tx, input.value.repliesToNoteId);
			if (!target || target.indicatorCode !== item.indicatorCode || target.areaCode !== item.areaCode) {
				return invalid([{ field: 'antwoord_op', message: 'Een tegenspraak reageert op een notitie bij hetzelfde cijfer. Kies er een uit de lijst.' }]);
			}
		}
		const note = { periodTo: anchor.to, visibility: input.value.visibility };
		const created = await notes.create(tx, {
			sessionId: id,
			indicatorCode: item.indicatorCode,
			areaCode: item.areaCode,
			periodFrom: anchor.from,
			periodTo: anchor.to,
			kind: input.value.kind,
			body: input.value.body,
			repliesToNoteId: input.value.repliesToNoteId,
			authorUserId: actor.id,
			authorRole: input.value.speakerRole,
			authorOrganisationId: input.value.speakerOrganisationId,
			visibility: input.value.visibility,
			publicationVersion: session.publicationVersion,
			valueSeen: valueSeenFor(seen, note)
		});
		await sessions.touch(tx, id);
		return { ok: true, value: created, message: `Notitie ${created.number} is toegevoegd.` };
	});
}

/** The session of a note, conclusion or afspraak, when it may still change. */
async function editableSession(scope: Scope, sessionId: string | null): Promise<DuidingSession | Result<never>> {
	if (!sessionId) return GONE;
	const session = await sessions.get(scope, sessionId);
	if (!session) return GONE;
	return isReadOnly(session.status) ? READ_ONLY : session;
}

/** Changes a note of session `sessionId` based on revision `revision`. A published note's change is a publication. */
export async function updateNote(scope: Scope, actor: Actor, sessionId: string, noteId: string, revision: number, form: FormFields): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const input = validateNote(form, (await formContext(scope)).organisations);
	if (!input.ok) return invalid(input.issues);
	return changeForReaders(scope, actor, async (tx) => {
		const before = await notes.get(tx, noteId);
		if (!before || before.sessionId !== sessionId) return { result: { ok: false, message: 'Deze notitie bestaat niet (meer).' }, publish: null };
		const session = await editableSession(tx, sessionId);
		if ('ok' in session) return { result: session, publish: null };
		const item = session.agenda.find((a) => a.indicatorCode === before.indicatorCode && a.areaCode === before.areaCode);
		const seen = parseSeen(item?.seenRows ?? null) ?? (await currentRows(tx, before.indicatorCode, before.areaCode));
		const anchor = anchorNote(input.value.from, input.value.to, (seen.intern ?? []).filter((r) => r.area !== null).map((r) => r.period));
		if (!anchor.ok) return { result: invalid([{ field: 'van', message: anchor.message }]), publish: null };
		if (input.value.repliesToNoteId) {
			const target = await notes.get(tx, input.value.repliesToNoteId);
			if (!target || target.id === noteId || target.indicatorCode !== before.indicatorCode || target.areaCode !== before.areaCode) {
				return { result: invalid([{ field: 'antwoord_op', message: 'Een tegenspraak reageert op een andere notitie bij hetzelfde cijfer. Kies er een uit de lijst.' }]), publish: null };
			}
		}
		const updated = await notes.update(tx, noteId, revision, {
			body: input.value.body,
			kind: input.value.kind,
			author_role: input.value.speakerRole,
			author_organisation_id: input.value.speakerOrganisationId,
			period_from: anchor.from,
			period_to: anchor.to,
			visibility: input.value.visibility,
			replies_to_note_id: input.value.repliesToNoteId
		});
		if (!updated) return { result: conflict(), publish: null };
		await sessions.touch(tx, session.id);
		return { result: { ok: true, value: undefined, message: `Notitie ${before.number} is opgeslagen.` }, publish: before.publishedAt ? `Notitie ${before.number} aangepast` : null };
	});
}

/** Deletes a note of session `sessionId` while it is not afgerond. A published note's removal is a publication. */
export async function removeNote(scope: Scope, actor: Actor, sessionId: string, noteId: string): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	return changeForReaders(scope, actor, async (tx) => {
		const before = await notes.get(tx, noteId);
		if (!before || before.sessionId !== sessionId) return { result: { ok: false, message: 'Deze notitie bestaat niet (meer).' }, publish: null };
		const session = await editableSession(tx, sessionId);
		if ('ok' in session) return { result: session, publish: null };
		await notes.remove(tx, noteId);
		await sessions.touch(tx, session.id);
		await record(tx, actor, 'duiding.notitie_verwijderd', noteId, { nummer: before.number, indicator: before.indicatorCode, gebied: before.areaCode });
		return { result: { ok: true, value: undefined, message: `Notitie ${before.number} is verwijderd.` }, publish: before.publishedAt ? `Notitie ${before.number} verwijderd` : null };
	});
}

/** Thrown to roll a change back when it is refused; carries the refusal. */
class Refusal extends Error {
	constructor(readonly result: Result) {
		super(result.ok ? '' : result.message);
	}
}

/**
 * A change readers may see: made under the publication lock, taken first, so whether it touches something
 * published is decided in the same transaction as the change; when it does, it is published (a new version,
 * so no cache keeps the old notes). A refusal rolls everything back.
 */
async function changeForReaders(scope: Scope, actor: Actor, change: (tx: Scope) => Promise<{ result: Result; publish: string | null }>): Promise<Result> {
	try {
		return await inTransaction(scope.db, async (db) => {
			const tx: Scope = { ...scope, db };
			await lock(db, `publication:${scope.gemeente}`);
			const { result, publish } = await change(tx);
			if (!result.ok) throw new Refusal(result);
			if (publish) await publishNow(tx, { kind: 'notitie', summary: publish, by: actor.id });
			return result;
		});
	} catch (error) {
		if (error instanceof Refusal) return error.result;
		throw error;
	}
}

/** Adds a conclusion about the figure of agenda item `position`, its theme, or the session as a whole. */
export async function addConclusion(scope: Scope, actor: Actor, id: string, position: number, form: FormFields): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const input = validateConclusion(form);
	if (!input.ok) return invalid(input.issues);
	return inTransaction(scope.db, async (db) => {
		const tx = { ...scope, db };
		const found = await runningItem(tx, id, position);
		if ('ok' in found) return found;
		const { session, item } = found;
		const indicator = input.value.about === 'thema' ? await indicators.get(tx, item.indicatorCode) : undefined;
		await conclusions.create(tx, {
			sessionId: id,
			indicatorCode: input.value.about === 'figuur' ? item.indicatorCode : null,
			areaCode: input.value.about === 'figuur' ? item.areaCode : null,
			themeCode: input.value.about === 'thema' ? (indicator?.themeCode ?? session.themeCode) : null,
			body: input.value.body,
			visibility: input.value.visibility,
			authorUserId: actor.id
		});
		await sessions.touch(tx, id);
		return { ok: true, value: undefined, message: 'De conclusie is toegevoegd.' };
	});
}

/** Changes a conclusion's text or visibility, based on revision `revision`. */
export async function updateConclusion(scope: Scope, actor: Actor, sessionId: string, conclusionId: string, revision: number, form: FormFields): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const input = validateConclusion(form);
	if (!input.ok) return invalid(input.issues);
	return inTransaction(scope.db, async (db) => {
		const tx = { ...scope, db };
		const session = await editableSession(tx, sessionId);
		if ('ok' in session) return session;
		if (!(await conclusions.update(tx, sessionId, conclusionId, revision, { body: input.value.body, visibility: input.value.visibility }))) return conflict();
		await sessions.touch(tx, sessionId);
		return { ok: true, value: undefined, message: 'De conclusie is opgeslagen.' };
	});
}

export async function removeConclusion(scope: Scope, actor: Actor, sessionId: string, conclusionId: string): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	return inTransaction(scope.db, async (db) => {
		const tx = { ...scope, db };
		const session = await editableSession(tx, sessionId);
		if ('ok' in session) return session;
		if (!(await conclusions.remove(tx, sessionId, conclusionId))) return { ok: false, message: 'Deze conclusie bestaat niet (meer).' };
		await sessions.touch(tx, sessionId);
		return { ok: true, value: undefined, message: 'De conclusie is verwijderd.' };
	});
}

/** Adds an afspraak made about the figure of agenda item `position`. */
export async function addAfspraak(scope: Scope, actor: Actor, id: string, position: number, form: FormFields): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const input = validateAfspraak(form, (await formContext(scope)).organisations);
	if (!input.ok) return invalid(input.issues);
	return inTransaction(scope.db, async (db) => {
		const tx = { ...scope, db };
		const found = await runningItem(tx, id, position);
		if ('ok' in found) return found;
		await afspraken.create(tx, { sessionId: id, indicatorCode: found.item.indicatorCode, areaCode: found.item.areaCode, ...input.value, authorUserId: actor.id });
		await sessions.touch(tx, id);
		return { ok: true, value: undefined, message: 'De afspraak is toegevoegd.' };
	});
}

/**
 * Changes an afspraak, based on revision `revision`. Its status may change whenever it is followed up (in
 * a later session or on /acties); its text only while its own session is not afgerond.
 */
export async function updateAfspraak(scope: Scope, actor: Actor, afspraakId: string, revision: number, form: FormFields): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const before = await afspraken.get(scope, afspraakId);
	if (!before) return { ok: false, message: 'Deze afspraak bestaat niet (meer).' };
	const onlyStatus = form.alleen_status === 'ja';
	const full = onlyStatus ? null : validateAfspraak(form, (await formContext(scope)).organisations);
	if (full && !full.ok) return invalid(full.issues);
	const status = onlyStatus ? String(form.status ?? '') : null;
	if (status !== null && !['open', 'loopt', 'afgerond', 'vervallen'].includes(status)) return invalid([{ field: 'status', message: 'Kies een status: open, loopt, afgerond of vervallen.' }]);
	return inTransaction(scope.db, async (db) => {
		const tx = { ...scope, db };
		const session = await sessions.get(tx, before.sessionId);
		if (!session) return GONE;
		if (full && isReadOnly(session.status)) return READ_ONLY;
		const change = full?.ok ? { body: full.value.body, owner: full.value.owner, owner_organisation_id: full.value.ownerOrganisationId, deadline: full.value.deadline, status: full.value.status, visibility: full.value.visibility } : { status: status as 'open' };
		if (!(await afspraken.update(tx, afspraakId, revision, change))) return conflict();
		await sessions.touch(tx, before.sessionId);
		if (change.status !== before.status) await record(tx, actor, 'duiding.afspraak_status', afspraakId, { van: before.status, naar: change.status });
		return { ok: true, value: undefined, message: `De afspraak is opgeslagen (${change.status}).` };
	});
}

/** Deletes an afspraak of session `sessionId` while it is not afgerond. */
export async function removeAfspraak(scope: Scope, actor: Actor, sessionId: string, afspraakId: string): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const before = await afspraken.get(scope, afspraakId);
	if (!before || before.sessionId !== sessionId) return { ok: false, message: 'Deze afspraak bestaat niet (meer).' };
	return inTransaction(scope.db, async (db) => {
		const tx = { ...scope, db };
		const session = await editableSession(tx, before.sessionId);
		if ('ok' in session) return session;
		await afspraken.remove(tx, afspraakId);
		await sessions.touch(tx, before.sessionId);
		await record(tx, actor, 'duiding.afspraak_verwijderd', afspraakId, { tekst: before.body.slice(0, 200) });
		return { ok: true, value: undefined, message: 'De afspraak is verwijderd.' };
	});
}

/**
 * Publishes a session's results after review: the chosen visibility per note (`zichtbaar_<id>`), then every
 * note reaches the dashboards of the audiences that may read it, in one publication. A running session is
 * afgerond by it. Each note keeps the value its readers saw, at its final visibility.
 */
export async function publishResults(scope: Scope, actor: Actor, id: string, form: FormFields): Promise<Result<number>> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	const session = await sessions.get(scope, id);
	if (!session) return GONE;
	if (session.status !== 'bezig' && session.status !== 'afgerond') return { ok: false, message: 'Een sessie publiceert u als ze gehouden is: start haar eerst.' };
	const level = (key: string): Visibility | null => {
		const value = form[key];
		return typeof value === 'string' && (visibilities as readonly string[]).includes(value) ? (value as Visibility) : null;
	};
	try {
		const { result } = await publishChange(scope, { kind: 'notitie', summary: `Duiding gepubliceerd: ${session.title}`, by: actor.id }, async (tx) => {
			const current = await sessions.get(tx, id);
			if (!current || current.revision !== session.revision) throw new PublishConflict();
			const sessionNotes = await notes.listForSession(tx, id);
			for (const note of sessionNotes) {
				const visibility = level(`zichtbaar_${note.id}`) ?? note.visibility;
				const item = current.agenda.find((a) => a.indicatorCode === note.indicatorCode && a.areaCode === note.areaCode);
				const seen = parseSeen(item?.seenRows ?? null);
				const valueSeen = seen ? valueSeenFor(seen, { periodTo: note.periodTo, visibility }) : note.valueSeen;
				await tx.db.updateTable('notes').set({ visibility, value_seen: valueSeen }).where('gemeente_code', '=', scope.gemeente).where('id', '=', note.id).execute();
			}
			for (const c of await conclusions.listForSession(tx, id)) {
				const visibility = level(`zichtbaar_${c.id}`);
				if (visibility && visibility !== c.visibility) await conclusions.update(tx, id, c.id, c.revision, { visibility });
			}
			const at = now();
			const count = await notes.publishSession(tx, id, at);
			await sessions.bump(tx, id, null, { status: 'afgerond', results_published_at: at });
			await audit.record(tx, { userId: actor.id, action: 'duiding.gepubliceerd', subject: id, detail: { titel: session.title, notities: count }, ip: actor.ip ?? null });
			return count;
		});
		return { ok: true, value: result, message: result ? `De duiding is gepubliceerd: ${result} ${result === 1 ? 'notitie staat' : 'notities staan'} nu bij de cijfers.` : 'De conclusies en afspraken zijn gepubliceerd.' };
	} catch (error) {
		if (error instanceof PublishConflict) return conflict();
		throw error;
	}
}

class PublishConflict extends Error {}

/** Counts what deleting a session takes with it. */
export async function deletionImpact(scope: Scope, id: string): Promise<{ notes: number; published: number; conclusions: number; afspraken: number }> {
	const [n, c, a] = await Promise.all([notes.listForSession(scope, id), conclusions.listForSession(scope, id), afspraken.listForSession(scope, id)]);
	return { notes: n.length, published: n.filter((x) => x.publishedAt).length, conclusions: c.length, afspraken: a.length };
}

/** Deletes a session with everything in it. With published notes, only after confirmation (`confirmed`), as a publication. */
export async function deleteSession(scope: Scope, actor: Actor, id: string, confirmed: boolean): Promise<Result> {
	if (!RUN_ROLES.includes(actor.role)) return NOT_ALLOWED;
	return changeForReaders(scope, actor, async (tx) => {
		const session = await sessions.get(tx, id);
		if (!session) return { result: GONE, publish: null };
		const impact = await deletionImpact(tx, id);
		if (impact.published && !confirmed) {
			const message = `Deze sessie heeft ${impact.published} gepubliceerde ${impact.published === 1 ? 'notitie' : 'notities'}. Die verdwijnen ook van het dashboard. Bevestig dat u de sessie wilt verwijderen.`;
			return { result: { ok: false, message }, publish: null };
		}
		await sessions.remove(tx, id);
		await record(tx, actor, 'duiding.verwijderd', id, { titel: session.title, datum: session.heldOn, ...impact });
		return { result: { ok: true, value: undefined, message: `De sessie "${session.title}" is verwijderd.` }, publish: impact.published ? `Duidingssessie verwijderd: ${session.title}` : null };
	});
}
