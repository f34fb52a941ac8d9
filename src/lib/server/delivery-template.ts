/**
 * The delivery template a welfare organisation downloads: one row per expected figure, as XLSX (with
 * drop-downs and an explanation sheet) or as CSV. Pure: no database, no files.
 */
import ExcelJS from 'exceljs';
import { toCsv, type CsvCell } from '$lib/domain/csv';

export interface TemplateRow {
	areaCode: string;
	areaName: string;
	indicatorCode: string;
	indicatorName: string;
	period: string;
	/** prefilled only for a correction of an earlier version; usually null */
	value?: number | null;
	toelichting?: string | null;
	missingReason?: string | null;
}

export interface TemplateIndicator {
	code: string;
	name: string;
	unit: string;
	frequency: string;
	definition: string;
	minN: number;
}

export interface TemplateInput {
	gemeenteName: string;
	organisationName: string;
	/** e.g. '2025-Q4' */
	quarter: string;
	rows: TemplateRow[];
	indicators: TemplateIndicator[];
	areas: { code: string; name: string }[];
	/** Optional creation time for the workbook metadata; defaults to now. */
	createdAt?: Date;
}

export const TEMPLATE_COLUMNS = ['wijkcode', 'wijknaam', 'indicator', 'indicatornaam', 'periode', 'waarde', 'toelichting', 'reden_ontbreekt'] as const;

export const TEMPLATE_SHEET = 'aanlevering';
export const EXPLANATION_SHEET = 'uitleg';
export const LISTS_SHEET = 'lijsten';
/** Rows below the expected rows that still get the drop-downs and text formats, for rows the organisation adds. */
export const TEMPLATE_EXTRA_ROWS = 200;

const TEXT = '@';
/** Excel's limit for the text in one cell. */
const MAX_CELL_TEXT = 32_767;

/** Column layout of the `aanlevering` sheet, in TEMPLATE_COLUMNS order. */
const COLUMN_LAYOUT: { width: number; numFmt: string; wrap?: boolean }[] = [
	{ width: 14, numFmt: TEXT }, // wijkcode
	{ width: 28, numFmt: TEXT }, // wijknaam
	{ width: 16, numFmt: TEXT }, // indicator
	{ width: 40, numFmt: TEXT }, // indicatornaam
	{ width: 11, numFmt: TEXT }, // periode
	{ width: 12, numFmt: 'General' }, // waarde
	{ width: 45, numFmt: TEXT, wrap: true }, // toelichting
	{ width: 35, numFmt: TEXT, wrap: true } // reden_ontbreekt
];

