// Ranking of the wijken on one indicator for one period: horizontal bars, the city as a reference line.
// Hidden (small) and missing values get no bar and are named in the description instead.
import * as Plot from '@observablehq/plot';
import { asImage } from './accessible';
import { formatNumber, formatValue } from './format';

export interface RankRow {
	area: string;
	value: number | null;
}

export interface RankOptions {
	width: number;
	unit: string;
	label: string;
	/** The city's value, drawn as a dashed reference line; null for none. */
	city: { name: string; value: number | null } | null;
	document?: Document;
}

/** Rows with a value, highest first; then the ones without, by name. */
export function sortForRanking(rows: RankRow[]): RankRow[] {
	return [...rows].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.area.localeCompare(b.area, 'nl'));
}

/** One sentence for the accessible description: highest, lowest, and which have no number. */
export function describeRanking(rows: RankRow[], unit: string): string {
	const known = sortForRanking(rows).filter((r) => r.value !== null);
	const unknown = rows.filter((r) => r.value === null).map((r) => r.area);
	const parts: string[] = [];
	if (known.length) {
		parts.push(`Hoogste: ${known[0]!.area} met ${formatValue(known[0]!.value, unit)}.`);
		if (known.length > 1) parts.push(`Laagste: ${known.at(-1)!.area} met ${formatValue(known.at(-1)!.value, unit)}.`);
	}
	if (unknown.length) parts.push(`Zonder getal: ${unknown.join(', ')}.`);
	return parts.join(' ') || 'Er zijn geen cijfers voor deze periode.';
}

/** Draws the ranking. */
export function rankPlot(rows: RankRow[], opts: RankOptions): SVGSVGElement | HTMLElement {
	const sorted = sortForRanking(rows);
	const marks: Plot.Markish[] = [
		Plot.barX(sorted.filter((r) => r.value !== null), { x: 'value', y: 'area', fill: '#1b4f8a' }),
		Plot.text(sorted.filter((r) => r.value !== null), { x: 'value', y: 'area', text: (d: RankRow) => formatNumber(d.value), dx: 4, textAnchor: 'start' }),
		Plot.text(sorted.filter((r) => r.value === null), { x: 0, y: 'area', text: () => 'geen getal', dx: 4, textAnchor: 'start', fill: '#4a4a4a', fontStyle: 'italic' }),
		Plot.ruleX([0])
	];
	if (opts.city?.value != null) {
		marks.push(
			Plot.ruleX([opts.city.value], { stroke: '#6b6b6b', strokeDasharray: '5,4' }),
			Plot.text([opts.city.value], { x: (d: number) => d, text: () => opts.city!.name, frameAnchor: 'top', dy: -6, fill: '#4a4a4a' })
		);
	}
	return asImage(Plot.plot({
		document: opts.document,
		width: opts.width,
		height: 30 + sorted.length * 26,
		marginLeft: 170,
		marginRight: 60,
		marginTop: 24,
		ariaLabel: opts.label,
		ariaDescription: describeRanking(rows, opts.unit),
		x: { label: null, grid: true, tickFormat: (d: number) => formatNumber(d) },
		y: { label: null, domain: sorted.map((r) => r.area) },
		marks
	}));
}
