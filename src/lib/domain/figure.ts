/** The shape of one figure as pages render it: an indicator for one area, with its context. */
import type { Indicator } from './indicator';
import { scaledCityCell } from './comparison';
import { comparePeriods, requirePeriod } from './periods';
import type { NoteKind, StoryType, Visibility } from './vocabulary';

export interface FigureCell {
	value: number | null;
	/** Respondents or persons behind the value (survey figures); null when unknown, not relevant or hidden. */
	n: number | null;
	/** Hidden from this audience: for its own small number, or (protectsOther) to protect a small cell elsewhere. */
	suppressed: boolean;
	/** Hidden only so that a small cell elsewhere cannot be worked out from the total (secondary suppression). */
	protectsOther: boolean;
	missingReason: string | null;
}

export interface FigureRow {
	period: string;
	area: FigureCell | null;
	city: FigureCell | null;
}

export interface FigureNote {
	id: string;
	/** Stored per indicator × area: the same number for every reader, on every chart. */
	number: number;
	periodFrom: string;
	periodTo: string;
	kind: NoteKind;
	body: string;
	/** The speaker's role and organisation. */
	authorRole: string;
	authorOrganisation?: string | null;
	visibility: Visibility;
	/** A tegenspraak: the note it disagrees with. */
	repliesToNoteId?: string | null;
	sessionId?: string | null;
	sessionTitle?: string | null;
	sessionHeldOn?: string | null;
	/** The value the session looked at, at the note's end period. */
	valueSeen?: number | null;
	/** When the figure was corrected since the session: both values. */
	correction?: { then: number; now: number } | null;
	/** False for a session's note not yet published (only the session's own screens show it). */
	published?: boolean;
	/** When the note was published (the wijk summary calls notes after the previous publication new). */
	publishedAt?: string | null;
	/** Where several areas share a chart (the comparison): the marker drawn, e.g. "B2" for note 2 of the second area. */
	marker?: string;
	/** For editing in the session: the stored revision and the speaker's organisation. */
	revision?: number;
	authorOrganisationId?: string | null;
}

export interface FigureStory {
	id: string;
	title: string;
	type: StoryType;
	period: string | null;
	/** The story's first sentence or line, for the card. */
	first?: string;
	/** When the story was added (the wijk summary calls stories after the previous publication new). */
	createdAt?: string;
}

export interface Figure {
	indicator: Pick<Indicator, 'code' | 'name' | 'themeCode' | 'unit' | 'frequency' | 'source' | 'kind' | 'direction' | 'minN' | 'targetValue' | 'targetNote'> & {
		definition: string;
		/** Periods from which a changed definition applies, with what changed. */
		definitionChanges: { validFrom: string; note: string | null }[];
	};
	area: { code: string; name: string };
	city: { code: string; name: string };
	rows: FigureRow[];
	latest: { period: string; cell: FigureCell; toelichting: string | null; organisation: string; publishedAt: string | null } | null;
	notes: FigureNote[];
	stories: FigureStory[];
	/** Factor the city's values in `rows` (table, chart and CSV alike) are multiplied by so a count compares with the area (1 for rates). */
	cityScale: number;
	/** The chart as drawn on the server; null when the browser draws it (figures far down a long page). */
	svg: string | null;
}

/** A measured cell of one indicator as pages and DuckDB both have it. */
export interface SeriesCell {
	areaCode: string;
	period: string;
	value: number | null;
	n: number | null;
	suppressed: boolean;
	protectsOther: boolean;
	missingReason: string | null;
}

/**
 * One indicator's rows for an area against the city, in period order; the city's values times `cityScale`
 * (see domain/comparison), so every view of the rows shows the same city figure.
 */
export function figureRows(cells: SeriesCell[], areaCode: string, cityCode: string, cityScale = 1): FigureRow[] {
	const rows = new Map<string, FigureRow>();
	const cellOf = (c: SeriesCell): FigureCell => ({ value: c.value, n: c.n, suppressed: c.suppressed, protectsOther: c.protectsOther, missingReason: c.missingReason });
	for (const c of cells) {
		if (c.areaCode !== areaCode && c.areaCode !== cityCode) continue;
		const row = rows.get(c.period) ?? { period: c.period, area: null, city: null };
		if (c.areaCode === areaCode) row.area = cellOf(c);
		else row.city = scaledCityCell(cellOf(c), cityScale);
		rows.set(c.period, row);
	}
	return [...rows.values()].sort((a, b) => comparePeriods(requirePeriod(a.period), requirePeriod(b.period)));
}