/** The part of exceljs's worksheet that its type definitions leave out. */
interface WithDataValidations {
	dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** A text as a plain string cell value: never a formula, within Excel's cell limit. */
function text(value: string | null | undefined): string {
	const plain = value ?? '';
	return plain.length > MAX_CELL_TEXT ? plain.slice(0, MAX_CELL_TEXT) : plain;
}

function unique(values: string[]): string[] {
	return [...new Set(values.filter((value) => value !== ''))];
}

function columnLetter(index: number): string {
	// Enough for the few columns used here (A..Z).
	return String.fromCharCode(65 + index);
}

interface Lists {
	areaCodes: string[];
	indicatorCodes: string[];
	periods: string[];
}

function templateLists(input: TemplateInput): Lists {
	return {
		areaCodes: unique(input.areas.map((area) => area.code)),
		indicatorCodes: unique(input.indicators.map((indicator) => indicator.code)),
		periods: unique(input.rows.map((row) => row.period)).sort()
	};
}

function addTemplateSheet(workbook: ExcelJS.Workbook, input: TemplateInput, lists: Lists): void {
	const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
	// Styles first: new cells take over the column's style, so every data cell gets the text format too.
	sheet.columns = TEMPLATE_COLUMNS.map((key, index) => {
		const layout = COLUMN_LAYOUT[index]!;
		return {
			key,
			width: layout.width,
			style: { numFmt: layout.numFmt, alignment: layout.wrap ? { wrapText: true, vertical: 'top' } : { vertical: 'top' } }
		};
	});

	const header = sheet.getRow(1);
	TEMPLATE_COLUMNS.forEach((name, index) => {
		const cell = header.getCell(index + 1);
		cell.value = name;
		cell.font = { bold: true };
		cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF5' } };
	});
	header.commit();

	input.rows.forEach((row, index) => {
		const values: (string | number | null)[] = [
			text(row.areaCode),
			text(row.areaName),
			text(row.indicatorCode),
			text(row.indicatorName),
			text(row.period),
			typeof row.value === 'number' && Number.isFinite(row.value) ? row.value : null,
			text(row.toelichting),
			text(row.missingReason)
		];
		const sheetRow = sheet.getRow(index + 2);
		values.forEach((value, column) => {
			// Empty texts stay empty cells (keeping the column's format), not empty strings.
			if (value !== null && value !== '') sheetRow.getCell(column + 1).value = value;
		});
	});

	const lastColumn = columnLetter(TEMPLATE_COLUMNS.length - 1);
	sheet.autoFilter = `A1:${lastColumn}${Math.max(input.rows.length + 1, 1)}`;

	const lastRow = input.rows.length + 1 + TEMPLATE_EXTRA_ROWS;
	const validations = (sheet as unknown as WithDataValidations).dataValidations;
	const listValidation = (listColumn: string, count: number, error: string, prompt: string): ExcelJS.DataValidation => ({
		type: 'list',
		allowBlank: true,
		formulae: [`${LISTS_SHEET}!$${listColumn}$2:$${listColumn}$${count + 1}`],
		showErrorMessage: true,
		errorStyle: 'stop',
		errorTitle: 'Niet in de lijst',
		error,
		showInputMessage: true,
		promptTitle: 'Uit de lijst',
		prompt
	});
	const column = (name: (typeof TEMPLATE_COLUMNS)[number]) => columnLetter(TEMPLATE_COLUMNS.indexOf(name));
	if (lists.areaCodes.length > 0) {
		validations.add(`${column('wijkcode')}2:${column('wijkcode')}${lastRow}`, listValidation('A', lists.areaCodes.length, 'Kies een wijkcode uit de lijst.', 'Kies de code van de wijk of buurt.'));
	}
	if (lists.indicatorCodes.length > 0) {
		validations.add(`${column('indicator')}2:${column('indicator')}${lastRow}`, listValidation('B', lists.indicatorCodes.length, 'Kies een indicatorcode uit de lijst.', 'Kies de code van de indicator. Uitleg per indicator staat op het blad uitleg.'));
	}
	if (lists.periods.length > 0) {
		validations.add(`${column('periode')}2:${column('periode')}${lastRow}`, listValidation('C', lists.periods.length, 'Kies een periode uit de lijst.', 'Kies de periode waar het cijfer over gaat.'));
	}
	validations.add(`${column('waarde')}2:${column('waarde')}${lastRow}`, {
		type: 'decimal',
		operator: 'between',
		allowBlank: true,
		formulae: [-1e12, 1e12],
		showErrorMessage: true,
		errorStyle: 'stop',
		errorTitle: 'Geen getal',
		error: 'Vul alleen een getal in, zonder tekst of %-teken. Ontbreekt het cijfer? Laat waarde leeg en vul reden_ontbreekt in.'
	});
}

function addExplanationSheet(workbook: ExcelJS.Workbook, input: TemplateInput): void {
	const sheet = workbook.addWorksheet(EXPLANATION_SHEET);
	sheet.columns = [
		{ key: 'code', width: 16, style: { numFmt: TEXT, alignment: { vertical: 'top' } } },
		{ key: 'naam', width: 36, style: { numFmt: TEXT, alignment: { vertical: 'top', wrapText: true } } },
		{ key: 'eenheid', width: 18, style: { numFmt: TEXT, alignment: { vertical: 'top' } } },
		{ key: 'frequentie', width: 14, style: { numFmt: TEXT, alignment: { vertical: 'top' } } },
		{ key: 'definitie', width: 80, style: { numFmt: TEXT, alignment: { vertical: 'top', wrapText: true } } },
		{ key: 'minN', width: 16, style: { alignment: { vertical: 'top' } } }
	];

	const lines: { value: string; bold?: boolean; size?: number }[] = [
		{ value: `Aanlevering ${text(input.quarter)}`, bold: true, size: 14 },
		{ value: `Organisatie: ${text(input.organisationName)}` },
		{ value: `Gemeente: ${text(input.gemeenteName)}` },
		{ value: '' },
		{ value: 'Zo vult u het blad aanlevering in', bold: true },
		{ value: '1. Elke rij is één cijfer: voor één wijk, één indicator en één periode.' },
		{ value: '2. Zet het cijfer in de kolom waarde. Gebruik alleen een getal, zonder tekst of %-teken.' },
		{ value: '3. Heeft u een cijfer niet? Laat waarde leeg en schrijf in reden_ontbreekt waarom het ontbreekt.' },
		{ value: '4. Is een cijfer anders dan normaal, bijvoorbeeld veel hoger of lager? Leg dat kort uit in toelichting.' },
		{ value: '5. Verander de kolommen wijkcode, indicator en periode niet. Daarmee koppelen wij het cijfer aan de juiste wijk.' },
		{ value: '6. Sla het bestand op als Excel-bestand (.xlsx) of als CSV. Upload het daarna in Wijkbeeld.' },
		{ value: '' },
		{ value: 'De indicatoren', bold: true }
	];
	for (const line of lines) {
		const row = sheet.addRow([line.value]);
		if (line.bold || line.size) row.getCell(1).font = { bold: line.bold ?? false, size: line.size };
	}

	const header = sheet.addRow(['code', 'naam', 'eenheid', 'hoe vaak', 'definitie', 'minimum aantal']);
	header.eachCell((cell) => {
		cell.font = { bold: true };
		cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF5' } };
	});
	for (const indicator of input.indicators) {
		sheet.addRow([
			text(indicator.code),
			text(indicator.name),
			text(indicator.unit),
			text(indicator.frequency),
			text(indicator.definition),
			Number.isFinite(indicator.minN) ? indicator.minN : null
		]);
	}
	// The instruction lines are longer than column A: let them run over, only the table wraps.
	for (let index = 1; index <= lines.length; index++) sheet.getRow(index).getCell(1).alignment = { vertical: 'top', wrapText: false };
}

function addListsSheet(workbook: ExcelJS.Workbook, lists: Lists): void {
	const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
	sheet.columns = [
		{ key: 'wijkcode', width: 14, style: { numFmt: TEXT } },
		{ key: 'indicator', width: 16, style: { numFmt: TEXT } },
		{ key: 'periode', width: 11, style: { numFmt: TEXT } }
	];
	const columns = [lists.areaCodes, lists.indicatorCodes, lists.periods];
	sheet.getRow(1).values = ['wijkcode', 'indicator', 'periode'];
	const height = Math.max(...columns.map((list) => list.length));
	for (let index = 0; index < height; index++) {
		const row = sheet.getRow(index + 2);
		columns.forEach((list, column) => {
			const value = list[index];
			if (value !== undefined) row.getCell(column + 1).value = value;
		});
	}
}

/** The template as an XLSX workbook: sheets `aanlevering`, `uitleg` and the hidden `lijsten`. */
export async function templateXlsx(input: TemplateInput): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const created = input.createdAt ?? new Date();
	workbook.creator = 'Wijkbeeld';
	workbook.lastModifiedBy = 'Wijkbeeld';
	workbook.title = `Aanlevering ${input.quarter} ${input.organisationName}`;
	workbook.subject = `Aanlevering voor gemeente ${input.gemeenteName}`;
	workbook.created = created;
	workbook.modified = created;

