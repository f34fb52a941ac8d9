// The report (verslag) of one duidingssessie: the agenda with each figure as the session saw it, the
// notes, conclusions and afspraken, and the afspraken that came back from earlier sessions. Only what the
// reader may read, narrowed to the audience the report is for; figures drawn from the rows recorded for
// that audience, never from a higher one.
import { groupBy } from '../../domain/group-by';
import { carriedInto, isOverdue } from '../../domain/duiding/afspraken';
import { figureAudience, forReader, threadNotes, type NoteThread, type ReportReader } from '../../domain/duiding/report';
import { isPublishedItem, sessionKindLabels } from '../../domain/duiding/session-rules';
import type { FigureRow } from '../../domain/figure';
import type { AfspraakStatus, NoteKind, Visibility } from '../../domain/vocabulary';
import * as afspraken from '../db/afspraken';
import * as areas from '../db/areas';
import * as conclusions from '../db/conclusions';
import * as sessions from '../db/duiding-sessions';
import * as indicators from '../db/indicators';
import * as notes from '../db/notes';
import * as organisations from '../db/organisations';
import type { Scope } from '../db/scope';
import * as themes from '../db/themes';
import { followableIds, readable, type SessionAccess } from './access';
import { parseSeen, scaleFor, seenFigureSvg, toFigureNote } from './figures';

export interface ReportNote {
	id: string;
	number: number;
	kind: NoteKind;
	repliesToNoteId: string | null;
	periodFrom: string;
	periodTo: string;
	body: string;
	speaker: string;
	visibility: Visibility;
	valueSeen: number | null;
}

export interface ReportConclusion {
	id: string;
	body: string;
	/** What it is about: a figure or a theme; null for the session as a whole. */
	about: string | null;
	visibility: Visibility;
}

export interface ReportAfspraak {
	id: string;
	body: string;
	owner: string;
	deadline: string | null;
	status: AfspraakStatus;
	overdue: boolean;
	about: string | null;
	visibility: Visibility;
}

export interface ReportFigure {
	position: number;
	indicatorName: string;
	unit: string;
	minN: number;
	areaName: string;
	cityName: string;
	/** Factor applied to the gemeente's line so a count compares with the wijk (1 for rates). */
	cityScale: number;
	question: string | null;
	/** The chart and rows as the session saw them; null when they were not recorded. */
	seen: { svg: string; rows: FigureRow[] } | null;
	notes: NoteThread<ReportNote>[];
}

export interface SessionReport {
	title: string;
	kind: string;
	heldOn: string;
	status: string;
	resultsPublished: boolean;
	wijken: string[];
	theme: string | null;
	participants: { role: string; organisation: string | null; name: string | null }[];
	publicationVersion: number | null;
	figures: ReportFigure[];
	/** Notes of the session on figures that are not on its agenda, per figure. */
	otherNotes: { title: string; unit: string; notes: NoteThread<ReportNote>[] }[];
	conclusions: ReportConclusion[];
	afspraken: ReportAfspraak[];
	carried: (ReportAfspraak & { sessionTitle: string; sessionHeldOn: string })[];
}


const key = (indicatorCode: string | null, areaCode: string | null) => `${indicatorCode}|${areaCode}`;

