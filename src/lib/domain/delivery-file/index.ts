/**
 * Reading an uploaded delivery file (CSV or XLSX) into rows, accepting what Dutch users produce. Pure: bytes
 * in, rows or Dutch problems out. Checking the values (wijkcodes, periods, numbers) is the validator's job;
 * `readDutchNumber` / `readRowNumber` read numbers for it with the file's decimal convention.
 */
import { readCsv } from './csv';
import { DEFAULT_LIMITS, megabytes, type FileLimits, type FileRead } from './types';
import { readXlsx } from './xlsx';

export { guessDecimal, readDutchNumber, readRowNumber, type NumberRead } from './number';
export {
	DEFAULT_LIMITS,
	UPLOAD_COLUMNS,
	type FileLimits,
	type FileProblem,
	type FileProblemCode,
	type FileRead,
	type FileRow,
	type UploadColumn
} from './types';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

/**
 * Reads a delivery file. The format follows the content (a zip is read as Excel workbook, anything else as
 * CSV text); the name only helps the messages.
 */
export async function readDeliveryFile(bytes: Uint8Array, fileName: string, limits?: Partial<FileLimits>): Promise<FileRead> {
	const max: FileLimits = { ...DEFAULT_LIMITS, ...limits };
	if (bytes.length > max.maxBytes) {
		return {
			ok: false,
			problems: [
				{
					code: 'bestand-te-groot',
					message: `Het bestand is ${megabytes(bytes.length)} MB. Dat is te groot: het mag hoogstens ${megabytes(max.maxBytes)} MB zijn. Verdeel de gegevens over meer bestanden.`
				}
			]
		};
	}
	const named = /\.(xlsx|xlsm|xls)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? null;
	const notices: string[] = [];
	if (startsWith(bytes, OLE)) {
		return {
			ok: false,
			problems: [
				{
					code: 'geen-excel',
					message:
						'Dit is een oud Excel-bestand (.xls) of een Excel-bestand met een wachtwoord. Die kunnen we niet lezen. ' +
						'Haal een wachtwoord weg en sla het bestand in Excel op als Excel-werkmap (.xlsx) of als CSV.'
				}
			]
		};
	}
	if (startsWith(bytes, ZIP)) {
		if (/\.(csv|txt)$/i.test(fileName.trim())) notices.push('Dit bestand heet CSV, maar het is een Excel-werkmap. We lezen het als Excel-werkmap.');
		return readXlsx(bytes, max, notices);
	}
	if (named && bytes.length > 0) {
		return {
			ok: false,
			problems: [
				{
					code: 'geen-excel',
					message: `Dit bestand heet .${named}, maar het is geen Excel-werkmap. Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV.`
				}
			]
		};
	}
	return readCsv(bytes, max, notices);
}
