/**
 * Checks a welfare organisation's quarterly delivery and reports every problem at once: errors ('fout') block
 * saving, warnings ('waarschuwing') need a toelichting on their row before submitting. Pure: the file reader and
 * its number reader are given, nothing is read, stored or evaluated. Linear in the number of rows (Maps only),
 * so the preview can re-run the whole check after each fixed row.
 */
import { deliveryQuarter, expectedRows, periodKindOf, windowCovers, type Assignment, type CatalogueIndicator } from './delivery-expected';
import { countIssues, formatNumber, issue, quote, type DeliveryColumn, type DeliveryIssue, type IssueCode, type IssueSeverity } from './delivery-issues';
import { farFromEarlier } from './delivery-outlier';
import { parsePeriod, periodStart, requirePeriod, toPeriodCode, type Period, type PeriodKind } from './periods';
import { frequencyLabels } from './vocabulary';

export { ISSUE_LABELS, ISSUE_SEVERITY, type DeliveryColumn, type DeliveryIssue, type IssueCode, type IssueSeverity } from './delivery-issues';

/** One row as the file reader gives it: `line` is the user's line number, `raw` the cells as found. */
export interface InputRow {
	line: number;
	cells: Partial<Record<DeliveryColumn, string>>;
	raw: string[];
	/** Columns that were number cells in a workbook: their text is `String(number)`, exact, never ambiguous. */
	numeric?: readonly string[];
}

export type NumberReading = { ok: true; value: number; ambiguous: boolean } | { ok: false };
/** Reads a number as typed in a Dutch or English spreadsheet; `decimal` is the file's guessed decimal sign. */
export type NumberReader = (text: string, decimal: ',' | '.' | null) => NumberReading;

export interface CheckedRow {
	line: number;
	/** The canonical code when known, else the typed code without spaces in upper case. */
	areaCode: string;
	indicatorCode: string;
	/** The canonical period code when readable, else the typed text. */
	period: string;
	/** Null when there is no value or it could not be read. */
	value: number | null;
	/** Null when there is a value (a reason next to a value is ignored). */
	missingReason: string | null;
	toelichting: string | null;
	issues: DeliveryIssue[];
}

export type DeliveryIndicator = CatalogueIndicator & { direction?: string };

export interface DeliveryContext {
	/** The delivery's quarter, e.g. '2025-Q4'. */
	quarter: string;
	/** Current wijken and the gemeente itself. */
	areas: { code: string; name: string }[];
	/** The current catalogue, in catalogue order. */
	indicators: DeliveryIndicator[];
	/** This organisation's assignments. */
	assignments: Assignment[];
	/** Earlier published values per `${indicator}|${area}`, oldest first: for the outlier warning. */
	history: Map<string, { period: string; value: number }[]>;
}

export interface DeliveryReport {
	/** True when there is no 'fout'. */
	ok: boolean;
	rows: CheckedRow[];
	/** Every issue: the rows' issues in row order, then those of the whole file (missing expected rows). */
	issues: DeliveryIssue[];
	/** Per code, errors first: "3× Onbekende wijk". */
	counts: { code: string; severity: IssueSeverity; label: string; count: number }[];
	/** Rows with a warning and no toelichting yet: each needs one before submitting. */
	needsToelichting: number;
}

/** Longest toelichting or reden_ontbreekt, in characters. */
export const MAX_TEXT_LENGTH = 1000;

/** Units that cannot be below zero; procent and rapportcijfer have their own ranges. */
const NON_NEGATIVE = new Set(['aantal', 'euro', 'uren', 'per 1.000 inwoners', 'per 1.000 huishoudens']);

const kindWord: Record<PeriodKind, string> = { kwartaal: 'een kwartaal', halfjaar: 'een halfjaar', jaar: 'een jaar' };

/** The period of `kind` in which `quarter` falls: the example a message gives. */
function periodOfKind(kind: PeriodKind, quarter: Period): string {
	if (kind === 'kwartaal') return toPeriodCode(quarter);
	if (kind === 'halfjaar') return `${quarter.year}-H${Math.ceil(quarter.part / 2)}`;
	return String(quarter.year);
}

