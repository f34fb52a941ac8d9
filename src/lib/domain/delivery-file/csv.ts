/** Reading a delivery CSV: encoding, separator, quotes and line numbers as Dutch spreadsheets write them. */
import { decodeText, detectDelimiter, readRows } from '../text-file';
import { toFileRead } from './header';
import type { FileLimits, FileRead } from './types';

const SAMPLE = 8 * 1024;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

/** Text from bytes: UTF-16 when it has a UTF-16 BOM (Excel's "Unicode-tekst"), else UTF-8 or Windows-1252. */
function decode(bytes: Uint8Array): string {
	if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
	if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
	return decodeText(bytes);
}

/** A Dutch message when the bytes are clearly not a text file, else null. */
function notText(bytes: Uint8Array): string | null {
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null;
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'Dit is een PDF-bestand, geen CSV-bestand. Sla de gegevens op als CSV of als Excel-werkmap (.xlsx).';
	const end = Math.min(bytes.length, SAMPLE);
	let nul = 0;
	let control = 0;
	for (let i = 0; i < end; i++) {
		const b = bytes[i]!;
		if (b === 0) nul++;
		else if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) control++;
	}
	if (nul > 0 || control > end / 100) {
		return 'Dit is geen CSV-bestand: er staan tekens in die niet in een tekstbestand horen. Sla de gegevens in Excel op als "CSV (gescheiden door lijstscheidingsteken)" of als Excel-werkmap (.xlsx).';
	}
	return null;
}

export function readCsv(bytes: Uint8Array, limits: FileLimits, notices: string[]): FileRead {
	const binary = notText(bytes);
	if (binary) return { ok: false, problems: [{ code: 'geen-csv', message: binary }] };
	let text = decode(bytes).replace(/^\uFEFF/, '');
	if (text.trim() === '') return { ok: false, problems: [{ code: 'bestand-leeg', message: 'Het bestand is leeg. Er staan geen kolomnamen en geen gegevens in.' }] };
	if (/^\s*<(?:!doctype|html|table|\?xml)/i.test(text)) {
		return {
			ok: false,
			problems: [
				{
					code: 'geen-csv',
					message: 'Dit is een webpagina of XML-bestand, geen CSV-bestand. Open het in Excel en sla het op als CSV of als Excel-werkmap (.xlsx).'
				}
			]
		};
	}
	// Excel's hint line "sep=;" names the separator; Excel does not show it as a row, so neither do we.
	let delimiter = '';
	const hint = /^sep=(.)[ \t]*(?:\r\n|\r|\n)/i.exec(text);
	if (hint) {
		delimiter = hint[1]!;
		text = text.slice(hint[0].length);
	}
	const rows = readRows(text, delimiter || detectDelimiter(text));
	const broken = rows.find((row) => row.error);
	if (broken) {
		return { ok: false, problems: [{ code: 'csv-kapot', message: `Regel ${broken.line}: ${broken.error}` }] };
	}
	return toFileRead(rows, 'csv', null, limits, notices);
}
