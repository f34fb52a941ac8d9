import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDeliveryFile, type FileRead } from './index';
import { cellText } from './xlsx';

const FIXTURES = new URL('../../../../tests/fixtures/aanlevering/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const HEADER = ['wijkcode', 'indicator', 'periode', 'waarde', 'toelichting', 'reden_ontbreekt'];

function ok(read: FileRead) {
	if (!read.ok) throw new Error(JSON.stringify(read.problems));
	return read;
}
function problems(read: FileRead) {
	if (read.ok) throw new Error('expected problems');
	return read.problems;
}

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	build(wb);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readDeliveryFile: XLSX', () => {
	it('reads the sheet "aanlevering": formula results, text that looks like a formula, number as text, dates', async () => {
		const read = ok(await readDeliveryFile(fixture('goed.xlsx'), 'goed.xlsx'));
		expect(read).toMatchObject({ format: 'xlsx', sheet: 'aanlevering', decimal: null });
		expect(read.notices).toEqual([
			'We lezen het blad "aanlevering". De andere bladen ("uitleg") lezen we niet.',
			'De kolom "peildatum" kennen we niet. Die lezen we niet.'
		]);
		const [first, second, third] = read.rows;
		expect(first).toMatchObject({ line: 2, cells: { waarde: '2' }, numeric: ['waarde'] });
		expect(first!.raw[6]).toBe('2025-12-31');
		expect(second!.cells.toelichting).toBe('=HYPERLINK("http://x","klik")');
		expect(third).toMatchObject({ cells: { waarde: '1234' }, numeric: [] });
		expect(read.rows[3]).toMatchObject({ cells: { waarde: '11.3' }, numeric: ['waarde'] });
	});

	it('reads a formula without a stored result as empty, with a notice naming the cell; lines count empty rows above', async () => {
		const read = ok(await readDeliveryFile(fixture('formule-zonder-uitkomst.xlsx'), 'f.xlsx'));
		expect(read.sheet).toBe('Blad1');
		expect(read.rows.map((r) => r.line)).toEqual([4, 5]);
		expect(read.rows[0]!.cells.waarde).toBe('');
		expect(read.notices).toEqual([expect.stringContaining('formule zonder uitkomst in cel D4')]);
	});

	it('uses Excel row numbers below empty rows, the first visible sheet, and guesses the decimal sign of text values', async () => {
		const bytes = await workbook((wb) => {
			wb.addWorksheet('verborgen', { state: 'hidden' }).addRow(['x']);
			const sheet = wb.addWorksheet('Gegevens');
			sheet.getRow(3).values = ['Wijk', 'Code', 'Period', 'Value', 'Wijknaam'];
			sheet.getRow(4).values = ['WK054600', 'DEELN_UNIEK', '2025-Q4', '12,5', 'Centrum'];
			sheet.getRow(7).values = ['WK054601', 'DEELN_UNIEK', new Date(Date.UTC(2025, 9, 1)), true, 'Noord'];
		});
		const read = ok(await readDeliveryFile(bytes, 'x.xlsx'));
		expect(read.sheet).toBe('Gegevens');
		expect(read.decimal).toBe(',');
		expect(read.rows.map((r) => [r.line, r.cells.periode, r.cells.waarde])).toEqual([
			[4, '2025-Q4', '12,5'],
			[7, '2025-10-01', 'WAAR']
		]);
	});

	it('reads rich text, hyperlinks, errors, shared formulas and dates with a time', () => {
		expect(cellText({ richText: [{ text: 'Buurt' }, { text: 'huis' }] })).toEqual({ text: 'Buurthuis', numeric: false });
		expect(cellText({ text: 'klik', hyperlink: 'http://x' })).toEqual({ text: 'klik', numeric: false });
		expect(cellText({ error: '#DIV/0!' })).toEqual({ text: '#DIV/0!', numeric: false });
		expect(cellText({ sharedFormula: 'D2', result: 7.25 })).toEqual({ text: '7.25', numeric: true });
		expect(cellText({ formula: 'A1', result: 'tekst' })).toEqual({ text: 'tekst', numeric: false });
		expect(cellText({ formula: 'A1', result: { error: '#N/A' } })).toEqual({ text: '#N/A', numeric: false });
		expect(cellText(new Date(Date.UTC(2025, 9, 1, 14, 30)))).toEqual({ text: '2025-10-01 14:30', numeric: false });
		expect(cellText(false)).toEqual({ text: 'ONWAAR', numeric: false });
		expect(cellText(1234.5)).toEqual({ text: '1234.5', numeric: true });
	});

	it('reads a .csv name with zip bytes as a workbook, with a notice', async () => {
		const read = ok(await readDeliveryFile(fixture('goed.xlsx'), 'goed.csv'));
		expect(read.notices[0]).toContain('heet CSV, maar het is een Excel-werkmap');
	});
});