/** A date someone typed for a period (2025-10-01, 1-10-2025, 2025-10-01T00:00): the quarter it falls in. */
function dateAsQuarter(text: string): Period | null {
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
	const dutch = iso ? null : /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
	const year = Number(iso ? iso[1] : dutch?.[3]);
	const month = Number(iso ? iso[2] : dutch?.[2]);
	if (!(iso || dutch) || month < 1 || month > 12) return null;
	return { kind: 'kwartaal', year, part: Math.ceil(month / 3) };
}

const normaliseCode = (text: string) => text.replace(/\s+/g, '').toUpperCase();
/**
 * Looks up typed codes: as typed first (the usual case, and cheap), else without spaces in upper case; each
 * spelling is normalised once (`typed` remembers it), as the same few spellings repeat on every row.
 */
function lookup<T>(map: Map<string, T>, typed: Map<string, T | null>, text: string): T | undefined {
	const direct = map.get(text);
	if (direct !== undefined) return direct;
	let found = typed.get(text);
	if (found === undefined) typed.set(text, (found = map.get(normaliseCode(text)) ?? null));
	return found ?? undefined;
}

/**
 * The reading of an ambiguous number ("1.234" in a file without a clear decimal sign), decided by unit where the
 * unit decides: a percentage or rapportcijfer is never in the thousands (1,234), a count has no decimals (1234).
 * Otherwise the reader's choice stands and the message says so.
 */
function resolveAmbiguous(text: string, readerValue: number, unit: string | null, readNumber: NumberReader): { value: number; warning: string | null } {
	const asPoint = readNumber(text, '.');
	const asComma = readNumber(text, ',');
	const readings = [asPoint, asComma].flatMap((r) => (r.ok ? [r.value] : []));
	if (readings.length < 2 || readings[0] === readings[1]) return { value: readerValue, warning: null };
	const decimalReading = Math.min(Math.abs(readings[0]!), Math.abs(readings[1]!)) === Math.abs(readings[0]!) ? readings[0]! : readings[1]!;
	const thousandsReading = decimalReading === readings[0] ? readings[1]! : readings[0]!;
	if (unit === 'procent' || unit === 'rapportcijfer') return { value: decimalReading, warning: null };
	if (unit === 'aantal' && Number.isInteger(thousandsReading)) return { value: thousandsReading, warning: null };
	const sign = text.includes('.') ? 'punt' : 'komma';
	const why = unit ? `de eenheid (${unit}) zegt niet welke lezing klopt` : 'de indicator is onbekend';
	return {
		value: readerValue,
		warning:
			`${quote(text)} kan ${formatNumber(thousandsReading)} zijn (${sign} tussen duizendtallen) of ${formatNumber(decimalReading)} (${sign} als decimaalteken). ` +
			`We hebben ${formatNumber(readerValue)} gebruikt: het bestand laat niet zien welk decimaalteken u gebruikt, en ${why}. ` +
			`Klopt dat niet? Schrijf het getal zonder scheiding tussen duizendtallen, bijvoorbeeld ${formatNumber(thousandsReading).replace(',', '')} of ${formatNumber(decimalReading)}.`
	};
}

