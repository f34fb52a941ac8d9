/**
 * The indicator catalogue as a CSV file: a municipality prepares it in a spreadsheet and imports it, or exports
 * the current catalogue, edits it and imports it again. Pure: no database, no files.
 *
 * The import checks every row and reports all problems at once, with the spreadsheet line (header = line 1);
 * it returns rows only when the whole file is valid. Messages are Dutch (B1).
 */
import { toCsv } from './csv';
import type { Definition, Indicator } from './indicator';
import { comparePeriods, periodEnd, periodStart, requirePeriod } from './periods';
import { deliverers, directions, frequencies, indicatorKinds, units, type IndicatorKind } from './vocabulary';
import { readChoice, readMinN, readNumber, readPeriod, sameText, type CellResult } from './catalogue-csv-read';
import { detectDelimiter, normaliseHeader, readRows, readText, type RawRow } from './text-file';

export { decodeText } from './text-file';

export interface ThemeRef {
	code: string;
	name: string;
}

/** One valid row, ready for the repository. */
export interface CatalogueRow {
	/** Spreadsheet line number where the row starts (header = line 1). */
	line: number;
	/** `position` is assigned by the importer (file order). */
	indicator: Omit<Indicator, 'position'>;
	definition: string;
	/**
	 * From `definitie_vanaf`. For an existing indicator whose definition did not change this is the current
	 * version's `validFrom` (and `changeNote` its note): the row then shows what the store keeps.
	 */
	definitionValidFrom: string | null;
	/** From `wijziging`. */
	changeNote: string | null;
}

export interface CatalogueProblem {
	line: number | null;
	column: string | null;
	/** Stable machine code, such as `kolom-ontbreekt` or `thema-onbekend`. */
	code: string;
	message: string;
}

/** What the store holds now for one indicator: its fields (position is not compared), current definition and versions. */
export interface CurrentIndicator extends Omit<Indicator, 'position'> {
	definition: string;
	definitions: { validFrom: string; definition: string; changeNote: string | null }[];
}

export interface CatalogueChanges {
	/** Codes not in the store yet. */
	added: string[];
	/** Existing codes with any field other than the definition different. */
	changed: string[];
	/** Existing codes with a new definition (may also be in `changed`). */
	definitionChanged: string[];
	/** Existing codes with nothing different. */
	unchanged: string[];
	/** Codes in the store but not in the file: reported, never deleted. */
	absent: string[];
}

export type CatalogueImport =
	| { ok: true; rows: CatalogueRow[]; changes: CatalogueChanges; notices: string[] }
	| { ok: false; problems: CatalogueProblem[] };

export const requiredColumns = ['code', 'naam', 'thema', 'eenheid', 'frequentie', 'bron', 'soort', 'richting', 'aanleverder', 'definitie'] as const;
export const optionalColumns = [
	'definitie_vanaf',
	'wijziging',
	'minimum_n',
	'streefwaarde',
	'toelichting_streefwaarde',
	'geldig_vanaf',
	'geldig_tot'
] as const;
type Column = (typeof requiredColumns)[number] | (typeof optionalColumns)[number];
const allColumns: readonly Column[] = [...requiredColumns, ...optionalColumns];

const CODE_PATTERN = /^[A-Z0-9_]{2,40}$/;
const MAX_NAME = 200;
const MAX_DEFINITION = 2000;
const MAX_TEXT = 500;

/** The minimum n when the file gives none: 30 for percentages and report marks (unless context), else 5. */
export function defaultMinN(unit: string, kind: IndicatorKind): number {
	return (unit === 'procent' || unit === 'rapportcijfer') && kind !== 'context' ? 30 : 5;
}

/** "Regel 5, kolom eenheid: …": a problem as one line of text for people. */
export function describeProblem(problem: CatalogueProblem): string {
	const where = [problem.line !== null ? `Regel ${problem.line}` : null, problem.column ? `kolom ${problem.column}` : null].filter(Boolean);
	return where.length ? `${where.join(', ')}: ${problem.message}` : problem.message;
}

function latestVersion(definitions: CurrentIndicator['definitions']): CurrentIndicator['definitions'][number] | null {
	let latest: CurrentIndicator['definitions'][number] | null = null;
	for (const d of definitions) {
		if (!latest || comparePeriods(requirePeriod(d.validFrom), requirePeriod(latest.validFrom)) > 0) latest = d;
	}
	return latest;
}

