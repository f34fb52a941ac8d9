// What the session page shows at one step: the afspraken that came back (the first step, when there are
// any), or one agenda figure with its context and what the session added to it so far.
import type { Viewer } from '../../domain/roles';
import * as afspraken from '../db/afspraken';
import * as areas from '../db/areas';
import * as conclusions from '../db/conclusions';
import * as indicators from '../db/indicators';
import type { DuidingSession } from '../db/duiding-sessions';
import * as notes from '../db/notes';
import * as organisations from '../db/organisations';
import type { Scope } from '../db/scope';
import { isPublishedItem } from '../../domain/duiding/session-rules';
import { readable } from './access';
import { RUN_ROLES, type Actor } from './workflow';
import { agendaFigure, toFigureNote } from './figures';
import { carriedAfspraken } from './prepare';

/** The steps of a session: the carried afspraken (when any), then each agenda item. */
export function stepCount(session: DuidingSession, carried: number): number {
	return (carried ? 1 : 0) + session.agenda.length;
}

/**
 * The session page at `step` for `viewer`. Those who run the session and partners taking part see its work
 * as it happens; anyone else (a council member opening a published session) only its published results.
 */
export async function sessionView(scope: Scope, viewer: Viewer, actor: Actor, session: DuidingSession, step: number) {
	const seesWork = RUN_ROLES.includes(actor.role) || (actor.organisationId !== null && session.participants.some((p) => p.organisationId === actor.organisationId));
	const [allNotes, allConclusions, allAfspraken, carried, wijken, orgs, catalogue] = await Promise.all([
		notes.listForSession(scope, session.id),
		conclusions.listForSession(scope, session.id),
		afspraken.listForSession(scope, session.id),
		carriedAfspraken(scope, viewer, session, actor),
		areas.list(scope, 'wijk'),
		organisations.list(scope),
		indicators.list(scope)
	]);
	const indicatorName = new Map(catalogue.map((i) => [i.code, i.name]));
	const sessionNotes = readable(viewer, seesWork ? allNotes : allNotes.filter((n) => n.publishedAt !== null));
	const total = stepCount(session, carried.length);
	const current = Math.max(0, Math.min(step, Math.max(0, total - 1)));
	const agendaIndex = current - (carried.length ? 1 : 0);
	const item = agendaIndex >= 0 ? (session.agenda[agendaIndex] ?? null) : null;
	const shown = item ? await agendaFigure(scope, viewer, session, item.position, sessionNotes) : null;
	const about = (x: { indicatorCode: string | null; areaCode: string | null }) => item !== null && x.indicatorCode === item.indicatorCode && x.areaCode === item.areaCode;
	const readableConclusions = readable(viewer, seesWork ? allConclusions : allConclusions.filter((c) => isPublishedItem(session, c)));
	const readableAfspraken = readable(viewer, seesWork ? allAfspraken : allAfspraken.filter((a) => isPublishedItem(session, a)));
	const names = new Map([...wijken.map((w) => [w.code, w.name] as const), [scope.gemeente, 'hele gemeente'] as const]);
	return {
		step: current,
		total,
		carried,
		onCarriedStep: carried.length > 0 && current === 0,
		item: item ? { ...item, areaName: names.get(item.areaCode) ?? item.areaCode } : null,
		agenda: session.agenda.map((a) => ({ position: a.position, indicatorCode: a.indicatorCode, indicatorName: indicatorName.get(a.indicatorCode) ?? a.indicatorCode, areaCode: a.areaCode, areaName: names.get(a.areaCode) ?? a.areaCode, question: a.question })),
		figure: shown?.figure ?? null,
		periods: shown?.periods ?? [],
		itemNotes: item ? sessionNotes.filter((n) => about(n)).map((n) => toFigureNote(n, viewer)) : [],
		/** Notes of this figure the session may answer with a tegenspraak: every note on it the viewer reads. */
		replyTargets: shown ? shown.figure.notes.filter((n) => n.kind !== 'tegenspraak').map((n) => ({ id: n.id, number: n.number, body: n.body.slice(0, 80) })) : [],
		itemConclusions: readableConclusions.filter((c) => about(c) || (item === null ? false : c.indicatorCode === null && c.areaCode === null)),
		itemAfspraken: readableAfspraken.filter((a) => about(a)),
		counts: { notes: sessionNotes.length, conclusions: readableConclusions.length, afspraken: readableAfspraken.length },
		organisations: orgs.filter((o) => !o.archivedAt).map((o) => ({ id: o.id, name: o.name }))
	};
}
