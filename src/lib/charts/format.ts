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
export function formatValue(value: number | null | undefined, unit: string): string {
	const number = formatNumber(value);
	if (number === '–') return number;
	if (unit === 'procent') return `${number}%`;
	if (unit === 'aantal' || unit === 'rapportcijfer') return number;
	return `${number} ${unit}`;
}