/** Reads and checks a catalogue CSV against the existing themes and the current catalogue. */
export function parseCatalogueCsv(text: string, context: { themes: ThemeRef[]; current: CurrentIndicator[] }): CatalogueImport {
	const source = text.replace(/^\uFEFF/, '');
	if (source.trim() === '') {
		return fail([{ line: null, column: null, code: 'leeg-bestand', message: 'Het bestand is leeg. Zet op regel 1 de kolomnamen en daaronder één regel per indicator.' }]);
	}
	const [header, ...dataRows] = readRows(source, detectDelimiter(source));
	return checkRows(header, dataRows, context);
}

/**
 * One indicator from a form whose fields are named like the CSV columns: the same rules as a catalogue row
 * (an edit form and an import can never disagree). Problems carry line 2 and the column as the field.
 */
export function parseCatalogueRecord(record: Partial<Record<string, string>>, context: { themes: ThemeRef[]; current: CurrentIndicator[] }): CatalogueImport {
	const columns = [...allColumns];
	return checkRows({ line: 1, cells: columns, error: null }, [{ line: 2, cells: columns.map((c) => record[c] ?? ''), error: null }], context);
}

function checkRows(header: RawRow | undefined, dataRows: RawRow[], context: { themes: ThemeRef[]; current: CurrentIndicator[] }): CatalogueImport {
	const problems: CatalogueProblem[] = [];
	const notices: string[] = [];
	const headerLine = header?.line ?? 1;

	// Header: where each known column is.
	const index = new Map<Column, number>();
	for (const [i, raw] of (header?.cells ?? []).entries()) {
		const name = normaliseHeader(raw);
		if (name === '') continue;
		if ((allColumns as readonly string[]).includes(name)) {
			if (index.has(name as Column)) {
				problems.push({ line: headerLine, column: name, code: 'kolom-dubbel', message: `De kolom "${name}" staat twee keer in regel ${headerLine}. Haal een van de twee weg.` });
			} else index.set(name as Column, i);
		} else {
			notices.push(`De kolom "${raw.trim()}" kennen we niet. Die kolom is niet gebruikt.`);
		}
	}
	for (const column of requiredColumns) {
		if (!index.has(column)) {
			problems.push({
				line: headerLine,
				column,
				code: 'kolom-ontbreekt',
				message: `De kolom "${column}" ontbreekt. Zet op regel ${headerLine} deze kolommen: ${requiredColumns.join(';')}.`
			});
		}
	}
	if (problems.length) return fail(problems);
	if (dataRows.length === 0) {
		return fail([{ line: null, column: null, code: 'leeg-bestand', message: 'Het bestand heeft alleen kolomnamen. Zet onder regel 1 één regel per indicator.' }]);
	}

	const themeByKey = new Map<string, string>();
	for (const t of context.themes) themeByKey.set(t.code.trim().toLowerCase(), t.code);
	for (const t of context.themes) themeByKey.set(t.name.replace(/\s+/g, ' ').trim().toLowerCase(), t.code);
	const themeNames = context.themes.map((t) => t.name);
	const current = new Map(context.current.map((c) => [c.code, c]));
	const firstLineOf = new Map<string, number>();
	const rows: CatalogueRow[] = [];
	const changes: CatalogueChanges = { added: [], changed: [], definitionChanged: [], unchanged: [], absent: [] };

	for (const raw of dataRows) {
		const rowProblems = checkRow(raw, index, themeByKey, themeNames, header?.cells.length ?? 0);
		problems.push(...rowProblems.problems);
		const row = rowProblems.row;
		const code = rowProblems.code;
		if (code) {
			const first = firstLineOf.get(code);
			if (first !== undefined) {
				problems.push({
					line: raw.line,
					column: 'code',
					code: 'code-dubbel',
					message: `De code ${code} staat twee keer in het bestand: op regel ${first} en op regel ${raw.line}. Geef elke indicator een eigen code.`
				});
			} else firstLineOf.set(code, raw.line);
		}
		if (!row) continue;
		const existing = current.get(row.indicator.code);
		if (!existing) {
			changes.added.push(row.indicator.code);
			rows.push(row);
			continue;
		}
		const version = latestVersion(existing.definitions);
		const definitionChanged = !sameText(row.definition, existing.definition);
		if (!definitionChanged) {
			if (
				(row.definitionValidFrom !== null && row.definitionValidFrom !== (version?.validFrom ?? null)) ||
				(row.changeNote !== null && row.changeNote !== (version?.changeNote ?? null))
			) {
				notices.push(`Regel ${raw.line}: de definitie van ${row.indicator.code} is niet veranderd. Daarom zijn definitie_vanaf en wijziging niet gebruikt.`);
			}
			row.definition = existing.definition;
			row.definitionValidFrom = version?.validFrom ?? null;
			row.changeNote = version?.changeNote ?? null;
		} else if (row.definitionValidFrom === null) {
			problems.push({
				line: raw.line,
				column: 'definitie_vanaf',
				code: 'definitie-zonder-vanaf',
				message: `De definitie van ${row.indicator.code} is veranderd. Vul in definitie_vanaf de periode in vanaf wanneer de nieuwe definitie geldt, bijvoorbeeld 2025-Q1.`
			});
			continue;
		} else if (version && periodStart(requirePeriod(row.definitionValidFrom)) <= periodStart(requirePeriod(version.validFrom))) {
			problems.push({
				line: raw.line,
				column: 'definitie_vanaf',
				code: 'definitie-vanaf-te-vroeg',
				message: `De nieuwe definitie van ${row.indicator.code} begint in ${row.definitionValidFrom}, maar de huidige definitie geldt al vanaf ${version.validFrom}. Kies een periode die later begint.`
			});
			continue;
		} else {
			changes.definitionChanged.push(row.indicator.code);
		}
		const fieldsChanged = (Object.keys(row.indicator) as (keyof CatalogueRow['indicator'])[]).some((k) => row.indicator[k] !== existing[k]);
		if (fieldsChanged) changes.changed.push(row.indicator.code);
		if (!fieldsChanged && !definitionChanged) changes.unchanged.push(row.indicator.code);
		rows.push(row);
	}
	if (problems.length) return fail(problems);
	changes.absent = context.current.map((c) => c.code).filter((c) => !firstLineOf.has(c));
	return { ok: true, rows, changes, notices };
}

