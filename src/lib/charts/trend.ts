// Trend chart of one indicator: a wijk against the city. Pure builder: data in, element out, given a
// `document`, so the server (with a server-side DOM) and the browser draw with the same code.
import * as Plot from '@observablehq/plot';
import { periodEnd, periodLabel, periodMidpoint, periodStart, requirePeriod } from '../domain/periods';
import { asImage } from './accessible';
import { CHAR_WIDTH, CHART_FONT_SIZE, CHART_STYLE } from './fit';
import { formatNumber, formatValue } from './format';

export interface TrendPoint {
	/** Canonical period code, e.g. 2025-Q3. */
	period: string;
	/** Area name as shown in the legend. */
	area: string;
	/** `wijk` is drawn solid and dark; `stad` dashed and grey, so colour is not the only difference; `ander` (the other wijken) thin and faint, without labels. */
	role: 'wijk' | 'stad' | 'ander';
	/** Null draws a gap. */
	value: number | null;
	/** Shorter text for the end of the line, where the full name does not fit. */
	label?: string;
	/** The 95% margin of a survey figure, drawn as a band around the line. */
	low?: number;
	high?: number;
}

export interface TrendOptions {
	width: number;
	height?: number;
	unit: string;
	/** Accessible name of the chart. */
	label: string;
	/** Periods from which a new definition applies; drawn as a labelled vertical rule. */
	definitionChanges?: string[];
	/** Notes pinned to a period or range, numbered as in the list beside the chart. */
	notes?: { number: number; from: string; to: string; marker?: string }[];
	/** An agreed target, drawn only as a labelled reference: a topic for conversation, never a verdict. */
	target?: { value: number } | null;
	/** Small multiples: no end labels (the heading names the area), less margin. */
	compact?: boolean;
	document?: Document;
}

interface Datum extends TrendPoint {
	date: Date;
}

const STYLE = {
	wijk: { stroke: '#1b4f8a', dash: null },
	stad: { stroke: '#6b6b6b', dash: '5,4' }
} as const;

/** Up to this many other wijken are drawn as faint lines; more become one band (readable, and a small drawing). */
export const MAX_FAINT_LINES = 30;

/** Per period the 10th and 90th percentile of the other wijken: the band drawn when they are many. */
export function otherBand(others: { date: Date; value: number | null }[]): { date: Date; low: number; high: number }[] {
	const byDate = new Map<number, number[]>();
	for (const d of others) {
		if (d.value === null) continue;
		const values = byDate.get(d.date.getTime()) ?? [];
		values.push(d.value);
		byDate.set(d.date.getTime(), values);
	}
	const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
	return [...byDate.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([time, values]) => {
			const sorted = values.sort((a, b) => a - b);
			return { date: new Date(time), low: at(sorted, 0.1), high: at(sorted, 0.9) };
		});
}

/** One sentence per line with its first and latest value, for the chart's accessible description. */
export function describeTrend(points: TrendPoint[], unit: string): string {
	const sentences: string[] = [];
	const main = points.filter((p) => p.role !== 'ander');
	const areas = [...new Set([...main].sort((a, b) => (a.role === b.role ? 0 : a.role === 'wijk' ? -1 : 1)).map((p) => p.area))];
	for (const area of areas) {
		const values = main.filter((p) => p.area === area && p.value !== null);
		const first = values[0];
		const last = values.at(-1);
		if (!first || !last) continue;
		sentences.push(
			`${area}: van ${formatValue(first.value, unit)} in ${periodLabel(requirePeriod(first.period))} naar ${formatValue(last.value, unit)} in ${periodLabel(requirePeriod(last.period))}.`
		);
	}
	const others = new Set(points.filter((p) => p.role === 'ander').map((p) => p.area)).size;
	if (points.some((p) => p.low !== undefined)) sentences.push('Lichtblauwe band: de marge (95%) van de enquêtecijfers.');
	if (others > MAX_FAINT_LINES) sentences.push(`Grijze band: de middelste 80 procent van de ${others} andere wijken.`);
	else if (others) sentences.push(others === 1 ? 'Dunne grijze lijn: de andere wijk.' : `Dunne grijze lijnen: de ${others} andere wijken.`);
	return sentences.length ? sentences.join(' ') : 'Er zijn nog geen cijfers.';
}