/** Checks every row of a delivery against the catalogue, the areas, the assignments and the history. */
export function validateDelivery(rows: InputRow[], decimal: ',' | '.' | null, context: DeliveryContext, readNumber: NumberReader): DeliveryReport {
	const quarter = requirePeriod(context.quarter);
	if (quarter.kind !== 'kwartaal') throw new Error(`delivery quarter is not a quarter: ${JSON.stringify(context.quarter)}`);
	const quarterCode = toPeriodCode(quarter);
	// Numbers, not strings, key the per-row lookups: a check of 100,000 rows stays well under a second.
	const areaCount = context.areas.length;
	const areas = new Map(context.areas.map((area, index) => [normaliseCode(area.code), { area, index }]));
	const indicators = new Map(context.indicators.map((indicator, index) => [normaliseCode(indicator.code), { indicator, index }]));
	const areaSpellings = new Map<string, { area: DeliveryContext['areas'][number]; index: number } | null>();
	const indicatorSpellings = new Map<string, { indicator: DeliveryIndicator; index: number } | null>();
	const pairId = (indicatorCode: string, areaCode: string) => {
		const i = indicators.get(indicatorCode);
		const a = areas.get(areaCode);
		return i && a ? i.index * areaCount + a.index : null;
	};
	// Per indicator × area the earliest start of its assignments (null: from the start).
	const assigned = new Map<number, string | null>();
	for (const a of context.assignments) {
		const key = pairId(normaliseCode(a.indicatorCode), normaliseCode(a.areaCode));
		if (key === null) continue;
		const known = assigned.get(key);
		if (known === null) continue;
		if (known === undefined || a.validFrom === null || periodStart(requirePeriod(a.validFrom)) < periodStart(requirePeriod(known))) assigned.set(key, a.validFrom);
	}
	const exampleArea = context.areas.find((a) => a.code.startsWith('WK'))?.code ?? context.areas[0]?.code ?? 'WK054603';
	const exampleIndicator = context.assignments[0]?.indicatorCode ?? context.indicators[0]?.code ?? 'DEELN_UNIEK';
	// The same few period spellings repeat on every row: parse each once.
	const periods = new Map<string, { parsed: ReturnType<typeof parsePeriod>; code: string; deliveredIn: string | null; id: number }>();
	const periodIds = new Map<string, number>();
	const periodId = (code: string) => {
		let id = periodIds.get(code);
		if (id === undefined) periodIds.set(code, (id = periodIds.size));
		return id;
	};
	// A row's identity (wijk × indicator × periode): a number when wijk and indicator are known, else a string.
	const rowKey = (pair: number, period: number): number | string => (period < 4096 ? pair * 4096 + period : `${pair}|${period}`);

	const checked: CheckedRow[] = [];
	// The line of each row identity, or the lines when it repeats.
	const linesByKey = new Map<number | string, number | number[]>();
	const keyOfRow: (number | string | null)[] = [];
	let issues: DeliveryIssue[] = [];
	let line = 0;
	let cells: InputRow['cells'] = {};
	const add = (code: IssueCode, column: DeliveryColumn | null, message: string) => issues.push(issue(code, line, column, message));
	const cell = (column: DeliveryColumn) => (cells[column] ?? '').trim();
	for (const row of rows) {
		issues = [];
		line = row.line;
		cells = row.cells;

		const areaTyped = cell('wijkcode');
		const areaEntry = lookup(areas, areaSpellings, areaTyped);
		const area = areaEntry?.area;
		const areaText = area ? area.code : normaliseCode(areaTyped);
		if (areaText === '') add('wijk-onbekend', 'wijkcode', `De wijkcode is leeg. Vul de code van de wijk in, bijvoorbeeld ${exampleArea}.`);
		else if (!area) add('wijk-onbekend', 'wijkcode', `Wijkcode ${quote(cell('wijkcode'))} kennen we niet. Gebruik een wijkcode uit het sjabloon, bijvoorbeeld ${exampleArea}.`);

		const indicatorText = cell('indicator');
		const indicatorEntry = lookup(indicators, indicatorSpellings, indicatorText);
		const indicator = indicatorEntry?.indicator;
		if (indicatorText === '') add('indicator-onbekend', 'indicator', `De indicator is leeg. Vul de code van de indicator in, bijvoorbeeld ${exampleIndicator}.`);
		else if (!indicator) add('indicator-onbekend', 'indicator', `Indicator ${quote(indicatorText)} staat niet in de indicatorenlijst. Gebruik een code uit het sjabloon, bijvoorbeeld ${exampleIndicator}.`);

		const periodText = cell('periode');
		let known = periods.get(periodText);
		if (!known) {
			const result = parsePeriod(periodText);
			const code = result.ok ? toPeriodCode(result.period) : periodText;
			known = { parsed: result, code, deliveredIn: result.ok ? deliveryQuarter(code) : null, id: periodId(code) };
			periods.set(periodText, known);
		}
		const { parsed, code: periodCode, deliveredIn } = known;
		const period = parsed.ok ? parsed.period : null;
		const wantedKind = indicator ? periodKindOf(indicator.frequency) : null;
		if (!parsed.ok) {
			const date = dateAsQuarter(periodText);
			add('periode-ongeldig', 'periode', date ? `Periode ${quote(periodText)} is een datum. Schrijf de periode, bijvoorbeeld ${periodOfKind(wantedKind ?? 'kwartaal', date)}.` : parsed.message);
		} else if (indicator && wantedKind !== period!.kind) {
			add(
				'periode-past-niet',
				'periode',
				`Indicator ${indicator.code} levert u ${frequencyLabels[indicator.frequency]} aan, maar ${quote(periodText)} is ${kindWord[period!.kind]}. Schrijf bijvoorbeeld ${periodOfKind(wantedKind!, quarter)}.`
			);
		} else if (deliveredIn !== quarterCode) {
			add('periode-niet-open', 'periode', `Periode ${periodCode} hoort bij de aanlevering van ${deliveredIn}, niet bij deze aanlevering van ${quarterCode}. Lever deze regel aan bij ${deliveredIn}, of verbeter de periode.`);
		}

		if (indicator && period && (indicator.validFrom !== null || indicator.validTo !== null) && !windowCovers(indicator.validFrom, indicator.validTo, period)) {
			const window = [indicator.validFrom ? `vanaf ${indicator.validFrom}` : '', indicator.validTo ? `tot en met ${indicator.validTo}` : ''].filter(Boolean).join(' ');
			add('indicator-niet-geldig', 'indicator', `Indicator ${indicator.code} geldt ${window}, dus niet voor periode ${periodCode}. Haal deze regel weg.`);
		}
		const pair = indicatorEntry && areaEntry ? indicatorEntry.index * areaCount + areaEntry.index : null;
		if (indicator && area) {
			const from = assigned.get(pair!);
			if (from === undefined) {
				add('indicator-niet-toegewezen', 'indicator', `U levert indicator ${indicator.code} (${indicator.name}) niet aan voor ${area.name} (${area.code}). Haal deze regel weg, of vraag de gemeente om deze indicator aan u toe te wijzen.`);
			} else if (from !== null && period && !windowCovers(from, null, period)) {
				add('indicator-niet-toegewezen', 'indicator', `U levert indicator ${indicator.code} voor ${area.name} (${area.code}) pas aan vanaf ${from}, niet voor ${periodCode}. Haal deze regel weg.`);
			}
		}

		const valueText = cell('waarde');
		const reasonText = cell('reden_ontbreekt');
		let value: number | null = null;
		let missingReason: string | null = null;
		if (valueText !== '') {
			// A workbook's number cell is exact; only typed text follows the file's decimal convention.
			const exact = row.numeric?.includes('waarde') ? Number(valueText) : NaN;
			const reading: NumberReading = Number.isFinite(exact) ? { ok: true, value: exact, ambiguous: false } : readNumber(valueText, decimal);
			if (!reading.ok) {
				add('geen-getal', 'waarde', `Waarde ${quote(valueText)} is geen getal. Schrijf alleen een getal, zoals 12 of 7,5. Is er geen cijfer? Laat de waarde leeg en vul reden_ontbreekt in.`);
			} else {
				value = reading.value;
				if (reading.ambiguous) {
					const resolved = resolveAmbiguous(valueText, reading.value, indicator?.unit ?? null, readNumber);
					value = resolved.value;
					if (resolved.warning) add('getal-dubbelzinnig', 'waarde', resolved.warning);
				}
				const unit = indicator?.unit;
				const shown = formatNumber(value);
				if (unit === 'procent' && (value < 0 || value > 100)) {
					add('procent-buiten-bereik', 'waarde', `Waarde ${shown} is een percentage en moet tussen 0 en 100 liggen. Verbeter de waarde.`);
				} else if (unit === 'rapportcijfer' && (value < 1 || value > 10)) {
					add('cijfer-buiten-bereik', 'waarde', `Waarde ${shown} is een rapportcijfer en moet tussen 1 en 10 liggen. Verbeter de waarde.`);
				} else if (unit && NON_NEGATIVE.has(unit) && value < 0) {
					add('negatief', 'waarde', `Waarde ${shown} is negatief, maar een waarde in ${unit} is nooit kleiner dan 0. Verbeter de waarde.`);
				}
			}
			if (reasonText !== '') {
				add('waarde-met-reden', 'reden_ontbreekt', `Er staat een waarde (${quote(valueText)}) én een reden_ontbreekt. We gebruiken de waarde en laten de reden weg. Haal de reden weg, of maak de waarde leeg als er geen cijfer is.`);
			}
		} else if (reasonText === '') {
			add('waarde-en-reden-leeg', 'waarde', 'Er staat geen waarde en geen reden_ontbreekt. Vul de waarde in, of schrijf in reden_ontbreekt waarom er geen cijfer is.');
		} else {
			missingReason = reasonText;
		}

		const toelichting = cell('toelichting') || null;
		for (const [column, text] of [['toelichting', toelichting ?? ''], ['reden_ontbreekt', reasonText]] as const) {
			if (text.length > MAX_TEXT_LENGTH) add('tekst-te-lang', column, `De tekst in ${column} is ${text.length} tekens lang; er passen er ${MAX_TEXT_LENGTH}. Maak de tekst korter.`);
		}

		if (value !== null && indicator && area && period && !issues.some((i) => i.severity === 'fout')) {
			const far = farFromEarlier(value, periodCode, indicator.unit, context.history.get(`${indicator.code}|${area.code}`));
			if (far) add('ver-van-eerder', 'waarde', far.message);
		}

		const areaCode = area?.code ?? areaText;
		const indicatorCode = indicator?.code ?? indicatorText;
		const key = pair !== null ? rowKey(pair, known.id) : areaText && indicatorText && periodText ? `${areaCode}|${normaliseCode(indicatorText)}|${periodCode}` : null;
		if (key !== null) {
			const lines = linesByKey.get(key);
			if (lines === undefined) linesByKey.set(key, row.line);
			else if (typeof lines === 'number') linesByKey.set(key, [lines, row.line]);
			else lines.push(row.line);
		}
		keyOfRow.push(key);
		checked.push({ line: row.line, areaCode, indicatorCode, period: periodCode, value, missingReason, toelichting, issues });
	}

	// Repeated rows: each one names the others.
	checked.forEach((row, index) => {
		const key = keyOfRow[index];
		const lines = key === null || key === undefined ? undefined : linesByKey.get(key);
		if (lines === undefined || typeof lines === 'number') return;
		const others = lines.filter((l) => l !== row.line);
		const list = (ls: number[]) => (ls.length === 1 ? `regel ${ls[0]}` : `de regels ${ls.slice(0, -1).join(', ')} en ${ls.at(-1)}`);
		row.issues.push(
			issue(
				'dubbele-regel',
				row.line,
				null,
				`Deze regel gaat over dezelfde wijk, indicator en periode (${row.areaCode}, ${row.indicatorCode}, ${row.period}) als ${list(others)}. Houd er één over.`
			)
		);
	});

	const fileIssues: DeliveryIssue[] = [];
	if (rows.length === 0) {
		fileIssues.push(issue('geen-regels', null, null, 'Het bestand heeft geen regels met cijfers. Vul onder de kopregel per wijk, indicator en periode een regel in.'));
	}
	const areaNames = new Map(context.areas.map((a) => [a.code, a.name]));
	const indicatorNames = new Map(context.indicators.map((i) => [i.code, i.name]));
	for (const expected of expectedRows(quarterCode, context.assignments, context.indicators)) {
		const areaName = areaNames.get(expected.areaCode);
		// An assignment on an area that is gone cannot be delivered; the setup pages deal with it.
		const pair = pairId(normaliseCode(expected.indicatorCode), normaliseCode(expected.areaCode));
		const period = periodIds.get(expected.period);
		if (areaName === undefined || (pair !== null && period !== undefined && linesByKey.has(rowKey(pair, period)))) continue;
		fileIssues.push(
			issue(
				'regel-verwacht',
				null,
				null,
				`Er is geen regel voor ${indicatorNames.get(expected.indicatorCode)} (${expected.indicatorCode}) in ${areaName} (${expected.areaCode}), periode ${expected.period}. ` +
					'Vul de waarde in, of schrijf in reden_ontbreekt waarom er geen cijfer is.'
			)
		);
	}

	const all: DeliveryIssue[] = [];
	let needsToelichting = 0;
	for (const row of checked) {
		all.push(...row.issues);
		// Per row: one toelichting answers every warning on it.
		if (row.toelichting === null && row.issues.some((i) => i.severity === 'waarschuwing')) needsToelichting++;
	}
	all.push(...fileIssues);
	return { ok: !all.some((i) => i.severity === 'fout'), rows: checked, issues: all, counts: countIssues(all), needsToelichting };
}

/**
 * One row fixed in the preview: the row list with that line's cells replaced (its `raw` kept, the user's original).
 * Re-run `validateDelivery` on the result: duplicates and missing rows depend on the other rows, and a whole
 * check of 10,000 rows takes a few milliseconds.
 */
export function withRowFixed(rows: InputRow[], line: number, cells: InputRow['cells']): InputRow[] {
	return rows.map((row) => (row.line === line ? { ...row, cells: { ...cells } } : row));
}
