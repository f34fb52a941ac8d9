// Where a note is pinned: one period or a range of periods of a figure that has data there, and what the
// session saw at its end. Pure: the chart, the keyboard form and the server all use these rules.
import type { FigureCell, FigureRow } from '../figure';
import { comparePeriods, normalizePeriod, parsePeriod, requirePeriod } from '../periods';

export type AnchorResult = { ok: true; from: string; to: string } | { ok: false; message: string };

/**
 * Pins a note from `from` to `to` (the same period for a point) on a figure whose data has `periods`.
 * Both ends must be periods the figure has data for; ends given the wrong way round are swapped.
 */
export function anchorNote(from: string, to: string, periods: string[]): AnchorResult {
	const ends: string[] = [];
	for (const text of [from, to || from]) {
		const parsed = parsePeriod(text.trim());
		if (!parsed.ok) return { ok: false, message: `Kies een periode uit de lijst. ${parsed.message}` };
		ends.push(normalizePeriod(text.trim()));
	}
	const known = new Set(periods.map(normalizePeriod));
	const outside = ends.filter((end) => !known.has(end));
	if (outside.length) {
		return { ok: false, message: `Dit cijfer heeft geen gegevens voor ${[...new Set(outside)].join(' en ')}. Kies een periode waarvoor er een cijfer is.` };
	}
	const [a, b] = ends as [string, string];
	return comparePeriods(requirePeriod(a), requirePeriod(b)) <= 0 ? { ok: true, from: a, to: b } : { ok: true, from: b, to: a };
}

/** The periods a figure has data for in its area (a value, a reason, or a hidden cell): what a note may be pinned to. */
export function anchorPeriods(rows: FigureRow[]): string[] {
	return rows.filter((r) => r.area !== null).map((r) => r.period);
}

/** The area's value at `period` in `rows`, as far as the reader sees it; null when hidden or missing. */
export function valueAt(rows: FigureRow[], period: string): number | null {
	const cell = rows.find((r) => r.period === period)?.area;
	return cell && !cell.suppressed ? cell.value : null;
}

/** When the figure has been corrected since the session: both values; null when it has not (or one is unknown). */
export function correctionSince(valueSeen: number | null, current: FigureCell | null | undefined): { then: number; now: number } | null {
	if (valueSeen === null || !current || current.suppressed || current.value === null) return null;
	// Values are stored with a few decimals; a difference below rounding is no correction.
	return Math.abs(current.value - valueSeen) < 1e-9 ? null : { then: valueSeen, now: current.value };
}