describe('readDeliveryFile: XLSX problems', () => {
	it('says a Word file renamed to .xlsx is a Word file', async () => {
		expect(problems(await readDeliveryFile(fixture('word-als-excel.xlsx'), 'word-als-excel.xlsx'))).toEqual([
			{ code: 'geen-excel', message: expect.stringContaining('Word-bestand, geen Excel-werkmap') }
		]);
	});

	it('refuses a broken zip and a zip without a workbook', async () => {
		const broken = fixture('goed.xlsx').slice(0, 3000);
		expect(problems(await readDeliveryFile(broken, 'x.xlsx'))[0]!.code).toBe('geen-excel');
		const plain = zipSync({ 'a.txt': strToU8('hallo') });
		expect(problems(await readDeliveryFile(plain, 'x.xlsx'))).toEqual([{ code: 'geen-excel', message: expect.stringContaining('zip-bestand') }]);
	});

	it('refuses too many sheets', async () => {
		const bytes = await workbook((wb) => {
			for (let i = 0; i < 4; i++) wb.addWorksheet(`Blad${i}`).addRow(HEADER);
		});
		expect(problems(await readDeliveryFile(bytes, 'x.xlsx', { maxSheets: 3 }))[0]!.code).toBe('te-veel-bladen');
	});

	it('refuses too many rows, long cells, a missing column and an empty sheet', async () => {
		const rows = await workbook((wb) => {
			const sheet = wb.addWorksheet('aanlevering');
			sheet.addRow(HEADER);
			for (let i = 0; i < 5; i++) sheet.addRow(['WK054600', 'DEELN_UNIEK', '2025-Q4', i, i === 4 ? 'x'.repeat(30) : '']);
		});
		expect(problems(await readDeliveryFile(rows, 'x.xlsx', { maxRows: 4 }))[0]!.code).toBe('te-veel-regels');
		expect(problems(await readDeliveryFile(rows, 'x.xlsx', { maxCellLength: 20 }))).toEqual([
			{ code: 'cel-te-lang', message: expect.stringContaining('regel 6, kolom E (toelichting)') }
		]);
		const missing = await workbook((wb) => wb.addWorksheet('a').addRow(['wijkcode', 'waarde']));
		expect(problems(await readDeliveryFile(missing, 'x.xlsx'))[0]!.code).toBe('kolom-ontbreekt');
		const empty = await workbook((wb) => wb.addWorksheet('a'));
		expect(problems(await readDeliveryFile(empty, 'x.xlsx'))[0]!.code).toBe('bestand-leeg');
	});

	it('refuses a zip bomb from its declared sizes, without unpacking it', async () => {
		const row = strToU8('<row><c t="inlineStr"><is><t>WK054600</t></is></c><c><v>1</v></c></row>');
		// fflate packs at most about 280:1, so 260 MB of rows is the most that stays below 1 MB.
		const size = 260 * 1024 * 1024;
		const sheet = new Uint8Array(size);
		sheet.set(row);
		for (let filled = row.length; filled < size; filled *= 2) sheet.copyWithin(filled, 0, Math.min(filled, size - filled));
		const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': [sheet, { level: 9 }] });
		expect(bomb.length).toBeLessThan(1024 * 1024);
		const started = performance.now();
		const read = problems(await readDeliveryFile(bomb, 'bom.xlsx'));
		expect(read).toEqual([{ code: 'zip-te-groot', message: expect.stringContaining('260 MB') }]);
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it('refuses a high packing ratio even below the unpacked limit', async () => {
		const sheet = new Uint8Array(20 * 1024 * 1024).fill(0x20);
		const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': [sheet, { level: 9 }] });
		expect(problems(await readDeliveryFile(bomb, 'bom.xlsx'))[0]!.code).toBe('zip-te-groot');
	});
});
