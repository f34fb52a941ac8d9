/**
 * Reading helpers for the catalogue CSV import: reading single cells (numbers, periods, word-list values).
 * Decoding bytes and splitting text into rows with their line numbers is in `text-file.ts`.
 * Messages are Dutch (B1): they say what is wrong and how to fix it.
 */
import { parsePeriod, toPeriodCode } from './periods';

/** Collapses all whitespace to single spaces: two definitions are the same when this makes them equal. */
export function sameText(a: string, b: string): boolean {
	const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
	return norm(a) === norm(b);
}

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** A number with a decimal comma or point (`7,5`, `7.5`, `-2`, also `1,5e-7` as the export may write); empty gives null. */
export function readNumber(text: string, label: string): CellResult<number | null> {
	if (text === '') return { ok: true, value: null };
	const compact = text.replace(/\s/g, '');
	if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)(e[+-]?\d+)?$/i.test(compact)) {
		return { ok: false, message: `${label} "${text}" is geen getal. Schrijf een getal zoals 75 of 7,5 (zonder punt voor duizendtallen).` };
	}
	return { ok: true, value: Number(compact.replace(',', '.')) };
}

/** A whole number of at least 1 (minimum_n); empty gives null. */
export function readMinN(text: string): CellResult<number | null> {
	if (text === '') return { ok: true, value: null };
	const compact = text.replace(/\s/g, '');
	if (!/^\d{1,6}$/.test(compact) || Number(compact) < 1) {
		return { ok: false, message: `minimum_n "${text}" is geen geldig aantal. Vul een heel getal in van 1 of meer, bijvoorbeeld 5.` };
	}
	return { ok: true, value: Number(compact) };
}

/** A period code (`2025-Q3`, `2025-H1`, `2025`, or another accepted spelling) as its canonical code; empty gives null. */
export function readPeriod(text: string): CellResult<string | null> {
	if (text === '') return { ok: true, value: null };
	const result = parsePeriod(text);
	return result.ok ? { ok: true, value: toPeriodCode(result.period) } : { ok: false, message: result.message };
}

/** A value from a fixed word list, compared without case and extra spaces. */
export function readChoice<T extends string>(list: readonly T[], text: string, label: string): CellResult<T> {
	const wanted = text.replace(/\s+/g, ' ').toLowerCase();
	const found = list.find((item) => item.toLowerCase() === wanted);
	if (found) return { ok: true, value: found };
	const allowed = list.join(', ');
	if (text === '') return { ok: false, message: `De ${label} is leeg. Kies een van deze: ${allowed}.` };
	return { ok: false, message: `De ${label} "${text}" kennen we niet. Kies een van deze: ${allowed}.` };
}
