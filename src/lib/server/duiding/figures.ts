// The figures of a duidingssessie: what the shared screen shows for an agenda item (the published figure
// with the session's own, not yet published notes), the rows recorded as the session saw them (per
// audience, so a report never shows a reader a cell hidden from them), and the agenda suggestions.
import { chartOptions, toTrendPoints, trendPlot } from '../../charts/trend';
import { cityLine, cityScale } from '../../domain/comparison';
import { marginRule } from '../../domain/margin';
import { isGeduid } from '../../domain/duiding/geduid';
import { anchorPeriods, valueAt } from '../../domain/duiding/note-anchor';
import { suggestAgenda, type Candidate, type Suggestion } from '../../domain/duiding/suggestions';
import { figureRows, type Figure, type FigureNote, type FigureRow } from '../../domain/figure';
import { periodEnd, requirePeriod } from '../../domain/periods';
import type { Viewer } from '../../domain/roles';
import { visibilities, type Visibility } from '../../domain/vocabulary';
import * as areas from '../db/areas';
import type { DuidingSession } from '../db/duiding-sessions';
import * as sessions from '../db/duiding-sessions';
import * as indicators from '../db/indicators';
import * as notes from '../db/notes';
import type { Note } from '../db/notes';
import type { Scope } from '../db/scope';
import * as stories from '../db/stories';
import { listVisible } from '../publish/figures';
import { currentVersion } from '../publish/publication';
import { renderFitted, renderToString } from '../publish/render';
import { CHART_WIDTH, cachedFiguresForArea } from '../publish/wijk-figures';

/** An agenda item's rows per audience, as recorded when the session started. */
export type SeenRows = Partial<Record<Visibility, FigureRow[]>>;

export function parseSeen(json: string | null): SeenRows | null {
	if (!json) return null;
	try {
		return JSON.parse(json) as SeenRows;
	} catch {
		return null;
	}
}

/** The figure's rows of `indicatorCode` in `areaCode` against the gemeente (its line scaled as on the wijk page), for every audience. */
export async function currentRows(scope: Scope, indicatorCode: string, areaCode: string): Promise<SeenRows> {
	const indicator = await indicators.get(scope, indicatorCode);
	const scale = await scaleFor(scope, indicator?.unit ?? '', areaCode);
	const seen: SeenRows = {};
	for (const audience of visibilities) {
		const cells = await listVisible(scope, audience, { indicatorCodes: [indicatorCode], areaCodes: [areaCode, scope.gemeente] });
		seen[audience] = figureRows(cells, areaCode, scope.gemeente, scale);
	}
	return seen;
}

/** Only the periods that had ended before `date` (ISO): the demo backdates its sessions. */
export function endedBefore(seen: SeenRows, date: string): SeenRows {
	const kept: SeenRows = {};
	for (const key of Object.keys(seen) as Visibility[]) kept[key] = seen[key]!.filter((r) => periodEnd(requirePeriod(r.period)) < date);
	return kept;
}

/** Records every agenda item's rows that has none yet (at the start, or an item added while running). */
export async function recordSeenRows(scope: Scope, session: Pick<DuidingSession, 'id' | 'agenda'>, before?: string): Promise<void> {
	for (const item of session.agenda) {
		if (item.seenRows) continue;
		const seen = await currentRows(scope, item.indicatorCode, item.areaCode);
		await sessions.recordSeen(scope, session.id, item.position, JSON.stringify(before ? endedBefore(seen, before) : seen));
	}
}

/** The value a note's readers saw at its end period: from the rows of the note's own visibility. */
export function valueSeenFor(seen: SeenRows | null, note: { periodTo: string; visibility: Visibility }): number | null {
	const rows = seen?.[note.visibility];
	return rows ? valueAt(rows, note.periodTo) : null;
}

/**
 * A stored note as a figure shows it to `viewer`. An internal note's value seen comes from unsuppressed rows;
 * its organisation's partners also read it, so only internal readers get that value.
 */
export function toFigureNote(note: Note, viewer: Viewer): FigureNote {
	return {
		id: note.id,
		number: note.number,
		periodFrom: note.periodFrom,
		periodTo: note.periodTo,
		kind: note.kind,
		body: note.body,
		authorRole: note.authorRole,
		authorOrganisation: note.authorOrganisationName,
		visibility: note.visibility,
		repliesToNoteId: note.repliesToNoteId,
		sessionId: note.sessionId,
		sessionTitle: note.sessionTitle,
		sessionHeldOn: note.sessionHeldOn,
		valueSeen: note.visibility === 'intern' && viewer.audience !== 'intern' ? null : note.valueSeen,
		published: note.publishedAt !== null,
		publishedAt: note.publishedAt,
		revision: note.revision,
		authorOrganisationId: note.authorOrganisationId
	};
}

export interface AgendaFigure {
	figure: Figure;
	/** Periods a note may be pinned to. */
	periods: string[];
}

/**
 * The figure of agenda item `position` for the shared screen: the published figure as `viewer` reads it,
 * with this session's notes the viewer may read (published or not), drawn again with all of them.
 */
