// Ranking of the wijken on one indicator for one period: horizontal bars, the city as a reference line.
// Hidden (small) and missing values get no bar and are named in the description instead.
import * as Plot from '@observablehq/plot';
import { asImage } from './accessible';
import { CHAR_WIDTH, CHART_FONT_SIZE, CHART_STYLE } from './fit';
import { distinctDigits, formatNumber, formatValue, hasRoundedTie } from './format';

export interface RankRow {
	area: string;
	value: number | null;
	/** The 95% margin of a survey figure, drawn as a line through the bar's end. */
	margin?: { low: number; high: number } | null;
}

export interface RankOptions {
	width: number;
	unit: string;
	label: string;
	/** The city's value, drawn as a dashed reference line; null for none. */
	city: { name: string; value: number | null } | null;
	document?: Document;
}

/** Endings of Dutch place names where a long name may break onto a second line ("Roodenburger-district"). */
const NAME_PARTS = /(?<=[a-zà-ÿ]{4})(district|kwartier|buurt|wijk|dorp|park|polder|veld|zijde|haven|straat|plein|laan|weg)(?=$|[\s-])/giu;

/** `name` with soft hyphens where a narrow chart may break it: the axis wraps there and shows a hyphen. */
export function breakableName(name: string): string {
	return name.replace(NAME_PARTS, '\u00ad$1');
}

/** The longest piece of `name` (in characters) that cannot be broken: at spaces, hyphens or breakableName's places. */
export function longestPiece(name: string): number {
	return Math.max(0, ...breakableName(name).split(/[\s\u00ad-]/u).map((part) => part.length));
}

/** How many lines `text` takes when wrapped at `chars` characters, at spaces, hyphens and soft hyphens. */
export function lineCount(text: string, chars: number): number {
	let lines = 1;
	let line = 0;
	for (const piece of text.split(/(?<=[\s\u00ad-])/u)) {
		const length = piece.trimEnd().length;
		if (line > 0 && line + length > chars) {
			lines++;
			line = piece.length;
		} else line += piece.length;
	}
	return lines;
}

/** Rows with a value, highest first by the unrounded value; then the ones without, by name. */
export function sortForRanking(rows: RankRow[]): RankRow[] {
	return [...rows].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.area.localeCompare(b.area, 'nl'));
}

/**
 * The ranking's tie rule: the decimals the values are shown with, so that rounding makes no tie the
 * unrounded values do not have (one decimal, more where needed, at most three), and whether different
 * values still look equal at that precision (then the order is that of the unrounded values, and the page says so).
 */
export function rankingPrecision(values: (number | null)[]): { digits: number; unroundedOrder: boolean } {
	const known = values.filter((v): v is number => v !== null);
	const digits = distinctDigits(known, 1, 3);
	return { digits, unroundedOrder: hasRoundedTie(known, digits) };
}

/** The sentence a ranking shows when rounded values look equal but are not. */
export const UNROUNDED_ORDER_NOTE = 'Wijken met hetzelfde afgeronde getal staan in de volgorde van hun onafgeronde waarde.';

/** One sentence for the accessible description: highest, lowest, and which have no number. */
export function describeRanking(rows: RankRow[], unit: string): string {
	const known = sortForRanking(rows).filter((r) => r.value !== null);
	const unknown = rows.filter((r) => r.value === null).map((r) => r.area);
	const { digits, unroundedOrder } = rankingPrecision(rows.map((r) => r.value));
	const parts: string[] = [];
	if (known.length) {
		parts.push(`Hoogste: ${known[0]!.area} met ${formatValue(known[0]!.value, unit, digits)}.`);
		if (known.length > 1) parts.push(`Laagste: ${known.at(-1)!.area} met ${formatValue(known.at(-1)!.value, unit, digits)}.`);
	}
	if (unknown.length) parts.push(`Zonder getal: ${unknown.join(', ')}.`);
	if (unroundedOrder) parts.push(UNROUNDED_ORDER_NOTE);
	if (rows.some((r) => r.margin)) parts.push('Zwarte streepjes: de marge (95%) van elke wijk.');
	return parts.join(' ') || 'Er zijn geen cijfers voor deze periode.';
}

/** Draws the ranking. */
export function rankPlot(rows: RankRow[], opts: RankOptions): SVGSVGElement | HTMLElement {
	const sorted = sortForRanking(rows);
	const { digits } = rankingPrecision(rows.map((r) => r.value));
	const withMargin = sorted.filter((r) => r.value !== null && r.margin);
	const marks: Plot.Markish[] = [
		Plot.barX(sorted.filter((r) => r.value !== null), { x: 'value', y: 'area', fill: withMargin.length ? '#7d9cc4' : '#1b4f8a' }),
		Plot.ruleY(withMargin, { y: 'area', x1: (d: RankRow) => d.margin!.low, x2: (d: RankRow) => d.margin!.high, stroke: '#1a1a1a', strokeWidth: 2 }),
		Plot.text(sorted.filter((r) => r.value !== null), { x: (d: RankRow) => d.margin?.high ?? d.value, y: 'area', text: (d: RankRow) => formatNumber(d.value, digits), dx: 4, textAnchor: 'start' }),
		Plot.text(sorted.filter((r) => r.value === null), { x: 0, y: 'area', text: () => 'geen getal', dx: 4, textAnchor: 'start', fill: '#4a4a4a', fontStyle: 'italic' }),
		Plot.ruleX([0])
	];
	if (opts.city?.value != null) {
		marks.push(
			Plot.ruleX([opts.city.value], { stroke: '#6b6b6b', strokeDasharray: '5,4' }),
			Plot.text([opts.city.value], { x: (d: number) => d, text: () => opts.city!.name, frameAnchor: 'top', dy: -6, fill: '#4a4a4a' })
		);
	}
	// Room for the longest wijk name; on a narrow chart long names wrap onto two lines (at spaces) in taller rows.
	const longest = Math.max(0, ...sorted.map((r) => r.area.length));
	const unbreakable = Math.max(0, ...sorted.map((r) => longestPiece(r.area)));
	const marginLeft = Math.round(Math.max(Math.min(opts.width * 0.42, 12 + CHAR_WIDTH * longest), 16 + CHAR_WIDTH * (unbreakable + 1)));
	const wraps = 12 + CHAR_WIDTH * longest > marginLeft;
	// Each row is as tall as its longest name wraps: a 12 px line each, with room between the bars.
	const lines = wraps ? Math.max(...sorted.map((r) => lineCount(breakableName(r.area), Math.floor((marginLeft - 14) / CHAR_WIDTH)))) : 1;
	const rowHeight = Math.max(26, 12 + 12 * lines);
	// The axis as a mark: only a mark wraps its text (at spaces, hyphens and breakableName's places).
	marks.push(Plot.axisY({ label: null, ...(wraps ? { lineWidth: (marginLeft - 14) / CHART_FONT_SIZE, tickFormat: breakableName } : {}) }));
	return asImage(Plot.plot({
		document: opts.document,
		width: opts.width,
		height: 30 + sorted.length * rowHeight,
		style: CHART_STYLE,
		marginLeft,
		marginRight: 60,
		marginTop: 24,
		ariaLabel: opts.label,
		ariaDescription: describeRanking(rows, opts.unit),
		x: { label: null, grid: true, tickFormat: (d: number) => formatNumber(d) },
		y: { label: null, domain: sorted.map((r) => r.area) },
		marks
	}));
}
