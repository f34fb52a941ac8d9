// Pinning a note by pointing at a chart: a click picks the period nearest to the point, a drag the periods
// it spans. Pure: the chart gives dates (from its x scale), the figure gives the periods it has data for.
import { comparePeriods, periodEnd, periodMidpoint, periodStart, requirePeriod } from '../domain/periods';

/** The period (of `periods`) whose middle is nearest to `date`; null without periods. */
export function nearestPeriod(date: Date, periods: string[]): string | null {
	let best: string | null = null;
	let distance = Infinity;
	for (const code of periods) {
		const d = Math.abs(periodMidpoint(requirePeriod(code)).getTime() - date.getTime());
		if (d < distance) {
			distance = d;
			best = code;
		}
	}
	return best;
}

/** The periods a drag from `a` to `b` covers: from the first to the last period it touches (at least the nearest). */
export function spanPeriods(a: Date, b: Date, periods: string[]): { from: string; to: string } | null {
	const [lo, hi] = a <= b ? [a, b] : [b, a];
	const sorted = [...periods].sort((x, y) => comparePeriods(requirePeriod(x), requirePeriod(y)));
	const touched = sorted.filter((code) => {
		const p = requirePeriod(code);
		const start = new Date(`${periodStart(p)}T00:00:00Z`);
		const end = new Date(`${periodEnd(p)}T23:59:59Z`);
		return end >= lo && start <= hi;
	});
	if (touched.length) return { from: touched[0]!, to: touched.at(-1)! };
	const nearest = nearestPeriod(new Date((lo.getTime() + hi.getTime()) / 2), sorted);
	return nearest ? { from: nearest, to: nearest } : null;
}

/** A drag shorter than this many CSS pixels is a click. */
export const CLICK_TOLERANCE = 6;
