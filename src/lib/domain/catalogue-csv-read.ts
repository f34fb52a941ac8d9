/**
 * Reading helpers for the catalogue CSV import: decoding bytes, splitting the text into rows with their
 * spreadsheet line numbers, and reading single cells (texts, numbers, periods, word-list values).
 * Messages are Dutch (B1): they say what is wrong and how to fix it.
 */
import Papa from 'papaparse';
import { parsePeriod, toPeriodCode } from './periods';

/** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (what Excel on Windows writes as "CSV"). */
export function decodeText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** One row of the file: its cells and the spreadsheet line where it starts (header = line 1). */
export interface RawRow {
	line: number;
	cells: string[];
	/** A Dutch message when the CSV itself is broken on this row (for example an unclosed quote). */
	error: string | null;
}

/** `;` unless the first non-empty line has no `;` but does have a `,` (or a tab). */
export function detectDelimiter(text: string): string {
	const firstLine = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
	if (firstLine.includes(';')) return ';';
	if (firstLine.includes(',')) return ',';
	if (firstLine.includes('\t')) return '\t';
	return ';';
}

function lineCounter(text: string): (offset: number) => number {
	const breaks: number[] = [];
	const pattern = /\r\n|\r|\n/g;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) breaks.push(match.index + match[0].length);
	// Line of an offset: 1 + the number of line breaks that end at or before it (binary search).
	return (offset) => {
		let lo = 0;
		let hi = breaks.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (breaks[mid]! <= offset) lo = mid + 1;
			else hi = mid;
		}
		return lo + 1;
	};
}

/**
 * Splits CSV text (BOM removed) into rows with the line each row starts on, so that a quoted cell with line
 * breaks does not shift the line numbers of later rows. Rows whose cells are all empty are left out.
 */
export function readRows(text: string, delimiter: string): RawRow[] {
	const lineOf = lineCounter(text);
	const rows: RawRow[] = [];
	let start = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		step: (result) => {
			const cells = result.data;
			const line = lineOf(start);
			start = result.meta.cursor;
			const error = result.errors[0] ? csvErrorMessage(result.errors[0].code) : null;
			if (!error && cells.every((c) => c.trim() === '')) return;
			rows.push({ line, cells, error });
		}
	});
	return rows;
}

function csvErrorMessage(code: string): string {
	if (code === 'MissingQuotes') {
		return 'Een tekst tussen aanhalingstekens (") wordt niet afgesloten. Zet aan het eind van die tekst ook een ".';
	}
	return 'Deze regel kan niet goed gelezen worden. Controleer de aanhalingstekens (") in deze regel.';
}

/** A header name as we compare it: trimmed, lower case, spaces and hyphens as `_`. */
export function normaliseHeader(name: string): string {
	return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * A text cell: trimmed, and without the apostrophe our export puts before a text that starts with
 * = + - or @ (so a spreadsheet does not run it as a formula).
 */
export function readText(value: string | undefined): string {
	const text = (value ?? '').trim();
	return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

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