interface Pin {
	start: Date;
	end: Date;
	mid: Date;
	range: boolean;
	/** The numbers of the notes at this spot, e.g. "1" or "2,3". */
	label: string;
}

/** Groups notes by their period range into numbered pins at the middle of the range. */
export function notePins(notes: { number: number; from: string; to: string; marker?: string }[]): Pin[] {
	const byRange = new Map<string, Pin>();
	for (const note of notes) {
		const key = `${note.from}|${note.to}`;
		const pin = byRange.get(key);
		if (pin) {
			pin.label = `${pin.label},${note.marker ?? note.number}`;
			continue;
		}
		const start = new Date(`${periodStart(requirePeriod(note.from))}T00:00:00Z`);
		const end = new Date(`${periodEnd(requirePeriod(note.to))}T23:59:59Z`);
		byRange.set(key, { start, end, mid: new Date((start.getTime() + end.getTime()) / 2), range: note.from !== note.to, label: note.marker ?? String(note.number) });
	}
	return [...byRange.values()];
}

/** A marker above the chart: one or more pins close together, drawn as one numbered disc. */
export interface PinMarker {
	mid: Date;
	label: string;
	/** Radius in px, wide enough for the label. */
	r: number;
}

/** The marker radius (px) that holds `label` at the chart's font size. */
export function markerRadius(label: string): number {
	return Math.max(9, Math.ceil((label.length * CHAR_WIDTH) / 2) + 3);
}

/** Joins marker labels: numbers sorted, runs of three or more as "2–4"; other markers as they come. */
export function joinLabels(labels: string[]): string {
	const parts = [...new Set(labels.flatMap((l) => l.split(',')))];
	if (!parts.every((p) => /^\d+$/.test(p))) return parts.join(',');
	const numbers = parts.map(Number).sort((a, b) => a - b);
	const runs: string[] = [];
	for (let i = 0; i < numbers.length; ) {
		let j = i;
		while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
		runs.push(j - i >= 2 ? `${numbers[i]}–${numbers[j]}` : numbers.slice(i, j + 1).join(','));
		i = j + 1;
	}
	return runs.join(',');
}

/**
 * Pins whose markers would overlap at the drawn width (`xOf` gives a date's x in px) become one marker
 * with a joined label, so "3" beside "2" never reads as "32".
 */
export function mergePins(pins: Pin[], xOf: (date: Date) => number): PinMarker[] {
	let groups = [...pins].sort((a, b) => a.mid.getTime() - b.mid.getTime()).map((p) => ({ mids: [p.mid], labels: [p.label] }));
	const mid = (g: { mids: Date[] }) => new Date(g.mids.reduce((sum, d) => sum + d.getTime(), 0) / g.mids.length);
	const radius = (g: { labels: string[] }) => markerRadius(joinLabels(g.labels));
	// Merging moves a marker, which may make it touch its neighbour: repeat until nothing overlaps.
	for (let merged = true; merged; ) {
		merged = false;
		const next: typeof groups = [];
		for (const group of groups) {
			const last = next.at(-1);
			if (last && xOf(mid(group)) - xOf(mid(last)) < radius(last) + radius(group) + 2) {
				last.mids.push(...group.mids);
				last.labels.push(...group.labels);
				merged = true;
			} else next.push({ mids: [...group.mids], labels: [...group.labels] });
		}
		groups = next;
	}
	return groups.map((g) => ({ mid: mid(g), label: joinLabels(g.labels), r: radius(g) }));
}

