/**
 * Dates that point at a person: a full date (day, month and year: "12-03-1956", "1956-03-12",
 * "12 maart 1956", "3 mrt. 1956"), and a day with a month, or a month with a year, when the sentence is about
 * a birth, birthday or death ("geboren op 12 maart", "jarig op 5 mei", "geboren in maart 1956").
 * A month with a year alone ("maart 2025"), a year, a quarter or a season is not flagged.
 */
import { makeFinding, sentenceAt, type Finding } from './types';

const MONTHS = String.raw`(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)`;

const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const MONTH_NUMBER = String.raw`(?:0?[1-9]|1[0-2])`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;

const NUMERIC = new RegExp(String.raw`(?<![\p{L}\p{N}./-])${DAY}([-/.])${MONTH_NUMBER}\1${YEAR}(?![\p{L}\p{N}]|[-/.]\p{N})`, 'gu');
const ISO = new RegExp(String.raw`(?<![\p{L}\p{N}./-])${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\p{L}\p{N}]|[-/.]\p{N})`, 'gu');
/** "12 maart 1956", "3 mrt. 1956", "1e april", "12 maart" (the year is optional here; see birth context). */
const WRITTEN = new RegExp(String.raw`(?<![\p{L}\p{N},.])${DAY}(?:e|ste|de)? ${MONTHS}\.?(?![\p{L}])(?:,? (${YEAR})(?![\p{L}\p{N}]))?`, 'giu');
/** "maart 1956" without a day before it: only near a birth word. */
const MONTH_YEAR = new RegExp(String.raw`(?<!\p{N}(?:e|ste|de)? ?)(?<![\p{L}])${MONTHS}\.? ${YEAR}(?![\p{L}\p{N}])`, 'giu');

const BIRTH_CONTEXT = /(?<![\p{L}])(?:geboren|geboortedatum|geboortedag|geb\.|verjaardag|jarig|overleden|overlijdensdatum|gestorven|stierf)(?![\p{L}])/iu;

/** True when a birth or death word stands in the same sentence, at most 80 characters away. */
function nearBirth(text: string, starts: number[], start: number, end: number): boolean {
	const [s, e] = sentenceAt(starts, text.length, start);
	return BIRTH_CONTEXT.test(text.slice(Math.max(s, start - 80), Math.min(e, end + 80)));
}

/** Day and month checked against the calendar (leap years allowed for 29 February). */
function validDayMonth(day: number, month: number): boolean {
	const max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
	return max !== undefined && day >= 1 && day <= max;
}

const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, maa: 3, mrt: 3, apr: 4, mei: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, nov: 11, dec: 12 };

export function findDates(text: string, starts: number[]): Finding[] {
	const out: Finding[] = [];
	for (const m of text.matchAll(NUMERIC)) {
		const [d, mo] = m[0].split(/[-/.]/).map(Number);
		if (validDayMonth(d!, mo!)) out.push(makeFinding('datum', text, m.index, m.index + m[0].length));
	}
	for (const m of text.matchAll(ISO)) {
		const [, mo, d] = m[0].split('-').map(Number);
		if (validDayMonth(d!, mo!)) out.push(makeFinding('datum', text, m.index, m.index + m[0].length));
	}
	for (const m of text.matchAll(WRITTEN)) {
		const day = parseInt(m[0], 10);
		const monthWord = m[0].replace(/^\d+(?:e|ste|de)? /i, '').toLowerCase();
		const month = MONTH_INDEX[monthWord.slice(0, 3)] ?? 0;
		if (!validDayMonth(day, month)) continue;
		// a full stop after a month without a year ends the sentence more often than it abbreviates
		const end = m.index + m[0].length - (m[1] === undefined && m[0].endsWith('.') ? 1 : 0);
		if (m[1] !== undefined || nearBirth(text, starts, m.index, end)) out.push(makeFinding('datum', text, m.index, end));
	}
	for (const m of text.matchAll(MONTH_YEAR)) {
		const end = m.index + m[0].length;
		if (nearBirth(text, starts, m.index, end)) out.push(makeFinding('datum', text, m.index, end));
	}
	return out;
}
