import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_COLUMNS, TEMPLATE_EXTRA_ROWS, templateCsv, templateFileName, templateXlsx, type TemplateInput } from './delivery-template';

const MALICIOUS = "=cmd|' /C calc'!A0";

function input(overrides: Partial<TemplateInput> = {}): TemplateInput {
	return {
		gemeenteName: 'Leiden',
		organisationName: 'Stichting Buurtkracht',
		quarter: '2025-Q4',
		areas: [
			{ code: 'GM0546', name: 'Leiden' },
			{ code: 'WK054601', name: 'Binnenstad-Zuid' },
			{ code: '0123', name: 'Nulwijk' }
		],
		indicators: [
			{ code: 'BEZOEK', name: 'Bezoekers buurthuis', unit: 'aantal', frequency: 'kwartaal', definition: 'Aantal unieke bezoekers van het buurthuis in de periode.', minN: 10 },
			{ code: 'TEVR', name: 'Tevredenheid', unit: 'rapportcijfer', frequency: 'jaar', definition: 'Gemiddeld rapportcijfer van deelnemers (1-10).', minN: 5 }
		],
		rows: [
			{ areaCode: 'GM0546', areaName: 'Leiden', indicatorCode: 'BEZOEK', indicatorName: 'Bezoekers buurthuis', period: '2025-Q4', value: null },
			{ areaCode: 'WK054601', areaName: 'Binnenstad-Zuid', indicatorCode: 'BEZOEK', indicatorName: 'Bezoekers buurthuis', period: '2025-Q4', value: 1234.5, toelichting: 'Extra activiteiten' },
			{ areaCode: '0123', areaName: MALICIOUS, indicatorCode: 'TEVR', indicatorName: '+31 6 12345678', period: '2025', missingReason: '@SUM(A1)' }
		],
		...overrides
	};
}

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
	const found = workbook.getWorksheet(name);
	if (!found) throw new Error(`no sheet ${name}`);
	return found;
}