/** A linear x position (px) for dates on a chart `width` wide with the given margins over `domain`. */
export function xPosition(domain: [Date, Date], width: number, marginLeft: number, marginRight: number): (date: Date) => number {
	const [lo, hi] = [domain[0].getTime(), domain[1].getTime()];
	return (date) => marginLeft + ((date.getTime() - lo) / Math.max(1, hi - lo)) * (width - marginLeft - marginRight);
}

/** The extent of `dates`; null without any. */
export function dateExtent(dates: Date[]): [Date, Date] | null {
	if (dates.length === 0) return null;
	const times = dates.map((d) => d.getTime());
	return [new Date(Math.min(...times)), new Date(Math.max(...times))];
}

/** The marks of note pins: the ranges shaded under the lines, the numbered markers (merged where close, see mergePins) above the chart; and the top margin they need. */
export function pinMarks(pins: Pin[], xOf: (date: Date) => number): [Plot.Markish, Plot.Markish[], number] {
	const markers = mergePins(pins, xOf);
	const r = Math.max(9, ...markers.map((m) => m.r));
	return [
		Plot.rectX(pins.filter((p) => p.range), { x1: 'start', x2: 'end', fill: '#e9dcc0', fillOpacity: 0.45 }),
		[
			Plot.dot(markers, { x: 'mid', frameAnchor: 'top', r: 'r', fill: '#5b3a00', dy: -(r + 2) }),
			Plot.text(markers, { x: 'mid', frameAnchor: 'top', text: 'label', fill: 'white', fontWeight: 'bold', dy: -(r + 2), lineAnchor: 'middle' })
		],
		// The top margin that holds the largest marker.
		2 * r + 8
	];
}

/**
 * The left margin (px) that holds the y axis's widest tick label whole, at the chart's font size: the ticks
 * of a scale that starts at zero reach at most the next "nice" number above `values`' largest (2, 5 or 10
 * times a power of ten), so its formatted length is the longest.
 */
export function axisMargin(values: number[], unit: string): number {
	// A report mark's axis is 1-10 whatever the values.
	if (unit === 'rapportcijfer') return 44;
	const top = Math.max(0, ...values.filter((v) => Number.isFinite(v)).map(Math.abs));
	const power = top > 0 ? 10 ** Math.floor(Math.log10(top)) : 1;
	const nice = ([1, 2, 5, 10].find((step) => step * power >= top) ?? 10) * power;
	// Short labels ("2,5") fit the smallest margin.
	const chars = Math.max(formatNumber(nice, 0).length, values.some((v) => v < 0) ? formatNumber(-nice, 0).length : 0);
	return Math.max(44, Math.ceil(16 + CHAR_WIDTH * chars));
}

/** The widest end label may take this share of a narrow chart; longer ones wrap onto a second line. */
const NARROW_LABEL_SHARE = 0.34;

/** The length (in characters) at which end labels wrap: only on narrow charts. */
export function endLabelWidth(width: number): number {
	return width < 480 ? Math.floor((width * NARROW_LABEL_SHARE - 8) / CHAR_WIDTH) : Infinity;
}

/** The right margin (px) that holds every end label whole: wide charts keep one line, narrow ones wrap at spaces. */
export function endLabelMargin(labels: string[], width: number): number {
	const wrapAt = endLabelWidth(width);
	const lineLength = (label: string) => {
		if (label.length <= wrapAt) return label.length;
		// Plot wraps at spaces: a line holds words up to wrapAt characters, a longer word stands alone.
		let longest = 0;
		let line = 0;
		for (const word of label.split(' ')) {
			line = line === 0 ? word.length : line + 1 + word.length > wrapAt ? word.length : line + 1 + word.length;
			longest = Math.max(longest, line);
		}
		return longest;
	};
	const chars = Math.max(0, ...labels.map(lineLength));
	return Math.min(width < 480 ? 160 : 220, Math.max(width < 480 ? 40 : 110, 10 + CHAR_WIDTH * chars));
}

