/**
 * Reading a delivery XLSX. The zip is checked before anything is unpacked (declared sizes, what kind of
 * Office file it is, number of sheets); formulas are never evaluated: a formula cell gives its stored result.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { columnLetter, toFileRead } from './header';
import { LIST_CAP, megabytes, type FileLimits, type FileProblem, type FileRead, type SheetRow } from './types';

/** Above this unpacked size, a workbook may not be more than RATIO times its zip size. */
const RATIO_FROM = 10 * 1024 * 1024;
const RATIO = 100;
const MAX_ENTRIES = 10_000;

// Parts of a sheet we do not need; skipping them makes reading faster. Without `mergeCells` a merged
// area gives its value in its first cell only, and without `hyperlinks` a link cell gives its text.
const IGNORE_NODES = [
	'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'autoFilter', 'mergeCells', 'rowBreaks', 'hyperlinks',
	'pageMargins', 'dataValidations', 'pageSetup', 'headerFooter', 'printOptions', 'picture', 'drawing', 'sheetProtection',
	'tableParts', 'conditionalFormatting', 'extLst'
];

function problem(code: FileProblem['code'], message: string): FileRead {
	return { ok: false, problems: [{ code, message }] };
}

const SAVE_AS = 'Sla het bestand in Excel op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw.';

/** Checks the zip from its table of contents only (nothing is unpacked); gives a problem or the file names. */
export function inspectZip(bytes: Uint8Array, limits: FileLimits): FileRead | string[] {
	let total = 0;
	const names: string[] = [];
	try {
		unzipSync(bytes, {
			filter: (file) => {
				total += file.originalSize;
				names.push(file.name);
				return false;
			}
		});
	} catch {
		return problem('geen-excel', `Dit Excel-bestand is beschadigd en kan niet gelezen worden. ${SAVE_AS}`);
	}
	if (total > limits.maxUnpackedBytes || (total > RATIO_FROM && total > bytes.length * RATIO) || names.length > MAX_ENTRIES) {
		return problem(
			'zip-te-groot',
			`Dit Excel-bestand wordt uitgepakt ${megabytes(total)} MB groot. Dat is te groot om te lezen (hoogstens ${megabytes(limits.maxUnpackedBytes)} MB, en hoogstens ${RATIO} keer zo groot als het bestand zelf). ` +
				'Haal afbeeldingen en lege bladen weg, of sla de gegevens op als CSV.'
		);
	}
	const has = (name: string) => names.some((n) => n.toLowerCase() === name);
	const under = (folder: string) => names.some((n) => n.toLowerCase().startsWith(folder));
	if (!has('xl/workbook.xml')) {
		const kind = under('word/')
			? 'een Word-bestand'
			: under('ppt/')
				? 'een PowerPoint-bestand'
				: has('content.xml') || has('mimetype')
					? 'een OpenDocument-bestand (bijvoorbeeld van LibreOffice)'
					: 'een zip-bestand';
		return problem('geen-excel', `Dit is ${kind}, geen Excel-werkmap. ${SAVE_AS}`);
	}
	const sheets = names.filter((n) => /^xl\/(?:worksheets|chartsheets)\/[^/]+\.xml$/i.test(n)).length;
	if (sheets > limits.maxSheets) {
		return problem(
			'te-veel-bladen',
			`Deze Excel-werkmap heeft ${sheets} bladen. Dat zijn er te veel: hoogstens ${limits.maxSheets}. Zet de gegevens op een blad met de naam "aanlevering" en haal andere bladen weg.`
		);
	}
	return names;
}

function two(n: number): string {
	return String(n).padStart(2, '0');
}

