// Shapes of the hand-written demo content (stories, duidingssessies). Values are resolved to ids by the seed.
import type { AfspraakStatus, DuidingSessionKind, DuidingSessionStatus, NoteKind, StoryType, Visibility } from '../../src/lib/domain/vocabulary';

export interface StoryContent {
	title: string;
	body: string;
	type: StoryType;
	/** A role, never a name: "bewoner (70+)", "opbouwwerker", "huisarts". */
	sourceRole: string;
	/** CBS wijk code, e.g. WK054603. */
	wijk: string;
	/** Canonical period code: 2024-Q3. */
	period: string;
	/** Theme codes (see THEMES in catalogue.ts). */
	themes: string[];
	/** Indicator codes from shared/data/indicatoren.csv. */
	indicators: string[];
	/** Organisation key of who collected it (see ORGANISATIONS). */
	collectedBy: string;
	visibility: Visibility;
	/** What the person consented to, e.g. "publicatie zonder naam". */
	consentScope: Visibility;
	/** ISO date of consent. */
	consentDate: string;
	/** A story still being written (never shown to readers): a plain concept, or one waiting for review. */
	draft?: 'concept' | 'ter review';
}

export interface NoteContent {
	indicator: string;
	/** CBS code of a wijk, or GM0546 for the city. */
	area: string;
	periodFrom: string;
	periodTo: string;
	kind: NoteKind;
	body: string;
	/** e.g. "opbouwwerker, Buurtkracht" */
	authorRole: string;
	visibility: Visibility;
	/** A tegenspraak replies to the session's earlier note on the same figure; set by the generator. */
}

export interface SessionContent {
	title: string;
	/** ISO date. */
	heldOn: string;
	kind: DuidingSessionKind;
	status: DuidingSessionStatus;
	wijken: string[];
	theme: string | null;
	participants: { role: string; organisation: string }[];
	/** The figures discussed; a question is what the facilitator asks about it. */
	agenda: { indicator: string; area: string; question?: string }[];
	notes: NoteContent[];
	conclusions: { body: string; visibility: Visibility }[];
	afspraken: { body: string; owner: string; deadline: string; status: AfspraakStatus; visibility: Visibility }[];
}