/**
 * Vertical offsets (px) for end labels at `ys` (px, top down) so that labels `heights` px tall do not
 * overlap: each keeps its place unless it would touch the one above, then moves down just enough.
 */
export function dodgeLabels(ys: number[], heights: number[]): number[] {
	const order = ys.map((y, i) => i).sort((a, b) => ys[a]! - ys[b]!);
	const offsets = ys.map(() => 0);
	let bottom = -Infinity;
	for (const i of order) {
		const top = Math.max(ys[i]! - heights[i]! / 2, bottom);
		offsets[i] = top + heights[i]! / 2 - ys[i]!;
		bottom = top + heights[i]!;
	}
	return offsets;
}

/** Draws the trend lines with dots, end labels, definition-change rules, note pins and a target. */
export function trendPlot(points: TrendPoint[], opts: TrendOptions): SVGSVGElement | HTMLElement {
	const data: Datum[] = points.map((p) => ({ ...p, date: periodMidpoint(requirePeriod(p.period)) }));
	const changes = (opts.definitionChanges ?? []).map((code) => ({ date: periodMidpoint(requirePeriod(code)), label: 'nieuwe definitie' }));
	const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: '#ccc' })];
	const others = data.filter((d) => d.role === 'ander');
	if (new Set(others.map((d) => d.area)).size > MAX_FAINT_LINES) {
		marks.push(Plot.areaY(otherBand(others), { x: 'date', y1: 'low', y2: 'high', fill: '#c9ced6', fillOpacity: 0.5 }));
	} else if (others.length) {
		marks.push(Plot.lineY(others, { x: 'date', y: 'value', z: 'area', stroke: '#b5bcc6', strokeWidth: 0.75, strokeOpacity: 0.7 }));
	}
	const banded = data.filter((d) => d.role === 'wijk' && d.low !== undefined && d.high !== undefined);
	if (banded.length) marks.push(Plot.areaY(banded, { x: 'date', y1: 'low', y2: 'high', z: 'area', fill: '#1b4f8a', fillOpacity: 0.15 }));
	for (const role of ['stad', 'wijk'] as const) {
		const series = data.filter((d) => d.role === role);
		if (series.length === 0) continue;
		const style = STYLE[role];
		marks.push(
			Plot.lineY(series, { x: 'date', y: 'value', z: 'area', stroke: style.stroke, strokeWidth: role === 'wijk' ? 2.5 : 1.5, strokeDasharray: style.dash ?? undefined }),
			Plot.dot(series, { x: 'date', y: 'value', fill: style.stroke, r: role === 'wijk' ? 2.5 : 1.5 }),
			...(opts.compact ? [] : [Plot.text(
				series,
				Plot.selectLast({ x: 'date', y: 'value', z: 'area', text: (d: Datum) => d.label ?? d.area, lineWidth: (endLabelWidth(opts.width) * CHAR_WIDTH) / CHART_FONT_SIZE, dx: 6, textAnchor: 'start', fill: style.stroke, fontWeight: role === 'wijk' ? 'bold' : 'normal' })
			)])
		);
	}
	marks.push(Plot.ruleX(changes, { x: 'date', stroke: '#8a4b00', strokeDasharray: '2,3' }));
	if (opts.target) {
		marks.push(
			Plot.ruleY([opts.target.value], { stroke: '#2f6b3a', strokeDasharray: '1,3', strokeWidth: 1.5 }),
			Plot.text([opts.target.value], { y: (d: number) => d, text: (d: number) => `gespreksonderwerp: ${formatNumber(d)}`, frameAnchor: 'left', dx: 4, dy: -7, textAnchor: 'start', fill: '#2f6b3a' })
		);
	}
	const pins = notePins(opts.notes ?? []);
	const marginLeft = axisMargin([...data.flatMap((d) => [d.value, d.high ?? null]).filter((v): v is number => v !== null), ...(opts.target ? [opts.target.value] : [])], opts.unit);
	const marginRight = opts.compact ? 10 : endLabelMargin(data.filter((d) => d.role !== 'ander').map((d) => d.label ?? d.area), opts.width);
	const domain = dateExtent([...data.map((d) => d.date), ...changes.map((c) => c.date), ...pins.flatMap((p) => [p.start, p.end])]);
	let marginTop = 18;
	if (pins.length && domain) {
		const [under, over, top] = pinMarks(pins, xPosition(domain, opts.width, marginLeft, marginRight));
		marks.unshift(under);
		marks.push(...over);
		marginTop = top;
	}
	if (!opts.compact) marks.push(Plot.text(changes, { x: 'date', text: 'label', frameAnchor: 'top', dy: -2, textAnchor: 'start', dx: 3, fill: '#8a4b00' }));
	return asImage(Plot.plot({
		document: opts.document,
		width: opts.width,
		height: opts.height ?? 220,
		style: CHART_STYLE,
		marginLeft,
		marginRight,
		marginTop,
		ariaLabel: opts.label,
		ariaDescription: describeTrend(points, opts.unit),
		r: { type: 'identity' },
		x: { type: 'utc', label: null, ticks: 'year', tickFormat: (d: Date) => String(d.getUTCFullYear()), ...(domain ? { domain } : {}) },
		// A report mark (1-10) reads on its own scale; counts and shares start at zero.
		y: { label: null, grid: true, tickFormat: (d: number) => formatNumber(d), ...(opts.unit === 'rapportcijfer' ? { domain: [1, 10] } : { nice: true, zero: true }) },
		marks
	}));
}