/** A date as ISO text: `2025-10-01`, with the time when there is one (`2025-10-01 14:30`). */
function isoDate(date: Date): string {
	if (Number.isNaN(date.getTime())) return '';
	const day = `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
	const h = date.getUTCHours();
	const m = date.getUTCMinutes();
	const s = date.getUTCSeconds();
	if (h === 0 && m === 0 && s === 0) return day;
	return `${day} ${two(h)}:${two(m)}${s ? `:${two(s)}` : ''}`;
}

interface CellText {
	text: string;
	numeric: boolean;
	/** A formula without a stored result. */
	noResult?: boolean;
}

const EMPTY: CellText = { text: '', numeric: false };

/** The text of a cell value; formulas give their stored result and are never evaluated. */
export function cellText(value: ExcelJS.CellValue | { richText: ExcelJS.RichText[] }): CellText {
	if (value === null || value === undefined) return EMPTY;
	if (typeof value === 'number') return Number.isFinite(value) ? { text: String(value), numeric: true } : EMPTY;
	if (typeof value === 'string') return { text: value, numeric: false };
	if (typeof value === 'boolean') return { text: value ? 'WAAR' : 'ONWAAR', numeric: false };
	if (value instanceof Date) return { text: isoDate(value), numeric: false };
	if ('formula' in value || 'sharedFormula' in value) {
		if (value.result === undefined || value.result === null) return { text: '', numeric: false, noResult: true };
		return cellText(value.result);
	}
	if ('error' in value) return { text: String(value.error), numeric: false };
	if ('richText' in value) return { text: value.richText.map((part) => part.text ?? '').join(''), numeric: false };
	if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
	return EMPTY;
}

export async function readXlsx(bytes: Uint8Array, limits: FileLimits, notices: string[]): Promise<FileRead> {
	const inspected = inspectZip(bytes, limits);
	if (!Array.isArray(inspected)) return inspected;
	const workbook = new ExcelJS.Workbook();
	try {
		// fflate unpacks each part into a buffer of its declared size (a part that is bigger is cut off), and
		// the copy we give exceljs is stored without compression: a zip that lies about its sizes cannot
		// make exceljs unpack more than the sizes checked above.
		const safe = zipSync(unzipSync(bytes), { level: 0 });
		await workbook.xlsx.load(Buffer.from(safe.buffer, safe.byteOffset, safe.byteLength) as never, { ignoreNodes: IGNORE_NODES });
	} catch {
		return problem('geen-excel', `Deze Excel-werkmap kan niet gelezen worden; misschien is het bestand beschadigd. ${SAVE_AS}`);
	}
	const sheets = workbook.worksheets;
	const visible = (s: ExcelJS.Worksheet) => s.state !== 'hidden' && s.state !== 'veryHidden';
	const sheet = sheets.find((s) => s.name.trim().toLowerCase() === 'aanlevering') ?? sheets.find(visible) ?? sheets[0];
	if (!sheet) return problem('geen-excel', `Deze Excel-werkmap heeft geen bladen. ${SAVE_AS}`);
	if (sheets.length > 1) {
		const others = sheets.filter((s) => s !== sheet).map((s) => `"${s.name}"`);
		notices.push(`We lezen het blad "${sheet.name}". De andere bladen (${others.join(', ')}) lezen we niet.`);
	}
	const rows: SheetRow[] = [];
	const noResult: string[] = [];
	let noResultCount = 0;
	let percentCells = 0;
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		const cells: string[] = [];
		let numeric: number[] | undefined;
		let filled = false;
		row.eachCell({ includeEmpty: false }, (cell, col) => {
			let read = cellText(cell.value);
			// A cell shown as a percentage ("12,5%") holds 0.125: the figure the user sees is 12.5.
			if (read.numeric && typeof cell.numFmt === 'string' && cell.numFmt.includes('%')) {
				read = { ...read, text: String(Math.round(Number(read.text) * 100 * 1e9) / 1e9) };
				percentCells++;
			}
			if (read.noResult) {
				if (noResult.length < LIST_CAP) noResult.push(`${columnLetter(col - 1)}${rowNumber}`);
				noResultCount++;
			}
			if (read.text === '') return;
			while (cells.length < col - 1) cells.push('');
			cells[col - 1] = read.text;
			if (read.text.trim() !== '') filled = true;
			if (read.numeric) (numeric ??= []).push(col - 1);
		});
		if (filled) rows.push(numeric ? { line: rowNumber, cells, numeric } : { line: rowNumber, cells });
	});
	if (percentCells > 0) {
		notices.push(`${percentCells === 1 ? '1 cel staat' : `${percentCells} cellen staan`} in Excel als percentage (bijvoorbeeld 12,5%). We lezen ${percentCells === 1 ? 'die' : 'die'} als het getal dat u ziet (12,5).`);
	}
	if (noResultCount > 0) {
		const more = noResultCount > noResult.length ? ` en nog ${noResultCount - noResult.length} andere` : '';
		notices.push(
			`Er staat een formule zonder uitkomst in ${noResultCount === 1 ? 'cel' : 'de cellen'} ${noResult.join(', ')}${more}. ` +
				'Die cellen lezen we als leeg. Open het bestand in Excel, sla het op en probeer het opnieuw: dan bewaart Excel de uitkomsten.'
		);
	}
	return toFileRead(rows, 'xlsx', sheet.name, limits, notices);
}
