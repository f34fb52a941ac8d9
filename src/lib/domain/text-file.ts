/**
 * Reading uploaded text files (catalogue, population and delivery CSVs): decoding bytes, guessing the
 * separator, and splitting the text into rows with the spreadsheet line each row starts on.
 */
import Papa from 'papaparse';

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

const SEPARATORS = [';', ',', '\t'] as const;

/**
 * The separator of the first non-empty line: the one of `;`, `,` and tab that occurs most often outside
 * quotes (a tie goes to `;`, then `,`); `;` when there is none.
 */
export function detectDelimiter(text: string): string {
	const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
	// Start at the first line with content (after a BOM and empty lines).
	let i = /^\uFEFF?(?:[ \t]*(?:\r\n|\r|\n))*/.exec(text)![0].length;
	let quoted = false;
	for (; i < text.length; i++) {
		const c = text[i]!;
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
	}
	let best = ';';
	for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
	return best;
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

/** A header name as we compare it: BOM removed, trimmed, lower case, spaces and hyphens as `_`. */
export function normaliseHeader(name: string): string {
	return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * A text cell: trimmed, and without the apostrophe our export puts before a text that starts with
 * = + - or @ (so a spreadsheet does not run it as a formula).
 */
export function readText(value: string | undefined): string {
	const text = (value ?? '').trim();
	return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}
