// The session report (verslag): for whom it is made, what it may hold, and how its notes are arranged. Pure.
import type { Viewer } from '../roles';
import { canRead } from '../visibility';
import type { Visibility } from '../vocabulary';

/** For whom a report is made: the council, the partners, or everything the reader may read. */
export const reportReaders = ['raad', 'partners', 'alles'] as const;
export type ReportReader = (typeof reportReaders)[number];

export const reportReaderLabels: Record<ReportReader, string> = {
	raad: 'De gemeenteraad: alleen openbare punten en punten voor de raad',
	partners: 'De partners: zonder interne punten',
	alles: 'Alles wat u mag zien'
};

/** The choice in `?voor=`; anything else (or nothing) is everything the reader may read. */
export function parseReportReader(value: string | null): ReportReader {
	return value === 'raad' || value === 'partners' ? value : 'alles';
}

/** The choices offered to `viewer`: none when they read no more than the council does (the report is then theirs). */
export function reportChoices(viewer: Viewer): ReportReader[] {
	const readsMore = canRead(viewer.audience, 'partners') || viewer.organisationId !== null;
	return readsMore ? [...reportReaders] : [];
}

/** True when an item at `level` belongs in a report for `reader` (what the reader may read is checked apart: access.readable). */
export function forReader(reader: ReportReader, level: Visibility): boolean {
	return reader === 'alles' || canRead(reader, level);
}

/** The audience whose figures the report draws: the reader's own, or the chosen one when that is lower. */
export function figureAudience(viewer: Viewer, reader: ReportReader): Visibility {
	if (reader === 'alles' || canRead(reader, viewer.audience)) return viewer.audience;
	return reader;
}

/** A note with the tegenspraken that disagree with it. */
export interface NoteThread<T> {
	note: T;
	replies: T[];
}

/**
 * Notes in number order, each tegenspraak under the note it disagrees with (a tegenspraak on a tegenspraak
 * under the first note of that chain); one whose note is not among `notes` (another figure, or left out of
 * this report) stands on its own.
 */
export function threadNotes<T extends { id: string; number: number; kind: string; repliesToNoteId?: string | null }>(notes: T[]): NoteThread<T>[] {
	const sorted = [...notes].sort((a, b) => a.number - b.number);
	const byId = new Map(sorted.map((n) => [n.id, n]));
	const rootOf = (note: T): T => {
		let current = note;
		const seen = new Set<string>();
		while (current.kind === 'tegenspraak' && current.repliesToNoteId && byId.has(current.repliesToNoteId) && !seen.has(current.id)) {
			seen.add(current.id);
			current = byId.get(current.repliesToNoteId)!;
		}
		// A cycle of tegenspraken has no first note: each then stands on its own.
		return seen.has(current.id) ? note : current;
	};
	const threads = new Map<string, NoteThread<T>>();
	for (const note of sorted) {
		const root = rootOf(note);
		if (root === note) threads.set(note.id, { note, replies: threads.get(note.id)?.replies ?? [] });
		else {
			const thread = threads.get(root.id) ?? { note: root, replies: [] };
			thread.replies.push(note);
			threads.set(root.id, thread);
		}
	}
	return [...threads.values()].sort((a, b) => a.note.number - b.note.number);
}
