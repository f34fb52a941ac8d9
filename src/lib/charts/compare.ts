// Two to four areas side by side on one indicator: one line per area, each with its own colour AND dash
// pattern and its name at the end of the line, so colour is never the only way to tell them apart.
import * as Plot from '@observablehq/plot';
import { periodMidpoint, requirePeriod } from '../domain/periods';
import { asImage } from './accessible';
import { formatNumber } from './format';
import { describeTrend, notePins, pinMarks, spacedPins, type TrendPoint } from './trend';

/** Colour-blind-safe colours (Okabe-Ito) with a dash pattern each. */
export const AREA_STYLES = [
	{ stroke: '#0072b2', dash: null },
	{ stroke: '#d55e00', dash: '8,3' },
	{ stroke: '#009e73', dash: '2,2' },
	{ stroke: '#6b6b6b', dash: '5,4' }
] as const;

/** Draws one line per area; `areas` gives the order (and so the style) of the lines. */
export function comparePlot(
	points: TrendPoint[],
	opts: { areas: string[]; width: number; unit: string; label: string; notes?: { number: number; from: string; to: string; marker: string }[]; document?: Document }
) {
	const data = points.map((p) => ({ ...p, date: periodMidpoint(requirePeriod(p.period)) }));
	const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: '#ccc' })];
	opts.areas.forEach((area, i) => {
		const style = AREA_STYLES[i % AREA_STYLES.length]!;
		const series = data.filter((d) => d.area === area);
		marks.push(
			Plot.lineY(series, { x: 'date', y: 'value', stroke: style.stroke, strokeWidth: 2, strokeDasharray: style.dash ?? undefined }),
			Plot.dot(series, { x: 'date', y: 'value', fill: style.stroke, r: 2 }),
			Plot.text(series, Plot.selectLast({ x: 'date', y: 'value', text: 'area', dx: 6, textAnchor: 'start', fill: style.stroke }))
		);
	});
	const pins = notePins(opts.notes ?? []);
	if (pins.length) {
		const times = [...data.map((d) => d.date.getTime()), ...pins.map((p) => p.mid.getTime())];
		const [under, over] = pinMarks(pins, spacedPins(pins, new Date(Math.min(...times)), new Date(Math.max(...times)), opts.width - 190));
		marks.unshift(under);
		marks.push(...over);
	}
	return asImage(
		Plot.plot({
			document: opts.document,
			width: opts.width,
			height: 240,
			marginRight: 150,
			marginTop: pins.length ? 26 : 18,
			ariaLabel: opts.label,
			ariaDescription: describeTrend(points, opts.unit),
			x: { type: 'utc', label: null, ticks: 'year', tickFormat: (d: Date) => String(d.getUTCFullYear()) },
			y: { label: null, grid: true, tickFormat: (d: number) => formatNumber(d), ...(opts.unit === 'rapportcijfer' ? { domain: [1, 10] } : { nice: true, zero: true }) },
			marks
		})
	);
}