export async function agendaFigure(scope: Scope, viewer: Viewer, session: DuidingSession, position: number, sessionNotes: Note[]): Promise<AgendaFigure | null> {
	const item = session.agenda.find((a) => a.position === position);
	if (!item) return null;
	const [area, city, version] = await Promise.all([areas.get(scope, item.areaCode), areas.get(scope, scope.gemeente), currentVersion(scope)]);
	if (!area || !city) return null;
	const all = await cachedFiguresForArea(scope, version, viewer, area, city);
	const published = all.find((f) => f.indicator.code === item.indicatorCode);
	if (!published) return null;
	const own = sessionNotes.filter((n) => n.indicatorCode === item.indicatorCode && n.areaCode === item.areaCode && !published.notes.some((p) => p.id === n.id)).map((n) => toFigureNote(n, viewer));
	const merged = [...published.notes, ...own].sort((a, b) => a.number - b.number);
	const figure: Figure = { ...published, notes: merged };
	figure.svg = renderToString((document) =>
		trendPlot(toTrendPoints(figure.rows, area.name, cityLine(city.name, area.name, figure.cityScale), marginRule(figure.indicator)), {
			...chartOptions({ definitionChanges: figure.indicator.definitionChanges.map((d) => d.validFrom), notes: merged, targetValue: figure.indicator.targetValue }),
			width: CHART_WIDTH,
			unit: figure.indicator.unit,
			label: `${figure.indicator.name} in ${area.name} en ${city.name}`,
			document
		})
	);
	// Notes pin to what the session saw (recorded at its start), as the server checks them.
	const seen = parseSeen(item.seenRows)?.intern;
	return { figure, periods: seen ? anchorPeriods(seen) : anchorPeriods(figure.rows) };
}

/** The figure as the session saw it (for the report), drawn on the server; its rows carry the city's line already scaled. */
export function seenFigureSvg(figure: { indicatorName: string; unit: string; areaName: string; cityName: string; scale: number }, rows: FigureRow[], figureNotes: FigureNote[]): string {
	return renderFitted(
		(document, width) =>
			trendPlot(toTrendPoints(rows, figure.areaName, cityLine(figure.cityName, figure.areaName, figure.scale)), {
				...chartOptions({ definitionChanges: [], notes: figureNotes, targetValue: null }),
				width,
				unit: figure.unit,
				label: `${figure.indicatorName} in ${figure.areaName} en ${figure.cityName}, zoals de sessie het zag`,
				document
			}),
		CHART_WIDTH
	);
}

/** Agenda suggestions for a session: its wijken × the indicators (of its theme, when it has one). */
export async function suggestionsFor(scope: Scope, viewer: Viewer, session: DuidingSession, lastSessionOn: string | null): Promise<Suggestion[]> {
	const [catalogue, wijken, cells, published, told] = await Promise.all([
		indicators.listCurrent(scope),
		areas.list(scope, 'wijk'),
		listVisible(scope, viewer.audience, { areaCodes: session.areaCodes }),
		notes.listReadable(scope, viewer, { areaCodes: session.areaCodes }),
		stories.listReadable(scope, viewer)
	]);
	const names = new Map(wijken.map((w) => [w.code, w.name]));
	const inTheme = catalogue.filter((i) => !session.themeCode || i.themeCode === session.themeCode);
	const candidates: Candidate[] = [];
	for (const indicator of inTheme) {
		for (const areaCode of session.areaCodes) {
			const own = cells.filter((c) => c.indicatorCode === indicator.code && c.areaCode === areaCode);
			const latest = own.at(-1);
			const previous = own.at(-2);
			const figureNotes = published.filter((n) => n.indicatorCode === indicator.code && n.areaCode === areaCode);
			candidates.push({
				indicatorCode: indicator.code,
				indicatorName: indicator.name,
				themeCode: indicator.themeCode,
				unit: indicator.unit,
				areaCode,
				areaName: names.get(areaCode) ?? areaCode,
				previous: previous ? { period: previous.period, value: previous.value } : null,
				latest: latest ? { period: latest.period, value: latest.value } : null,
				geduid: isGeduid(latest?.period ?? null, figureNotes),
				newStories: told.filter((s) => s.areaCode === areaCode && s.indicatorCodes.includes(indicator.code) && (!lastSessionOn || s.createdAt.slice(0, 10) >= lastSessionOn)).length
			});
		}
	}
	return suggestAgenda(candidates, new Set(session.agenda.map((a) => `${a.indicatorCode}|${a.areaCode}`)));
}

/** Stories from the session's wijken since the last session, to bring along (also those tied to no figure). */
export async function newStoriesFor(scope: Scope, viewer: Viewer, session: DuidingSession, lastSessionOn: string | null) {
	const told = await stories.listReadable(scope, viewer);
	return told.filter((s) => s.areaCode !== null && session.areaCodes.includes(s.areaCode) && (!lastSessionOn || s.createdAt.slice(0, 10) >= lastSessionOn));
}

/** The scale of the gemeente's line for a figure of `unit` in `areaCode` (see domain/comparison). */
export async function scaleFor(scope: Scope, unit: string, areaCode: string): Promise<number> {
	const [area, city] = await Promise.all([areas.get(scope, areaCode), areas.get(scope, scope.gemeente)]);
	return cityScale(unit, area?.population ?? null, city?.population ?? null);
}
