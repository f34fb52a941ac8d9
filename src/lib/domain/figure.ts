/** The shape of one figure as pages render it: an indicator for one area, with its context. */
import type { Indicator } from './indicator';
import type { NoteKind, StoryType, Visibility } from './vocabulary';

export interface FigureCell {
	value: number | null;
	/** Hidden because it rests on too few persons for this audience. */
	suppressed: boolean;
	missingReason: string | null;
}

export interface FigureRow {
	period: string;
	area: FigureCell | null;
	city: FigureCell | null;
}

export interface FigureNote {
	id: string;
	periodFrom: string;
	periodTo: string;
	kind: NoteKind;
	body: string;
	authorRole: string;
	visibility: Visibility;
}

export interface FigureStory {
	id: string;
	title: string;
	type: StoryType;
	period: string | null;
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
	/** Factor applied to the city's line so a count compares with the area (1 for rates). */
	cityScale: number;
	/** The chart as drawn on the server. */
	svg: string;
}
