/**
 * Which figures an organisation delivers in which quarter. One rule for the whole app (the demo generator,
 * the delivery checks and the upload page): a figure is delivered in the last quarter of its period.
 *
 * - kwartaal: in that quarter (2025-Q3 in 2025-Q3);
 * - halfjaar: in the half-year's last quarter (2025-H1 in 2025-Q2, 2025-H2 in 2025-Q4);
 * - jaar, tweejaarlijks, vierjaarlijks: the period is a year, delivered in its Q4 (2025 in 2025-Q4).
 *
 * Two- and four-yearly figures may be delivered in Q4 of any year (`periodsDeliveredIn`): the catalogue does not
 * say in which years a survey runs. They are only *expected* (`expectedRows`) when the indicator has a `validFrom`:
 * then every second (fourth) year counted from the year of `validFrom` (validFrom 2021-Q1, tweejaarlijks: 2021, 2023, 2025).
 *
 * Validity windows (an assignment's `validFrom`, an indicator's `validFrom`..`validTo`, all period codes) apply to a
 * period when they overlap it: an assignment from 2025-Q4 covers the year figure 2025; an indicator that ended
 * in 2025-Q2 still expects its year figure 2025, but no quarter figure 2025-Q3.
 */
import { comparePeriods, periodEnd, periodStart, requirePeriod, toPeriodCode, type Period } from './periods';
import type { Frequency } from './vocabulary';

export interface Assignment {
	indicatorCode: string;
	areaCode: string;
	/** Period code from which the organisation delivers; null: from the start. */
	validFrom: string | null;
}

export interface CatalogueIndicator {
	code: string;
	name: string;
	unit: string;
	frequency: Frequency;
	validFrom: string | null;
	validTo: string | null;
}

export interface ExpectedRow {
	areaCode: string;
	indicatorCode: string;
	period: string;
}

/** The quarter in which a period's figure is delivered: its last quarter (`2025-H1` → `2025-Q2`, `2025` → `2025-Q4`). */
export function deliveryQuarter(period: string): string {
	const p = requirePeriod(period);
	if (p.kind === 'kwartaal') return toPeriodCode(p);
	if (p.kind === 'halfjaar') return `${p.year}-Q${p.part * 2}`;
	return `${p.year}-Q4`;
}

function requireQuarter(quarter: string): Period {
	const p = requirePeriod(quarter);
	if (p.kind !== 'kwartaal') throw new Error(`not a quarter: ${JSON.stringify(quarter)}`);
	return p;
}

/** The period kind a frequency delivers: two- and four-yearly figures are year figures. */
export function periodKindOf(frequency: Frequency): Period['kind'] {
	return frequency === 'kwartaal' ? 'kwartaal' : frequency === 'halfjaar' ? 'halfjaar' : 'jaar';
}

/**
 * Periods of `frequency` that may be delivered in `quarter`: none or one.
 * 2025-Q4 → kwartaal ['2025-Q4'], halfjaar ['2025-H2'], jaar/tweejaarlijks/vierjaarlijks ['2025'];
 * 2025-Q2 → kwartaal ['2025-Q2'], halfjaar ['2025-H1'], the others [].
 * Two- and four-yearly figures may come in Q4 of any year (see the module comment).
 */
export function periodsDeliveredIn(quarter: string, frequency: Frequency): string[] {
	const q = requireQuarter(quarter);
	switch (periodKindOf(frequency)) {
		case 'kwartaal':
			return [toPeriodCode(q)];
		case 'halfjaar':
			return q.part % 2 === 0 ? [`${q.year}-H${q.part / 2}`] : [];
		default:
			return q.part === 4 ? [String(q.year)] : [];
	}
}

/** True when the window `from`..`to` (period codes, null: open) overlaps `period`. */
export function windowCovers(from: string | null, to: string | null, period: Period): boolean {
	if (from !== null && periodStart(requirePeriod(from)) > periodEnd(period)) return false;
	if (to !== null && periodEnd(requirePeriod(to)) < periodStart(period)) return false;
	return true;
}

/** True when a two- or four-yearly indicator runs in `year`; always true for the other frequencies. */
function inCycle(indicator: CatalogueIndicator, year: number): boolean {
	const every = indicator.frequency === 'tweejaarlijks' ? 2 : indicator.frequency === 'vierjaarlijks' ? 4 : 1;
	if (every === 1) return true;
	if (indicator.validFrom === null) return false;
	const diff = year - requirePeriod(indicator.validFrom).year;
	return diff >= 0 && diff % every === 0;
}

/**
 * What an organisation must deliver in `quarter`: each assignment that covers the period, whose indicator exists and
 * is valid for that period, times the indicator's period delivered in that quarter. Sorted by catalogue order
 * (the order of `indicators`), then area code, then period.
 */
export function expectedRows(quarter: string, assignments: Assignment[], indicators: CatalogueIndicator[]): ExpectedRow[] {
	requireQuarter(quarter);
	const byCode = new Map(indicators.map((indicator, index) => [indicator.code, { indicator, index }]));
	const periodsOf = new Map<string, string[]>();
	for (const { indicator } of byCode.values()) {
		const periods = periodsDeliveredIn(quarter, indicator.frequency).filter((code) => {
			const p = requirePeriod(code);
			return inCycle(indicator, p.year) && windowCovers(indicator.validFrom, indicator.validTo, p);
		});
		periodsOf.set(indicator.code, periods);
	}
	const out: (ExpectedRow & { index: number })[] = [];
	const seen = new Set<string>();
	for (const a of assignments) {
		const entry = byCode.get(a.indicatorCode);
		if (!entry) continue;
		for (const period of periodsOf.get(a.indicatorCode) ?? []) {
			if (a.validFrom !== null && !windowCovers(a.validFrom, null, requirePeriod(period))) continue;
			const key = `${a.indicatorCode}|${a.areaCode}|${period}`;
			if (seen.has(key)) continue;
			seen.add(key);
			out.push({ areaCode: a.areaCode, indicatorCode: a.indicatorCode, period, index: entry.index });
		}
	}
	out.sort(
		(x, y) =>
			x.index - y.index ||
			(x.areaCode < y.areaCode ? -1 : x.areaCode > y.areaCode ? 1 : 0) ||
			comparePeriods(requirePeriod(x.period), requirePeriod(y.period))
	);
	return out.map(({ areaCode, indicatorCode, period }) => ({ areaCode, indicatorCode, period }));
}

/**
 * Quarters an organisation may deliver for on `today` (ISO date `YYYY-MM-DD`): quarters that have ended
 * (a quarter ends after its last day), the last `count` of them (default 8), newest first.
 * On 2025-10-01 and on 2025-12-31 the newest is 2025-Q3.
 */
export function openQuarters(today: string, count = 8): string[] {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(today);
	if (!match) throw new Error(`not an ISO date: ${JSON.stringify(today)}`);
	const month = Number(match[2]);
	if (month < 1 || month > 12) throw new Error(`not an ISO date: ${JSON.stringify(today)}`);
	// Index of today's quarter; the one before it is the newest that has ended.
	let index = Number(match[1]) * 4 + Math.ceil(month / 3) - 1 - 1;
	const out: string[] = [];
	for (let i = 0; i < count; i++, index--) out.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
	return out;
}
