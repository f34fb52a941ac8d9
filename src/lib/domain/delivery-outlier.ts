/**
 * The "far from earlier" warning: is a delivered value far from that wijk's own recent history?
 *
 * Rule: take the last 4 published values of the same indicator and area from periods before the delivered one
 * (at least 3 are needed; with fewer nothing is said). Compute their median m and the median absolute deviation
 * MAD = median(|x − m|). The value is flagged when it lies outside m ± band, where
 *   band = max(3 × MAD, minimum band), minimum band = max(relative × |m|, absolute).
 * The minimum band keeps small or very steady series quiet: 6 after 3, 4, 5 is no news. For counts, euros, hours,
 * rates and percentages the minimum band is 50% of the median or 5 units (5 percentage points); for a rapportcijfer
 * (a 1–10 scale, where a half-median band would hide everything) it is 1 point.
 */
import { periodEnd, periodStart, requirePeriod } from './periods';
import { countWord, formatNumber } from './delivery-issues';

export const OUTLIER_HISTORY = 4;
export const OUTLIER_MIN_HISTORY = 3;
export const OUTLIER_MAD_FACTOR = 3;

/** The minimum half-width of the band by unit: `relative` × |median| or `absolute`, whichever is larger. */
export function minimumBand(unit: string): { relative: number; absolute: number } {
	return unit === 'rapportcijfer' ? { relative: 0, absolute: 1 } : { relative: 0.5, absolute: 5 };
}

function median(sorted: number[]): number {
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const byNumber = (a: number, b: number) => a - b;

// Sort keys per period code: a check of 100,000 rows compares the same few history periods over and over.
const orderKeys = new Map<string, string>();
function orderKey(code: string): string {
	let key = orderKeys.get(code);
	if (key === undefined) {
		const p = requirePeriod(code);
		key = `${periodStart(p)}|${periodEnd(p)}`;
		if (orderKeys.size < 10_000) orderKeys.set(code, key);
	}
	return key;
}

const kindPlural = { kwartaal: 'kwartalen', halfjaar: 'halfjaren', jaar: 'jaren' } as const;

export interface OutlierResult {
	median: number;
	band: number;
	/** The values compared with, oldest first. */
	previous: { period: string; value: number }[];
	message: string;
}

/**
 * Checks `value` for `period` against `history`: published values of the same indicator and area, oldest first as
 * the store gives them (another order is sorted first). Values of `period` itself and later are left out.
 * Returns null when it is not far off or when there is too little history.
 */
export function farFromEarlier(value: number, period: string, unit: string, history: readonly { period: string; value: number }[] | undefined): OutlierResult | null {
	if (!history || history.length < OUTLIER_MIN_HISTORY) return null;
	const current = orderKey(period);
	// The last values before `period`, newest first. History comes oldest first: walk back from its end,
	// and sort only when it turns out not to be in order.
	let earlier: { period: string; value: number }[] = [];
	let previousKey: string | null = null;
	for (let i = history.length - 1; i >= 0 && earlier.length < OUTLIER_HISTORY; i--) {
		const h = history[i]!;
		const key = orderKey(h.period);
		if (previousKey !== null && key > previousKey) {
			earlier = history
				.filter((x) => Number.isFinite(x.value) && orderKey(x.period) < current)
				.sort((a, b) => (orderKey(a.period) < orderKey(b.period) ? 1 : -1))
				.slice(0, OUTLIER_HISTORY);
			break;
		}
		previousKey = key;
		if (key < current && Number.isFinite(h.value)) earlier.push(h);
	}
	if (earlier.length < OUTLIER_MIN_HISTORY) return null;
	earlier.reverse();
	const values = earlier.map((h) => h.value).sort(byNumber);
	const m = median(values);
	const mad = median(values.map((v) => Math.abs(v - m)).sort(byNumber));
	const min = minimumBand(unit);
	const band = Math.max(OUTLIER_MAD_FACTOR * mad, min.relative * Math.abs(m), min.absolute);
	if (Math.abs(value - m) <= band) return null;
	const higher = value > m;
	const kind = requirePeriod(earlier[0]!.period).kind;
	const span = `${earlier[0]!.period} t/m ${earlier.at(-1)!.period}: ${earlier.map((h) => formatNumber(h.value)).join(', ')}`;
	let howFar = '';
	if (m > 0 && value > 0) {
		const factor = higher ? value / m : m / value;
		howFar = factor >= 2 ? `: ruim ${Math.floor(factor)} keer zo ${higher ? 'hoog' : 'laag'}` : '';
	}
	const message =
		`${formatNumber(value)} is veel ${higher ? 'hoger' : 'lager'} dan de vorige ${countWord(earlier.length)} ${kindPlural[kind]} ` +
		`(${span})${howFar}. Klopt het getal? Leg dan in de toelichting uit wat er veranderd is. Anders: verbeter de waarde.`;
	return { median: m, band, previous: earlier, message };
}
