// A tiny trend line for overview tiles: no axes, the last point marked. Decorative next to the number it
// sits beside, so its description states first and last value for screen readers.
import * as Plot from '@observablehq/plot';
import { periodMidpoint, requirePeriod } from '../domain/periods';
import { asImage } from './accessible';
import { describeTrend, type TrendPoint } from './trend';

/**
 * Draws a sparkline of one series. With `label: null` it is decoration beside numbers that say the same
 * (the wijk summary's tiles, up to 200 on a page): hidden from assistive technology and kept small, without
 * Plot's style sheet (the page styles `.spark svg`) and with coordinates to a tenth of a pixel.
 */
export function sparkPlot(points: TrendPoint[], opts: { width: number; height: number; unit: string; label: string | null; document?: Document }) {
	const chart = drawSpark(points, opts);
	if (opts.label !== null) return asImage(chart);
	chart.setAttribute('aria-hidden', 'true');
	chart.removeAttribute('class');
	chart.querySelector('style')?.remove();
	for (const group of chart.querySelectorAll('[aria-label]')) group.removeAttribute('aria-label');
	for (const path of chart.querySelectorAll('path')) path.setAttribute('d', (path.getAttribute('d') ?? '').replace(/(\.\d)\d+/g, '$1'));
	for (const dot of chart.querySelectorAll('circle')) for (const name of ['cx', 'cy']) dot.setAttribute(name, String(Math.round(Number(dot.getAttribute(name)) * 10) / 10));
	return chart;
}

function drawSpark(points: TrendPoint[], opts: { width: number; height: number; unit: string; label: string | null; document?: Document }) {
	const data = points.map((p) => ({ ...p, date: periodMidpoint(requirePeriod(p.period)) }));
	return Plot.plot({
			document: opts.document,
			width: opts.width,
			height: opts.height,
			margin: 4,
			...(opts.label === null ? {} : { ariaLabel: opts.label, ariaDescription: describeTrend(points, opts.unit) }),
			x: { type: 'utc', axis: null },
			y: { axis: null, zero: opts.unit !== 'rapportcijfer', nice: false },
			marks: [
				Plot.lineY(data, { x: 'date', y: 'value', stroke: '#1b4f8a', strokeWidth: 1.5 }),
				Plot.dot(data, Plot.selectLast({ x: 'date', y: 'value', fill: '#1b4f8a', r: 2.5 }))
			]
		});
}