function fail(problems: CatalogueProblem[]): CatalogueImport {
	return { ok: false, problems };
}

/** Checks one data row; `row` is null when it has problems, `code` is the valid code (for the duplicate check). */
function checkRow(
	raw: RawRow,
	index: Map<Column, number>,
	themeByKey: Map<string, string>,
	themeNames: string[],
	width: number
): { row: CatalogueRow | null; code: string | null; problems: CatalogueProblem[] } {
	const problems: CatalogueProblem[] = [];
	const problem = (column: string | null, code: string, message: string) => problems.push({ line: raw.line, column, code, message });
	if (raw.error) {
		problem(null, 'csv-ongeldig', raw.error);
		return { row: null, code: null, problems };
	}
	if (raw.cells.slice(width).some((c) => c.trim() !== '')) {
		problem(null, 'te-veel-cellen', 'Deze regel heeft meer cellen dan er kolommen zijn. Staat er een scheidingsteken (; of ,) in een tekst? Zet die tekst dan tussen aanhalingstekens (").');
	}
	const cell = (column: Column): string => {
		const i = index.get(column);
		return i === undefined ? '' : readText(raw.cells[i]);
	};
	const take = <T>(column: Column, code: string, result: CellResult<T>, fallback: T): T => {
		if (result.ok) return result.value;
		problem(column, code, result.message);
		return fallback;
	};
	const text = (column: Column, max: number, label: string): string => {
		const value = cell(column);
		if (value.length > max) {
			problem(column, 'tekst-te-lang', `De ${label} is ${value.length} tekens lang. Dat mag hoogstens ${max} tekens zijn. Maak de tekst korter.`);
		}
		return value;
	};

	const rawCode = cell('code');
	const code = rawCode.toUpperCase();
	if (!CODE_PATTERN.test(code)) {
		const message =
			rawCode === ''
				? 'De code is leeg. Vul een code in van 2 tot 40 tekens: hoofdletters, cijfers en _ (bijvoorbeeld BEREIK_65PLUS).'
				: `De code "${rawCode}" mag niet. Een code heeft 2 tot 40 tekens: hoofdletters, cijfers en _ (bijvoorbeeld BEREIK_65PLUS). Geen spaties of andere tekens.`;
		problem('code', 'code-ongeldig', message);
	}
	const name = text('naam', MAX_NAME, 'naam');
	if (name === '') problem('naam', 'naam-leeg', 'De naam is leeg. Vul een korte naam in voor de indicator.');
	const themeText = cell('thema');
	const themeCode = themeByKey.get(themeText.replace(/\s+/g, ' ').toLowerCase()) ?? null;
	if (!themeCode) {
		const start = themeText === '' ? 'Het thema is leeg.' : `Het thema "${themeText}" kennen we niet.`;
		const choose = themeNames.length ? ` Kies een van deze thema’s: ${themeNames.join(', ')}.` : ' Maak eerst de thema’s aan.';
		problem('thema', 'thema-onbekend', start + choose);
	}
	const unit = take('eenheid', 'eenheid-onbekend', readChoice(units, cell('eenheid'), 'eenheid'), null);
	const frequency = take('frequentie', 'frequentie-onbekend', readChoice(frequencies, cell('frequentie'), 'frequentie'), null);
	const source = text('bron', MAX_TEXT, 'bron');
	if (source === '') problem('bron', 'bron-leeg', 'De bron is leeg. Vul in waar het cijfer vandaan komt, bijvoorbeeld "registratie welzijnsorganisatie".');
	const kind = take('soort', 'soort-onbekend', readChoice(indicatorKinds, cell('soort'), 'soort'), null);
	const direction = take('richting', 'richting-onbekend', readChoice(directions, cell('richting'), 'richting'), null);
	const deliveredBy = take('aanleverder', 'aanleverder-onbekend', readChoice(deliverers, cell('aanleverder'), 'aanleverder'), null);
	const definition = text('definitie', MAX_DEFINITION, 'definitie');
	if (definition === '') problem('definitie', 'definitie-leeg', 'De definitie is leeg. Beschrijf wat er precies telt, zodat iedereen hetzelfde telt.');
	const definitionValidFrom = take('definitie_vanaf', 'periode-ongeldig', readPeriod(cell('definitie_vanaf')), null);
	const changeNote = text('wijziging', MAX_TEXT, 'wijziging') || null;
	const minN = take('minimum_n', 'getal-ongeldig', readMinN(cell('minimum_n')), null);
	const targetValue = take('streefwaarde', 'getal-ongeldig', readNumber(cell('streefwaarde'), 'De streefwaarde'), null);
	const targetNote = text('toelichting_streefwaarde', MAX_TEXT, 'toelichting bij de streefwaarde') || null;
	const validFrom = take('geldig_vanaf', 'periode-ongeldig', readPeriod(cell('geldig_vanaf')), null);
	const validTo = take('geldig_tot', 'periode-ongeldig', readPeriod(cell('geldig_tot')), null);
	if (validFrom && validTo && periodEnd(requirePeriod(validTo)) < periodStart(requirePeriod(validFrom))) {
		problem('geldig_tot', 'periode-volgorde', `geldig_tot (${validTo}) ligt vóór geldig_vanaf (${validFrom}). Zet de eindperiode na de beginperiode.`);
	}

	const validCode = CODE_PATTERN.test(code) ? code : null;
	if (problems.length || !themeCode || !unit || !frequency || !kind || !direction || !deliveredBy) {
		return { row: null, code: validCode, problems };
	}
	return {
		code: validCode,
		problems,
		row: {
			line: raw.line,
			indicator: {
				code,
				name,
				themeCode,
				unit,
				frequency,
				source,
				kind,
				direction,
				deliveredBy,
				targetValue,
				targetNote,
				minN: minN ?? defaultMinN(unit, kind),
				validFrom,
				validTo
			},
			definition,
			definitionValidFrom,
			changeNote
		}
	};
}

