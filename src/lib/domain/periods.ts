/** Reporting periods: quarters, half-years and years, as delivered in uploads and stored as canonical codes. */

export type PeriodKind = 'kwartaal' | 'halfjaar' | 'jaar';

/** A reporting period. `part` is the quarter (1-4) or half (1-2); 0 for a whole year. */
export interface Period {
	kind: PeriodKind;
	year: number;
	part: number;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const SEP = '[\\s\\-/_.]*';
const YEAR_FIRST = new RegExp(`^(\\d{4})(?:${SEP}(Q|K|KW|H|HJ)${SEP}(\\d{1,2}))?$`, 'i');
const PART_FIRST = new RegExp(`^(Q|K|KW|H|HJ)${SEP}(\\d{1,2})${SEP}(\\d{4})$`, 'i');

function kindOf(letter: string): PeriodKind {
	return letter.toUpperCase().startsWith('H') ? 'halfjaar' : 'kwartaal';
}

/**
 * Reads a period as people type it: `2025-Q3`, `2025-K3`, `2025 Q3`, `Q3 2025`, `2025-H1`, `2025`
 * (case-insensitive, separators `-`, space, `/`, `_`, `.` or none). Returns a Dutch message naming the value on failure.
 */
export function parsePeriod(text: string): PeriodResult {
	const value = String(text ?? '').trim();
	const shown = `"${value}"`;
	if (value === '') return { ok: false, message: 'De periode is leeg. Vul bijvoorbeeld 2025-Q3, 2025-H1 of 2025 in.' };
	// No period is longer than this; a long value is refused before any pattern looks at it.
	if (value.length > 20) return { ok: false, message: `De periode "${value.slice(0, 20)}…" is te lang. Vul bijvoorbeeld 2025-Q3, 2025-H1 of 2025 in.` };
	let year: number;
	let kind: PeriodKind = 'jaar';
	let part = 0;
	const yearFirst = YEAR_FIRST.exec(value);
	const partFirst = yearFirst ? null : PART_FIRST.exec(value);
	if (yearFirst) {
		year = Number(yearFirst[1]);
		if (yearFirst[2]) {
			kind = kindOf(yearFirst[2]);
			part = Number(yearFirst[3]);
		}
	} else if (partFirst) {
		year = Number(partFirst[3]);
		kind = kindOf(partFirst[1]!);
		part = Number(partFirst[2]);
	} else {
		return { ok: false, message: `Onbekende periode ${shown}. Gebruik bijvoorbeeld 2025-Q3 (kwartaal), 2025-H1 (halfjaar) of 2025 (jaar).` };
	}
	if (year < MIN_YEAR || year > MAX_YEAR) {
		return { ok: false, message: `Het jaar in periode ${shown} ligt niet tussen ${MIN_YEAR} en ${MAX_YEAR}.` };
	}
	if (kind === 'kwartaal' && (part < 1 || part > 4)) {
		return { ok: false, message: `Kwartaal ${part} in periode ${shown} bestaat niet. Een jaar heeft kwartaal 1 tot en met 4.` };
	}
	if (kind === 'halfjaar' && (part < 1 || part > 2)) {
		return { ok: false, message: `Halfjaar ${part} in periode ${shown} bestaat niet. Gebruik H1 of H2.` };
	}
	return { ok: true, period: { kind, year, part } };
}

// Stored codes repeat on every row (a chart of 100 wijken parses the same 40 codes 4,000 times).
const parsed = new Map<string, Readonly<Period>>();

/** Parses a period that must be valid (stored codes, seed data); throws naming the value otherwise. */
export function requirePeriod(text: string): Period {
	let period = parsed.get(text);
	if (!period) {
		const result = parsePeriod(text);
		if (!result.ok) throw new Error(`invalid period: ${JSON.stringify(text)} (${result.message})`);
		period = Object.freeze(result.period);
		if (parsed.size < 10_000) parsed.set(text, period);
	}
	return period;
}

/** The canonical code stored in the database: `2025-Q3`, `2025-H1` or `2025`. */
export function toPeriodCode(period: Period): string {
	if (period.kind === 'kwartaal') return `${period.year}-Q${period.part}`;
	if (period.kind === 'halfjaar') return `${period.year}-H${period.part}`;
	return String(period.year);
}

/** Normalises any accepted spelling to the canonical code; throws on an invalid period. */
export function normalizePeriod(text: string): string {
	return toPeriodCode(requirePeriod(text));
}

function monthsOf(period: Period): { first: number; last: number } {
	if (period.kind === 'kwartaal') return { first: (period.part - 1) * 3 + 1, last: period.part * 3 };
	if (period.kind === 'halfjaar') return { first: (period.part - 1) * 6 + 1, last: period.part * 6 };
	return { first: 1, last: 12 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First day of the period as an ISO date (`2025-07-01` for 2025-Q3). */
export function periodStart(period: Period): string {
	return `${period.year}-${pad(monthsOf(period).first)}-01`;
}

/** Last day of the period as an ISO date, inclusive (`2025-09-30` for 2025-Q3). */
export function periodEnd(period: Period): string {
	const { last } = monthsOf(period);
	const day = new Date(Date.UTC(period.year, last, 0)).getUTCDate();
	return `${period.year}-${pad(last)}-${pad(day)}`;
}

/** Middle of the period as a UTC Date: where a chart places its value on a time axis. */
export function periodMidpoint(period: Period): Date {
	const start = Date.parse(`${periodStart(period)}T00:00:00Z`);
	const end = Date.parse(`${periodEnd(period)}T23:59:59Z`);
	return new Date(start + Math.round((end - start) / 2));
}

/** True when period `code` lies within the range `from`..`to` (inclusive), whatever the kinds. */
export function periodWithin(code: string, from: string, to: string): boolean {
	const period = requirePeriod(code);
	return periodStart(requirePeriod(from)) <= periodStart(period) && periodEnd(period) <= periodEnd(requirePeriod(to));
}

/** Orders periods by start date, then shorter periods first (2025-Q1 before 2025-H1 before 2025). */
export function comparePeriods(a: Period, b: Period): number {
	const byStart = periodStart(a).localeCompare(periodStart(b));
	if (byStart !== 0) return byStart;
	return periodEnd(a).localeCompare(periodEnd(b));
}

/** Every period of `kind` from `from` to `to` inclusive; empty when `to` lies before `from`. */
export function periodRange(from: Period, to: Period): Period[] {
	if (from.kind !== to.kind) throw new Error(`period range mixes kinds: ${toPeriodCode(from)} and ${toPeriodCode(to)}`);
	const perYear = from.kind === 'kwartaal' ? 4 : from.kind === 'halfjaar' ? 2 : 1;
	const index = (p: Period) => p.year * perYear + Math.max(p.part, 1) - 1;
	const out: Period[] = [];
	for (let i = index(from); i <= index(to); i++) {
		const year = Math.floor(i / perYear);
		out.push({ kind: from.kind, year, part: from.kind === 'jaar' ? 0 : (i % perYear) + 1 });
	}
	return out;
}

/** A Dutch label for people (and screen readers): `3e kwartaal 2025`, `1e halfjaar 2025`, `2025`. */
export function periodLabel(period: Period): string {
	if (period.kind === 'kwartaal') return `${period.part}e kwartaal ${period.year}`;
	if (period.kind === 'halfjaar') return `${period.part}e halfjaar ${period.year}`;
	return String(period.year);
}

/** "3e kwartaal 2025", or "1e kwartaal 2025 t/m 3e kwartaal 2025" for a range. */
export function periodRangeLabel(from: string, to: string): string {
	const a = periodLabel(requirePeriod(from));
	return from === to ? a : `${a} t/m ${periodLabel(requirePeriod(to))}`;
}
