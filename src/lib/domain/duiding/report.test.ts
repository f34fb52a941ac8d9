import { describe, expect, it } from 'vitest';
import type { Viewer } from '../roles';
import { figureAudience, forReader, parseReportReader, reportChoices, threadNotes } from './report';

const lezer: Viewer = { audience: 'raad', organisationId: null };
const facilitator: Viewer = { audience: 'partners', organisationId: null };
const beleid: Viewer = { audience: 'intern', organisationId: null };

describe('parseReportReader', () => {
	it('reads raad and partners; anything else is everything the reader may read', () => {
		expect(parseReportReader('raad')).toBe('raad');
		expect(parseReportReader('partners')).toBe('partners');
		expect(parseReportReader('intern')).toBe('alles');
		expect(parseReportReader(null)).toBe('alles');
	});
});

describe('reportChoices', () => {
	it('offers no choice to a reader who reads what the council reads', () => expect(reportChoices(lezer)).toEqual([]));
	it('offers every choice to those who read more', () => {
		expect(reportChoices(facilitator)).toEqual(['raad', 'partners', 'alles']);
		expect(reportChoices({ audience: 'raad', organisationId: 'buurtkracht' })).toEqual(['raad', 'partners', 'alles']);
	});
});

describe('forReader', () => {
	it('leaves out intern for the partners, and partners too for the council', () => {
		expect(forReader('alles', 'intern')).toBe(true);
		expect(forReader('partners', 'intern')).toBe(false);
		expect(forReader('partners', 'partners')).toBe(true);
		expect(forReader('raad', 'partners')).toBe(false);
		expect(forReader('raad', 'raad')).toBe(true);
		expect(forReader('raad', 'openbaar')).toBe(true);
	});
});

describe('figureAudience', () => {
	it('draws the figures of the chosen audience, never of one above the reader', () => {
		expect(figureAudience(beleid, 'alles')).toBe('intern');
		expect(figureAudience(beleid, 'partners')).toBe('partners');
		expect(figureAudience(beleid, 'raad')).toBe('raad');
		expect(figureAudience(lezer, 'partners')).toBe('raad');
		expect(figureAudience(lezer, 'alles')).toBe('raad');
	});
});

describe('threadNotes', () => {
	const note = (id: string, number: number, kind = 'verklaring', repliesToNoteId: string | null = null) => ({ id, number, kind, repliesToNoteId });
	it('puts a tegenspraak under the note it disagrees with, in number order', () => {
		const threads = threadNotes([note('c', 3, 'tegenspraak', 'a'), note('b', 2), note('a', 1)]);
		expect(threads.map((t) => [t.note.id, t.replies.map((r) => r.id)])).toEqual([
			['a', ['c']],
			['b', []]
		]);
	});
	it('puts a tegenspraak on a tegenspraak under the first note of the chain', () => {
		const threads = threadNotes([note('a', 1), note('b', 2, 'tegenspraak', 'a'), note('c', 3, 'tegenspraak', 'b')]);
		expect(threads.map((t) => [t.note.id, t.replies.map((r) => r.id)])).toEqual([['a', ['b', 'c']]]);
	});
	it('lets a tegenspraak stand on its own when its note is not in the report', () => {
		expect(threadNotes([note('b', 2, 'tegenspraak', 'gone')]).map((t) => t.note.id)).toEqual(['b']);
		expect(threadNotes([note('a', 1, 'tegenspraak', 'b'), note('b', 2, 'tegenspraak', 'a')]).map((t) => [t.note.id, t.replies.length])).toEqual([
			['a', 0],
			['b', 0]
		]);
	});
});