/** Column order of the export: the required columns, then the optional ones. */
export const exportColumns: readonly Column[] = allColumns;

/** One indicator as the catalogue's columns: the current definition with its period and note. */
export function catalogueValues(i: Indicator & { definition: string; definitions: Definition[] }, themeName: string): Record<Column, string | number | null> {
	const version = latestVersion(i.definitions);
	return {
		code: i.code,
		naam: i.name,
		thema: themeName,
		eenheid: i.unit,
		frequentie: i.frequency,
		bron: i.source,
		soort: i.kind,
		richting: i.direction,
		aanleverder: i.deliveredBy,
		definitie: i.definition,
		definitie_vanaf: version?.validFrom ?? null,
		wijziging: version?.changeNote ?? null,
		minimum_n: i.minN,
		streefwaarde: i.targetValue,
		toelichting_streefwaarde: i.targetNote,
		geldig_vanaf: i.validFrom,
		geldig_tot: i.validTo
	};
}

/**
 * The catalogue as CSV in our spreadsheet convention (`;`, BOM, CRLF, decimal comma, formula-safe texts):
 * one row per indicator in the given order, the theme by name, the current definition with its period and note.
 */
export function catalogueToCsv(themes: ThemeRef[], indicators: (Indicator & { definition: string; definitions: Definition[] })[]): string {
	const themeName = new Map(themes.map((t) => [t.code, t.name]));
	const rows = indicators.map((i) => {
		const values = catalogueValues(i, themeName.get(i.themeCode) ?? i.themeCode);
		return exportColumns.map((c) => values[c]);
	});
	return toCsv([[...exportColumns], ...rows]);
}