	const lists = templateLists(input);
	addTemplateSheet(workbook, input, lists);
	addExplanationSheet(workbook, input);
	addListsSheet(workbook, lists);
	workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

	const buffer = await workbook.xlsx.writeBuffer();
	return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}

/** The template as CSV (`;`, decimal comma, BOM, CRLF, formula-safe texts): the same columns and rows as the XLSX. */
export function templateCsv(input: TemplateInput): string {
	const rows: CsvCell[][] = [[...TEMPLATE_COLUMNS]];
	for (const row of input.rows) {
		rows.push([
			row.areaCode,
			row.areaName,
			row.indicatorCode,
			row.indicatorName,
			row.period,
			typeof row.value === 'number' && Number.isFinite(row.value) ? row.value : null,
			row.toelichting ?? null,
			row.missingReason ?? null
		]);
	}
	return toCsv(rows);
}

/** ASCII slug: accents dropped, lower case, anything else a single '-'. */
function slug(value: string, maxLength = 60): string {
	return value
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, maxLength)
		.replace(/-+$/, '');
}

/** e.g. `aanlevering-2025-Q4-stichting-buurtkracht-leiden.xlsx`: ASCII only, no spaces. */
export function templateFileName(input: TemplateInput, ext: 'xlsx' | 'csv'): string {
	const quarter = input.quarter
		.normalize('NFKD')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 20);
	const parts = ['aanlevering', quarter, slug(input.organisationName), slug(input.gemeenteName)].filter((part) => part !== '');
	return `${parts.join('-')}.${ext}`;
}