/** The report of `access.session` for `reader`, as of `today` (ISO date: what is overdue). */
export async function sessionReport(scope: Scope, access: SessionAccess, reader: ReportReader, today: string): Promise<SessionReport> {
	const { session, viewer, mayRun } = access;
	const [catalogue, orgs, themeList, sessionNotes, sessionConclusions, sessionAfspraken, earlier] = await Promise.all([
		indicators.list(scope),
		organisations.list(scope),
		themes.list(scope),
		notes.listForSession(scope, session.id),
		conclusions.listForSession(scope, session.id),
		afspraken.listForSession(scope, session.id),
		sessions.earlierRelated(scope, session).then((ids) => followableIds(scope, access.actor, ids))
	]);
	const codes = [...new Set([scope.gemeente, ...session.areaCodes, ...session.agenda.map((a) => a.areaCode), ...sessionNotes.map((n) => n.areaCode)])];
	const areaList = await Promise.all(codes.map((code) => areas.get(scope, code)));
	const areaName = new Map(areaList.filter((a) => a !== undefined).map((a) => [a.code, a.name]));
	const nameOfArea = (code: string) => areaName.get(code) ?? code;
	const cityName = nameOfArea(scope.gemeente);
	const indicatorOf = new Map(catalogue.map((i) => [i.code, i]));
	const orgName = new Map(orgs.map((o) => [o.id, o.name]));
	const themeName = new Map(themeList.map((t) => [t.code, t.name]));
	const figureName = (indicatorCode: string, areaCode: string) => `${indicatorOf.get(indicatorCode)?.name ?? indicatorCode}, ${nameOfArea(areaCode)}`;
	const about = (item: { indicatorCode: string | null; areaCode: string | null; themeCode?: string | null }) =>
		item.indicatorCode && item.areaCode ? figureName(item.indicatorCode, item.areaCode) : item.themeCode ? `thema ${themeName.get(item.themeCode) ?? item.themeCode}` : null;

	// Someone who does not run sessions reads only what was published of it.
	const kept = readable(viewer, sessionNotes).filter((n) => (mayRun || n.publishedAt !== null) && forReader(reader, n.visibility));
	const toReportNote = (n: (typeof kept)[number]): ReportNote => ({
		id: n.id,
		number: n.number,
		kind: n.kind,
		repliesToNoteId: n.repliesToNoteId,
		periodFrom: n.periodFrom,
		periodTo: n.periodTo,
		body: n.body,
		speaker: [n.authorRole, n.authorOrganisationName].filter(Boolean).join(', '),
		visibility: n.visibility,
		valueSeen: toFigureNote(n, viewer).valueSeen ?? null
	});

	const audience = figureAudience(viewer, reader);
	const agendaKeys = new Set(session.agenda.map((a) => key(a.indicatorCode, a.areaCode)));
	const figures: ReportFigure[] = [];
	for (const item of session.agenda) {
		const indicator = indicatorOf.get(item.indicatorCode);
		const own = kept.filter((n) => n.indicatorCode === item.indicatorCode && n.areaCode === item.areaCode);
		const rows = parseSeen(item.seenRows)?.[audience] ?? null;
		const figure = {
			indicatorName: indicator?.name ?? item.indicatorCode,
			unit: indicator?.unit ?? 'aantal',
			areaName: nameOfArea(item.areaCode),
			cityName
		};
		const cityScale = await scaleFor(scope, figure.unit, item.areaCode);
		const seen = rows && rows.length ? { rows, svg: seenFigureSvg({ ...figure, scale: cityScale }, rows, own.map((n) => toFigureNote(n, viewer))) } : null;
		figures.push({
			position: item.position,
			...figure,
			cityScale,
			minN: indicator?.minN ?? 0,
			question: item.question,
			seen,
			notes: threadNotes(own.map(toReportNote))
		});
	}

	const toReportAfspraak = (a: afspraken.Afspraak): ReportAfspraak => ({
		id: a.id,
		body: a.body,
		owner: a.owner,
		deadline: a.deadline,
		status: a.status,
		overdue: isOverdue(a, today),
		about: about(a),
		visibility: a.visibility
	});
	const inThisReport = <T extends afspraken.Afspraak>(items: T[]) => readable(viewer, items).filter((a) => forReader(reader, a.visibility));
	const carried = inThisReport(carriedInto(session, await afspraken.listInContext(scope, earlier)));
	// Someone who does not run sessions reads only the published results (not what was added after re-opening).
	const published = <T extends { createdAt: string }>(items: T[]) => (mayRun ? items : items.filter((item) => isPublishedItem(session, item)));

	return {
		title: session.title,
		kind: sessionKindLabels[session.kind],
		heldOn: session.heldOn,
		status: session.status,
		resultsPublished: session.resultsPublishedAt !== null,
		wijken: session.areaCodes.map(nameOfArea),
		theme: session.themeCode ? (themeName.get(session.themeCode) ?? session.themeCode) : null,
		participants: session.participants.map((p) => ({ role: p.role, organisation: p.organisationId ? (orgName.get(p.organisationId) ?? null) : null, name: p.name })),
		publicationVersion: session.publicationVersion,
		figures,
		otherNotes: [...groupBy(kept.filter((n) => !agendaKeys.has(key(n.indicatorCode, n.areaCode))), (n) => key(n.indicatorCode, n.areaCode)).values()].map((group) => ({
			title: figureName(group[0]!.indicatorCode, group[0]!.areaCode),
			unit: indicatorOf.get(group[0]!.indicatorCode)?.unit ?? 'aantal',
			notes: threadNotes(group.map(toReportNote))
		})),
		conclusions: readable(viewer, published(sessionConclusions)).filter((c) => forReader(reader, c.visibility)).map((c) => ({ id: c.id, body: c.body, about: about(c), visibility: c.visibility })),
		afspraken: inThisReport(published(sessionAfspraken)).map(toReportAfspraak),
		carried: carried.map((a) => ({ ...toReportAfspraak(a), sessionTitle: a.sessionTitle, sessionHeldOn: a.sessionHeldOn }))
	};
}
