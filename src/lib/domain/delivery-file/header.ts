/** From the rows of a sheet (CSV or XLSX) to `FileRow`s: finding the columns by their header names. */
import { normaliseHeader, readText } from '../text-file';
import { guessDecimal } from './number';
import {
	LIST_CAP,
	UPLOAD_COLUMNS,
	type FileLimits,
	type FileProblem,
	type FileRead,
	type FileRow,
	type SheetRow,
	type UploadColumn
} from './types';

const REQUIRED: readonly UploadColumn[] = ['wijkcode', 'indicator', 'periode', 'waarde'];

/** Other names people use for our columns (after `normaliseHeader`). */
const ALIASES: Readonly<Record<string, UploadColumn>> = {
	wijk: 'wijkcode',
	gebied: 'wijkcode',
	gebiedcode: 'wijkcode',
	gebiedscode: 'wijkcode',
	indicatorcode: 'indicator',
	code: 'indicator',
	period: 'periode',
	value: 'waarde',
	aantal: 'waarde'
};

/** Columns of the template we ship that only help the reader; ignored without a notice. */
const TEMPLATE_ONLY = new Set(['wijknaam', 'indicatornaam']);

const NO_EMPTY: readonly UploadColumn[] = Object.freeze([]);

/** Column letters as a spreadsheet shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

function columnOf(name: string): UploadColumn | null {
	const key = normaliseHeader(name);
	if ((UPLOAD_COLUMNS as readonly string[]).includes(key)) return key as UploadColumn;
	return ALIASES[key] ?? null;
}

function trimEnd(cells: string[]): string[] {
	let end = cells.length;
	while (end > 0 && cells[end - 1]!.trim() === '') end--;
	return end === cells.length ? cells : cells.slice(0, end);
}

function list(items: string[]): string {
	return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

function quoted(items: string[]): string {
	return list(items.map((item) => `"${item}"`));
}

/**
 * Maps the header (the first row) and turns every further row into a `FileRow`. Checks the required and
 * double columns, the number of rows and the length of each cell.
 */
export function toFileRead(
	sheetRows: SheetRow[],
	format: 'csv' | 'xlsx',
	sheet: string | null,
	limits: FileLimits,
	notices: string[]
): FileRead {
	const [first, ...data] = sheetRows;
	if (!first) return { ok: false, problems: [{ code: 'bestand-leeg', message: 'Het bestand is leeg. Er staan geen kolomnamen en geen gegevens in.' }] };
	const header = trimEnd(first.cells.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim()));
	const problems: FileProblem[] = [];
	const positions: [UploadColumn, number][] = [];
	const seen = new Map<UploadColumn, string>();
	const ignored: string[] = [];
	header.forEach((name, i) => {
		const column = columnOf(name);
		if (!column) {
			if (name === '') ignored.push(`kolom ${columnLetter(i)} (zonder naam)`);
			else if (!TEMPLATE_ONLY.has(normaliseHeader(name))) ignored.push(`"${name}"`);
			return;
		}
		const earlier = seen.get(column);
		if (earlier !== undefined) {
			problems.push({
				code: 'kolom-dubbel',
				message: `De kolommen "${earlier}" en "${name}" zijn allebei de kolom ${column}. Laat er één van staan.`
			});
			return;
		}
		seen.set(column, name);
		positions.push([column, i]);
	});
	const missing = REQUIRED.filter((column) => !seen.has(column));
	if (missing.length > 0) {
		const found = header.length > 0 ? `We vonden deze kolomnamen op regel ${first.line}: ${quoted(header.filter((h) => h !== ''))}.` : '';
		problems.push({
			code: 'kolom-ontbreekt',
			message:
				`${missing.length === 1 ? 'De kolom' : 'De kolommen'} ${list(missing)} ${missing.length === 1 ? 'ontbreekt' : 'ontbreken'}. ${found} ` +
				`De eerste regel met gegevens moet de kolomnamen hebben: wijkcode, indicator, periode, waarde, toelichting en reden_ontbreekt.`
		});
	}
	if (problems.length > 0) return { ok: false, problems };
	if (data.length === 0) {
		return { ok: false, problems: [{ code: 'bestand-leeg', message: 'Het bestand heeft alleen kolomnamen. Er staan nog geen gegevens onder.' }] };
	}
	if (data.length > limits.maxRows) {
		return {
			ok: false,
			problems: [
				{
					code: 'te-veel-regels',
					message: `Het bestand heeft ${data.length.toLocaleString('nl-NL')} regels met gegevens. Dat zijn er te veel: het mogen er hoogstens ${limits.maxRows.toLocaleString('nl-NL')} zijn. Verdeel de gegevens over meer bestanden.`
				}
			]
		};
	}
	if (ignored.length > 0) {
		notices.push(`${ignored.length === 1 ? 'De kolom' : 'De kolommen'} ${list(ignored)} kennen we niet. Die lezen we niet.`);
	}
	const rows: FileRow[] = new Array(data.length);
	const tooLong: string[] = [];
	let tooLongCount = 0;
	let extraCells = 0;
	for (let r = 0; r < data.length; r++) {
		const source = data[r]!;
		// raw has one cell per header column (padded with ''), plus any filled cells beyond the header.
		let raw = source.cells;
		if (raw.length > header.length) {
			raw = trimEnd(raw);
			if (raw.length > header.length) extraCells++;
		}
		if (raw.length < header.length) {
			raw = raw === source.cells ? raw.slice() : raw;
			for (let i = raw.length; i < header.length; i++) raw.push('');
		}
		for (let i = 0; i < raw.length; i++) {
			if (raw[i]!.length > limits.maxCellLength) {
				if (tooLong.length < LIST_CAP) tooLong.push(`regel ${source.line}, kolom ${columnLetter(i)} (${header[i] || 'zonder naam'})`);
				tooLongCount++;
			}
		}
		const cells: Partial<Record<UploadColumn, string>> = {};
		let numeric = NO_EMPTY;
		for (const [column, i] of positions) {
			cells[column] = readText(raw[i]);
			if (source.numeric?.includes(i)) numeric = numeric === NO_EMPTY ? [column] : [...numeric, column];
		}
		rows[r] = { line: source.line, cells, raw, numeric };
	}
	if (tooLongCount > 0) {
		const more = tooLongCount > tooLong.length ? ` en nog ${tooLongCount - tooLong.length} andere` : '';
		return {
			ok: false,
			problems: [
				{
					code: 'cel-te-lang',
					message: `Een cel mag hoogstens ${limits.maxCellLength} tekens hebben. Deze cellen zijn te lang: ${list(tooLong)}${more}. Maak de tekst korter.`
				}
			]
		};
	}
	if (extraCells > 0) {
		notices.push(`${extraCells === 1 ? 'Eén regel heeft' : `${extraCells} regels hebben`} meer cellen dan er kolomnamen zijn. Die cellen zonder kolomnaam lezen we niet.`);
	}
	const guess = guessDecimal(textValues(rows));
	if (guess.mixed) {
		notices.push('In de kolom waarde staan getallen met een komma én getallen met een punt als decimaalteken. Gebruik in het hele bestand hetzelfde teken, bij voorkeur een komma (12,5).');
	}
	return { ok: true, format, sheet, header, rows, notices, decimal: guess.decimal };
}

function* textValues(rows: FileRow[]): Generator<string> {
	for (const row of rows) {
		if (row.numeric.length > 0 && row.numeric.includes('waarde')) continue;
		const value = row.cells.waarde;
		if (value) yield value;
	}
}
