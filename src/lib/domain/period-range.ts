/** A chosen period range (`?van=2023-Q1&tot=2025-Q4`), shared by the wijk page and the comparison. */
import { comparePeriods, parsePeriod, periodEnd, periodRange, periodStart, requirePeriod, toPeriodCode, type Period } from './periods';

export interface PeriodRange {
	/** Canonical period codes, inclusive; null for no bound. */
	from: string | null;
	to: string | null;
}

export const NO_RANGE: PeriodRange = { from: null, to: null };

/** Reads `van` and `tot`; a bound that cannot be read is dropped with a Dutch notice, swapped bounds are swapped back. */
export function parseRange(params: URLSearchParams, notices: string[]): PeriodRange {
	const bound = (name: 'van' | 'tot') => {
		const value = params.get(name);
		if (!value) return null;
		const parsed = parsePeriod(value);
		if (!parsed.ok) {
			notices.push(`Periode "${value}" begrijpen we niet en is genegeerd.`);
			return null;
		}
		return parsed.period;
	};
	let from = bound('van');
	let to = bound('tot');
	if (from && to && comparePeriods(from, to) > 0) {
		notices.push('De begin- en eindperiode waren omgedraaid; we hebben ze omgewisseld.');
		[from, to] = [to, from];
	}
	return { from: from && toPeriodCode(from), to: to && toPeriodCode(to) };
}

/** The range as ISO dates: periods starting on or after `from` and ending on or before `to` lie within. */
export function rangeDates(range: PeriodRange): { from: string | null; to: string | null } {
	return { from: range.from ? periodStart(requirePeriod(range.from)) : null, to: range.to ? periodEnd(requirePeriod(range.to)) : null };
}

/** True when period `code` lies within the range. */
export function inRange(code: string, range: PeriodRange): boolean {
	if (!range.from && !range.to) return true;
	const { from, to } = rangeDates(range);
	const period = requirePeriod(code);
	return (!from || periodStart(period) >= from) && (!to || periodEnd(period) <= to);
}

/** The quarters from the first to the last of `codes`' periods: the choices of a range form. */
export function quarterChoices(codes: Iterable<string>): string[] {
	let first: Period | null = null;
	let last: Period | null = null;
	for (const code of codes) {
		const p = requirePeriod(code);
		if (!first || periodStart(p) < periodStart(first)) first = p;
		if (!last || periodEnd(p) > periodEnd(last)) last = p;
	}
	if (!first || !last) return [];
	const quarterOf = (p: Period, end: boolean): Period => ({ kind: 'kwartaal', year: p.year, part: Math.ceil(Number((end ? periodEnd(p) : periodStart(p)).slice(5, 7)) / 3) });
	return periodRange(quarterOf(first, false), quarterOf(last, true)).map(toPeriodCode);
}

/** The query string part for a range (`van=…&tot=…`), empty without bounds. */
export function rangeQuery(range: PeriodRange): string {
	const params = new URLSearchParams();
	if (range.from) params.set('van', range.from);
	if (range.to) params.set('tot', range.to);
	return params.toString();
}
