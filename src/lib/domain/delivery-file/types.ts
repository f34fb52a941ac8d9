/** Shapes shared by the delivery-file readers (CSV and XLSX). */

export const UPLOAD_COLUMNS = ['wijkcode', 'indicator', 'periode', 'waarde', 'toelichting', 'reden_ontbreekt'] as const;
export type UploadColumn = (typeof UPLOAD_COLUMNS)[number];

export interface FileLimits {
	maxBytes: number;
	maxRows: number;
	maxSheets: number;
	maxCellLength: number;
	maxUnpackedBytes: number;
}

export const DEFAULT_LIMITS: FileLimits = {
	maxBytes: 10 * 1024 * 1024,
	maxRows: 200_000,
	maxSheets: 20,
	maxCellLength: 2000,
	maxUnpackedBytes: 64 * 1024 * 1024
};

export interface FileRow {
	/** The line the user sees in their spreadsheet: header = line 1 (the Excel row number for XLSX). */
	line: number;
	/** The cells of the known columns: trimmed, without the apostrophe our export puts before `=`, `+`, `-`, `@`. */
	cells: Partial<Record<UploadColumn, string>>;
	/** The original cells in file order, for the "download my file back with problems" export. */
	raw: string[];
	/**
	 * The columns whose cell was a number cell in an Excel workbook (also a formula with a number as result).
	 * Their text is `String(number)` ("1234.5", "1e-7"): read it with `Number(text)`, never with the file's
	 * decimal convention — `readRowNumber` does this. Always empty for CSV.
	 */
	numeric: readonly UploadColumn[];
}

/** A file- or header-level problem; the message is Dutch (B1). */
export interface FileProblem {
	code: FileProblemCode;
	message: string;
}

export type FileProblemCode =
	| 'bestand-leeg'
	| 'bestand-te-groot'
	| 'geen-csv'
	| 'geen-excel'
	| 'zip-te-groot'
	| 'te-veel-bladen'
	| 'te-veel-regels'
	| 'kolom-ontbreekt'
	| 'kolom-dubbel'
	| 'cel-te-lang'
	| 'csv-kapot';

export type FileRead =
	| {
			ok: true;
			format: 'csv' | 'xlsx';
			/** The sheet that was read (XLSX), null for CSV. */
			sheet: string | null;
			/** The header as found (trimmed, BOM removed, trailing empty columns left out). */
			header: string[];
			rows: FileRow[];
			/** Dutch notes for the user that do not stop the upload (ignored columns, which sheet, …). */
			notices: string[];
			/** The decimal sign of the text values in `waarde`: ',' or '.', null when the file does not tell. */
			decimal: ',' | '.' | null;
	  }
	| { ok: false; problems: FileProblem[] };

/** The rows before header mapping: one array of cell texts per non-empty row, with its line. */
export interface SheetRow {
	line: number;
	cells: string[];
	/** Indexes (0-based) of cells that were number cells (XLSX only). */
	numeric?: number[];
}

/** At most this many problems of one kind (long cells, formulas without a result) are listed. */
export const LIST_CAP = 10;

export function megabytes(bytes: number): string {
	return `${Math.round((bytes / (1024 * 1024)) * 10) / 10}`.replace('.', ',');
}
