/** The user's own delivery file back, with what is wrong on each row: to fix in their spreadsheet and upload again. */
import { toCsv, type CsvCell } from './csv';
import type { DeliveryReport } from './delivery-validation';

/**
 * The file as CSV (`;`, BOM, CRLF, formula-safe through `toCsv`) with an extra last column `problemen`: the
 * messages of each row's issues, joined by "; ". Problems of the whole file (line null) follow as rows of their own
 * with only `problemen` filled. The user's cells are written as the text they were; short rows are padded so that
 * `problemen` is always the last column.
 */
export function rowsWithProblemsCsv(header: string[], rows: { line: number; raw: string[] }[], report: DeliveryReport): string {
	const messages = new Map<number, string[]>();
	const fileLevel: string[] = [];
	for (const i of report.issues) {
		if (i.line === null) {
			fileLevel.push(i.message);
			continue;
		}
		const list = messages.get(i.line);
		if (list) list.push(i.message);
		else messages.set(i.line, [i.message]);
	}
	const width = rows.reduce((max, r) => Math.max(max, r.raw.length), header.length);
	const pad = (cells: string[]): CsvCell[] => [...cells, ...Array<string>(width - cells.length).fill('')];
	const out: CsvCell[][] = [[...pad(header), 'problemen']];
	for (const row of rows) out.push([...pad(row.raw), (messages.get(row.line) ?? []).join('; ')]);
	for (const message of fileLevel) out.push([...pad([]), message]);
	return toCsv(out);
}
