import { describe, expect, it } from 'vitest';
import { NARROW_WIDTH } from '../../charts/fit';
import { trendPlot } from '../../charts/trend';
import { renderFitted, renderToString } from './render';

const points = [
	{ area: 'Leiden-Noord', period: '2024-Q1', value: 14712.123456, role: 'wijk' as const },
	{ area: 'Leiden-Noord', period: '2024-Q2', value: 15001, role: 'wijk' as const }
];

describe('server drawings', () => {
	it('round coordinates to hundredths but leave the numbers people read alone', () => {
		const svg = renderToString((document) => trendPlot(points, { width: 640, unit: 'aantal', label: 'Inwoners', document }));
		expect(svg).not.toMatch(/\d\.\d{4,}/);
		expect(svg).toContain('15.000');
		expect(svg).toMatch(/van 14\.712,1 in 1e kwartaal 2024/);
	});

	it('escape markup in labels and round only coordinates', () => {
		const svg = renderToString((document) => trendPlot(points, { width: 640, unit: 'aantal', label: 'Wijk <b>12.03.2024</b> <!--chart:0-->', document }));
		expect(svg).toContain('aria-label="Wijk &lt;b&gt;12.03.2024&lt;/b&gt; &lt;!--chart:0--&gt;"');
		expect(svg).not.toContain('<b>');
	});

	it('refuse a width app.css has no container rule for', () => {
		expect(() => renderFitted((document, width) => trendPlot(points, { width, unit: 'aantal', label: 'x', document }), 700)).toThrow(/700 px/);
	});

	it('come wide and narrow, with the width below which the narrow one shows', () => {
		const html = renderFitted((document, width) => trendPlot(points, { width, unit: 'aantal', label: 'Inwoners', document }), 640);
		expect(html).toMatch(/^<div class="fit" data-narrow-below="587"><div class="fit-wide"><svg[^>]*viewBox="0 0 640 220"/);
		expect(html).toContain(`<div class="fit-narrow"><svg`);
		expect(html).toContain(`viewBox="0 0 ${NARROW_WIDTH} 220"`);
	});
});
