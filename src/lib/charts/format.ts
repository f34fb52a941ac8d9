/** Number formatting for people reading Dutch: 1.234,5. */

const formatters = new Map<number, Intl.NumberFormat>();

/** Formats a number the Dutch way with at most `digits` decimals; `null` becomes an em dash. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '–';
	let formatter = formatters.get(digits);
	if (!formatter) {
		formatter = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits });
		formatters.set(digits, formatter);
	}
	return formatter.format(value);
}

/** A value with its unit as a reader says it: "44 %", "7,4", "1.250", "12,3 per 1.000 huishoudens". */
export function formatValue(value: number | null | undefined, unit: string, digits = 1): string {
	const number = formatNumber(value, digits);
	if (number === '–') return number;
	if (unit === 'procent') return `${number}%`;
	if (unit === 'aantal' || unit === 'rapportcijfer') return number;
	return `${number} ${unit}`;
}

/** The unit a change is said in: a percentage changes in "procentpunt", a report mark in "punt". */
export function changeUnit(unit: string): string {
	if (unit === 'procent') return 'procentpunt';
	if (unit === 'rapportcijfer') return 'punt';
	if (unit === 'aantal') return '';
	return unit;
}

/**
 * A change as a reader says it, with its sign and unit: "+1,7 procentpunt", "−12", "+0,3 punt". A change that
 * is not zero never reads as zero: it gets the decimals it needs (up to 3).
 */
export function formatChange(change: number, unit: string): string {
	let digits = 1;
	while (digits < 3 && change !== 0 && Number(Math.abs(change).toFixed(digits)) === 0) digits++;
	const sign = change > 0 ? '+' : change < 0 ? '−' : '';
	const suffix = changeUnit(unit);
	return `${sign}${formatNumber(Math.abs(change), digits)}${suffix ? ` ${suffix}` : ''}`;
}

/**
 * How many decimals (from `base` up to `max`) values need so that rounding makes no tie the unrounded values
 * do not have; `max` when even that is not enough (then rank by the unrounded value and say so).
 */
export function distinctDigits(values: number[], base = 1, max = 3): number {
	const sorted = [...new Set(values)].sort((a, b) => a - b);
	for (let digits = base; digits < max; digits++) {
		const shown = sorted.map((v) => formatNumber(v, digits));
		if (shown.every((s, i) => i === 0 || s !== shown[i - 1])) return digits;
	}
	return max;
}

/** True when some different values still look the same at `digits` decimals. */
export function hasRoundedTie(values: number[], digits: number): boolean {
	const sorted = [...new Set(values)].sort((a, b) => a - b);
	return sorted.some((v, i) => i > 0 && formatNumber(v, digits) === formatNumber(sorted[i - 1], digits));
}

/** An interval as a reader says it: "41–47%", "7,0–8,2". */
export function formatInterval(low: number, high: number, unit: string): string {
	const digits = unit === 'procent' ? 0 : 1;
	const both = `${formatNumber(low, digits)}–${formatNumber(high, digits)}`;
	return unit === 'procent' ? `${both}%` : unit === 'aantal' || unit === 'rapportcijfer' ? both : `${both} ${unit}`;
}