/**
 * Chart points from a figure's table rows (whose city values are already on the area's scale, see
 * figureRows): the area solid, the city dashed, hidden and missing values as gaps. `city.label` is the
 * short end label; `margin` gives the area's points their survey margin band.
 */
export function toTrendPoints(
	rows: { period: string; area: { value: number | null; n?: number | null } | null; city: { value: number | null } | null }[],
	areaName: string,
	city: string | { name: string; label: string },
	margin?: (value: number | null, n: number | null) => { low: number; high: number } | null
): TrendPoint[] {
	const cityName = typeof city === 'string' ? city : city.name;
	const cityLabel = typeof city === 'string' ? undefined : city.label;
	const points: TrendPoint[] = [];
	for (const row of rows) {
		if (row.area) {
			const band = margin?.(row.area.value, row.area.n ?? null);
			points.push({ period: row.period, area: areaName, role: 'wijk', value: row.area.value, ...(band ? { low: band.low, high: band.high } : {}) });
		}
		if (row.city) points.push({ period: row.period, area: cityName, role: 'stad', value: row.city.value, ...(cityLabel && cityLabel !== cityName ? { label: cityLabel } : {}) });
	}
	return points;
}

/** The chart options that come from a figure's context: definition changes, notes with their stored numbers and a target. */
export function chartOptions(context: {
	definitionChanges: string[];
	notes: { number: number; periodFrom: string; periodTo: string }[];
	targetValue: number | null;
}): Pick<TrendOptions, 'definitionChanges' | 'notes' | 'target'> {
	return {
		definitionChanges: context.definitionChanges,
		notes: context.notes.map((n) => ({ number: n.number, from: n.periodFrom, to: n.periodTo })),
		target: context.targetValue === null ? null : { value: context.targetValue }
	};
}

/** The other wijken's lines (drawn faint), from one indicator's cells of every area. */
export function otherPoints(cells: { areaCode: string; period: string; value: number | null }[], exclude: string[], nameOf: (code: string) => string | undefined): TrendPoint[] {
	return cells.filter((c) => !exclude.includes(c.areaCode) && nameOf(c.areaCode)).map((c) => ({ period: c.period, area: nameOf(c.areaCode)!, role: 'ander' as const, value: c.value }));
}
