// A tiny trend line for overview tiles: no axes, the last point marked. Decorative next to the number it
// sits beside, so its description states first and last value for screen readers.
import * as Plot from '@observablehq/plot';
import { periodMidpoint, requirePeriod } from '../domain/periods';
import { asImage } from './accessible';
import { describeTrend, type TrendPoint } from './trend';

/** Draws a sparkline of one series. */
export function sparkPlot(points: TrendPoint[], opts: { width: number; height: number; unit: string; label: string; document?: Document }) {
	const data = points.map((p) => ({ ...p, date: periodMidpoint(requirePeriod(p.period)) }));
	return asImage(
		Plot.plot({
			document: opts.document,
			width: opts.width,
			height: opts.height,
			margin: 4,
			ariaLabel: opts.label,
			ariaDescription: describeTrend(points, opts.unit),
			x: { type: 'utc', axis: null },
			y: { axis: null, zero: opts.unit !== 'rapportcijfer', nice: false },
			marks: [
				Plot.lineY(data, { x: 'date', y: 'value', stroke: '#1b4f8a', strokeWidth: 1.5 }),
				Plot.dot(data, Plot.selectLast({ x: 'date', y: 'value', fill: '#1b4f8a', r: 2.5 }))
			]
		})
	);
}
