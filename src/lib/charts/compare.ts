// Two to four areas side by side on one indicator: one line per area, each with its own colour AND dash
// pattern and its name at the end of the line, so colour is never the only way to tell them apart.
import * as Plot from '@observablehq/plot';
import { periodMidpoint, requirePeriod } from '../domain/periods';
import { asImage } from './accessible';
import { formatNumber } from './format';
import { CHAR_WIDTH, CHART_FONT_SIZE, CHART_STYLE } from './fit';
import { axisMargin, dateExtent, describeTrend, dodgeLabels, endLabelMargin, endLabelWidth, notePins, pinMarks, xPosition, type TrendPoint } from './trend';

/** Colour-blind-safe colours (Okabe-Ito) with a dash pattern each. */
export const AREA_STYLES = [
	{ stroke: '#0072b2', dash: null },
	{ stroke: '#d55e00', dash: '8,3' },
	{ stroke: '#009e73', dash: '2,2' },
	{ stroke: '#6b6b6b', dash: '5,4' }
] as const;

const HEIGHT = 240;

/** Draws one line per area; `areas` gives the order (and so the style) of the lines. */
export function comparePlot(
	points: TrendPoint[],
	opts: { areas: string[]; width: number; unit: string; label: string; notes?: { number: number; from: string; to: string; marker: string }[]; document?: Document }
) {
	const data = points.map((p) => ({ ...p, date: periodMidpoint(requirePeriod(p.period)) }));
	const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: '#ccc' })];
	const pins = notePins(opts.notes ?? []);
	const marginLeft = axisMargin(data.flatMap((d) => (d.value === null ? [] : [d.value])), opts.unit);
	const marginRight = endLabelMargin(opts.areas, opts.width);
	const domain = dateExtent([...data.map((d) => d.date), ...pins.flatMap((p) => [p.start, p.end])]);
	let marginTop = 18;
	if (pins.length && domain) {
		const [under, over, top] = pinMarks(pins, xPosition(domain, opts.width, marginLeft, marginRight));
		marks.push(under, ...over);
		marginTop = top;
	}
	// End labels of lines that end close together are moved apart: the y scale is estimated without
	// Plot's rounding of the domain, which only ever makes the real distance smaller than estimated here.
	const wrapAt = endLabelWidth(opts.width);
	const lastValues = opts.areas.map((area) => data.filter((d) => d.area === area && d.value !== null).at(-1)?.value ?? null);
	const known = lastValues.filter((v): v is number => v !== null);
	const values = data.flatMap((d) => (d.value === null ? [] : [d.value]));
	const [lo, hi] = opts.unit === 'rapportcijfer' ? [1, 10] : [Math.min(0, ...values), Math.max(1, ...values)];
	const plotHeight = HEIGHT - marginTop - 30;
	const yOf = (v: number) => marginTop + plotHeight * (1 - (v - lo) / (hi - lo || 1));
	const lines = (name: string) => (name.length > wrapAt ? Math.ceil(name.length / wrapAt) : 1);
	const offsets = known.length
		? dodgeLabels(lastValues.map((v) => yOf(v ?? lo)), opts.areas.map((a) => lines(a) * CHART_FONT_SIZE * 1.15 + 2))
		: opts.areas.map(() => 0);
	opts.areas.forEach((area, i) => {
		const style = AREA_STYLES[i % AREA_STYLES.length]!;
		const series = data.filter((d) => d.area === area);
		marks.push(
			Plot.lineY(series, { x: 'date', y: 'value', stroke: style.stroke, strokeWidth: 2, strokeDasharray: style.dash ?? undefined }),
			Plot.dot(series, { x: 'date', y: 'value', fill: style.stroke, r: 2 }),
			Plot.text(series, Plot.selectLast({ x: 'date', y: 'value', text: 'area', lineWidth: (wrapAt * CHAR_WIDTH) / CHART_FONT_SIZE, dx: 6, dy: offsets[i], textAnchor: 'start', fill: style.stroke }))
		);
	});
	return asImage(
		Plot.plot({
			document: opts.document,
			width: opts.width,
			height: HEIGHT,
			style: CHART_STYLE,
			marginLeft,
			marginRight,
			marginTop,
			ariaLabel: opts.label,
			ariaDescription: describeTrend(points, opts.unit),
			r: { type: 'identity' },
			x: { type: 'utc', label: null, ticks: 'year', tickFormat: (d: Date) => String(d.getUTCFullYear()), ...(domain ? { domain } : {}) },
			y: { label: null, grid: true, tickFormat: (d: number) => formatNumber(d), ...(opts.unit === 'rapportcijfer' ? { domain: [1, 10] } : { nice: true, zero: true }) },
			marks
		})
	);
}