describe('templateXlsx', () => {
	it('has the sheets aanlevering, uitleg and the hidden lijsten, in that order, and metadata', async () => {
		const workbook = await read(await templateXlsx(input({ createdAt: new Date('2026-01-05T10:00:00Z') })));
		expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['aanlevering', 'uitleg', 'lijsten']);
		expect(workbook.worksheets.map((ws) => ws.state)).toEqual(['visible', 'visible', 'hidden']);
		expect(workbook.creator).toBe('Wijkbeeld');
		expect(workbook.title).toContain('2025-Q4');
		expect(workbook.created.toISOString()).toBe('2026-01-05T10:00:00.000Z');
	});

	it('writes a bold, frozen header with an autofilter and one row per expected row', async () => {
		const ws = sheet(await read(await templateXlsx(input())), 'aanlevering');
		expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...TEMPLATE_COLUMNS]);
		expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
		expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(ws.autoFilter).toBe('A1:H4');
		expect(ws.actualRowCount).toBe(4);
		expect((ws.getRow(2).values as unknown[]).slice(1, 6)).toEqual(['GM0546', 'Leiden', 'BEZOEK', 'Bezoekers buurthuis', '2025-Q4']);
		expect(ws.getCell('F2').value).toBeNull();
		expect(ws.getCell('F3').value).toBe(1234.5);
		expect(ws.getCell('F3').type).toBe(ExcelJS.ValueType.Number);
		expect(ws.getCell('G3').value).toBe('Extra activiteiten');
		expect(ws.getCell('G3').alignment?.wrapText).toBe(true);
		expect(ws.getColumn(7).width).toBeGreaterThan(20);
	});

	it('keeps codes and periods as text, with the text format on the code and name columns', async () => {
		const ws = sheet(await read(await templateXlsx(input())), 'aanlevering');
		for (const address of ['A2', 'A4', 'C2', 'E2', 'E4']) {
			expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);
		}
		expect(ws.getCell('A2').value).toBe('GM0546');
		expect(ws.getCell('A4').value).toBe('0123');
		expect(ws.getCell('E4').value).toBe('2025');
		for (const column of [1, 2, 3, 4, 5]) {
			expect(ws.getColumn(column).numFmt).toBe('@');
			expect(ws.getRow(3).getCell(column).numFmt).toBe('@');
		}
		expect(ws.getCell('A4').numFmt).toBe('@');
		expect(ws.getCell('E4').numFmt).toBe('@');
	});

	it('puts drop-downs on the code columns that refer to the lists on the hidden sheet, also below the rows', async () => {
		const ws = sheet(await read(await templateXlsx(input())), 'aanlevering');
		const lastRow = 4 + TEMPLATE_EXTRA_ROWS;
		const expected = { A: 'lijsten!$A$2:$A$4', C: 'lijsten!$B$2:$B$3', E: 'lijsten!$C$2:$C$3' };
		for (const [column, formula] of Object.entries(expected)) {
			for (const row of [2, 4, lastRow]) {
				const validation = ws.getCell(`${column}${row}`).dataValidation;
				expect(validation?.type).toBe('list');
				expect(validation?.formulae).toEqual([formula]);
				expect(validation?.allowBlank).toBe(true);
				expect(validation?.showErrorMessage).toBe(true);
			}
			expect(ws.getCell(`${column}${lastRow + 1}`).dataValidation).toBeUndefined();
		}
		expect(ws.getCell('A2').dataValidation?.error).toBe('Kies een wijkcode uit de lijst.');
		expect(ws.getCell('F2').dataValidation?.type).toBe('decimal');
		expect(ws.getCell('B2').dataValidation).toBeUndefined();

		const lists = sheet(ws.workbook, 'lijsten');
		const column = (index: number) => (lists.getColumn(index).values as unknown[]).slice(1).filter((value) => value != null);
		expect(column(1)).toEqual(['wijkcode', 'GM0546', 'WK054601', '0123']);
		expect(column(2)).toEqual(['indicator', 'BEZOEK', 'TEVR']);
		expect(column(3)).toEqual(['periode', '2025', '2025-Q4']);
		expect(lists.getCell('A4').type).toBe(ExcelJS.ValueType.String);
		expect(lists.getCell('A4').numFmt).toBe('@');
	});

	it('leaves out a drop-down whose list is empty', async () => {
		const ws = sheet(await read(await templateXlsx(input({ rows: [], areas: [] }))), 'aanlevering');
		expect(ws.getCell('A2').dataValidation).toBeUndefined();
		expect(ws.getCell('E2').dataValidation).toBeUndefined();
		expect(ws.getCell('C2').dataValidation?.formulae).toEqual(['lijsten!$B$2:$B$3']);
	});

	it('explains the template and every indicator on the uitleg sheet', async () => {
		const ws = sheet(await read(await templateXlsx(input())), 'uitleg');
		const texts: string[] = [];
		ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
		const all = texts.join('\n');
		expect(all).toContain('reden_ontbreekt');
		expect(all).toContain('toelichting');
		expect(all).toContain('Stichting Buurtkracht');
		for (const indicator of input().indicators) {
			expect(texts).toContain(indicator.definition);
			expect(texts).toContain(indicator.code);
		}
		const headerRow = ws.getRows(1, ws.rowCount)?.find((row) => row.getCell(1).value === 'code');
		expect((headerRow?.values as unknown[]).slice(1)).toEqual(['code', 'naam', 'eenheid', 'hoe vaak', 'definitie', 'minimum aantal']);
		const definitionRow = ws.getRow(headerRow!.number + 1);
		expect(definitionRow.getCell(5).alignment?.wrapText).toBe(true);
		expect(definitionRow.getCell(6).value).toBe(10);
		expect(ws.getColumn(5).width).toBeGreaterThanOrEqual(60);
	});

	it('writes texts that look like formulas as plain strings', async () => {
		const workbook = await read(await templateXlsx(input({ organisationName: '=HYPERLINK("http://x")' })));
		const ws = sheet(workbook, 'aanlevering');
		for (const [address, value] of [
			['B4', MALICIOUS],
			['D4', '+31 6 12345678'],
			['H4', '@SUM(A1)']
		] as const) {
			expect(ws.getCell(address).value).toBe(value);
			expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);
			expect(ws.getCell(address).formula).toBeUndefined();
		}
		const uitleg = sheet(workbook, 'uitleg');
		uitleg.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
	});
});

describe('templateCsv', () => {
	it('writes the same columns and rows with a BOM, ; and CRLF, formula-safe', () => {
		const csv = templateCsv(input());
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines).toEqual([
			TEMPLATE_COLUMNS.join(';'),
			'GM0546;Leiden;BEZOEK;Bezoekers buurthuis;2025-Q4;;;',
			'WK054601;Binnenstad-Zuid;BEZOEK;Bezoekers buurthuis;2025-Q4;1234,5;Extra activiteiten;',
			`0123;'${MALICIOUS};TEVR;'+31 6 12345678;2025;;;'@SUM(A1)`,
			''
		]);
	});
});

describe('templateFileName', () => {
	it('makes an ASCII slug without spaces', () => {
		expect(templateFileName(input(), 'xlsx')).toBe('aanlevering-2025-Q4-stichting-buurtkracht-leiden.xlsx');
		expect(templateFileName(input({ organisationName: "Welzijn 's-Hertogenbosch & Zorg (Café Één)", gemeenteName: 'Súdwest-Fryslân' }), 'csv')).toBe(
			'aanlevering-2025-Q4-welzijn-s-hertogenbosch-zorg-cafe-een-sudwest-fryslan.csv'
		);
		expect(templateFileName(input({ organisationName: '../../etc/passwd', quarter: '2025 Q4/..' }), 'xlsx')).toBe('aanlevering-2025-Q4-etc-passwd-leiden.xlsx');
		expect(templateFileName(input({ organisationName: '"; rm -rf' }), 'csv')).toMatch(/^[a-z0-9-]+-2025-Q4-rm-rf-leiden\.csv$/);
	});
});
