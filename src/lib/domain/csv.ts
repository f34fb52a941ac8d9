/** CSV for spreadsheets used in Dutch offices: `;` between fields, decimal comma, UTF-8 with BOM. */

export type CsvCell = string | number | null;

/** A text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading apostrophe. */
export function neutraliseFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell): string {
	if (value === null) return '';
	const text = typeof value === 'number' ? String(value).replace('.', ',') : neutraliseFormula(value);
	return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text; numbers are written as numbers (never neutralised), texts made formula-safe. */
export function toCsv(rows: CsvCell[][]): string {
	return '\uFEFF' + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}
