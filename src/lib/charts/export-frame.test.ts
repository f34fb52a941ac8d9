import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEMO_NOTICE, footerLines, framedSvg, periodSpan, wrapText, type ExportFrame } from './export-frame';
import { trendPlot } from './trend';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

const frame: ExportFrame = {
	title: 'Werkloosheid in Leiden-Noord & Leiden',
	unit: 'procent',
	periods: ['2025-Q3', '2024-Q1', '2025-Q1'],
	source: 'UWV <registratie>'
};

const texts = (svg: string) => {
	const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
	return [...parsed.querySelectorAll('text')].map((t) => t.textContent);
};

describe('periodSpan', () => {
	it('names the first and last period in order, whatever order they come in', () => {
		expect(periodSpan(frame.periods)).toBe('1e kwartaal 2024 t/m 3e kwartaal 2025');
		expect(periodSpan(['2025'])).toBe('2025');
		expect(periodSpan([])).toBe('geen periode');
	});
});

describe('wrapText', () => {
	it('breaks at spaces within the width and keeps a long word whole', () => {
		expect(wrapText('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
		expect(wrapText('Verwijzingen-naar-jeugdhulp kort', 10)).toEqual(['Verwijzingen-naar-jeugdhulp', 'kort']);
	});
});

describe('footerLines', () => {
	it('says unit, period and source, and the demo notice only on a demo', () => {
		expect(footerLines(frame)).toEqual(['Eenheid: procent. Periode: 1e kwartaal 2024 t/m 3e kwartaal 2025.', 'Bron: UWV <registratie>.']);
		expect(footerLines({ ...frame, demo: true }).at(-1)).toBe(DEMO_NOTICE);
	});
});

describe('framedSvg', () => {
	const chart = trendPlot(
		[
			{ period: '2024-Q1', area: 'Leiden-Noord', role: 'wijk', value: 4.2 },
			{ period: '2025-Q3', area: 'Leiden-Noord', role: 'wijk', value: 5.1 }
		],
		{ width: 600, unit: 'procent', label: 'Werkloosheid', document: document as unknown as Document }
	);
	chart.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	const height = Number(chart.getAttribute('height'));

	it('puts the title above and unit, period, source and demo notice below the chart, escaped', () => {
		const result = framedSvg(chart.outerHTML, { width: 600, height }, { ...frame, demo: true });
		expect(result.width).toBe(600);
		expect(result.height).toBeGreaterThan(height + 60);
		expect(result.svg).toContain('Werkloosheid in Leiden-Noord &amp; Leiden');
		expect(result.svg).toContain('Bron: UWV &lt;registratie&gt;.');
		const lines = texts(result.svg);
		expect(lines[0]).toBe('Werkloosheid in Leiden-Noord & Leiden');
		expect(lines.slice(-3)).toEqual(['Eenheid: procent. Periode: 1e kwartaal 2024 t/m 3e kwartaal 2025.', 'Bron: UWV <registratie>.', DEMO_NOTICE]);
		// The chart sits whole between header and footer.
		expect(result.svg).toMatch(/<g transform="translate\(0,[\d.]+\)"><svg[^>]*class="[^"]*plot/);
		expect(result.svg).toContain(`viewBox="0 0 600 ${result.height}"`);
	});

	it('wraps a long title to the width and grows the header', () => {
		const short = framedSvg(chart.outerHTML, { width: 600, height }, frame);
		const long = framedSvg(chart.outerHTML, { width: 600, height }, { ...frame, title: 'Aantal jongeren met een verwijzing naar jeugdhulp via de huisarts of de jeugdarts, Leiden-Noord, Stevenshof, Merenwijk' });
		expect(long.height).toBeGreaterThan(short.height);
		expect(texts(long.svg).filter((t) => !t!.startsWith('Eenheid') && !t!.startsWith('Bron')).length).toBeGreaterThan(1);
	});

	it('refuses a chart without a size', () => {
		expect(() => framedSvg('<svg/>', { width: 0, height: 100 }, frame)).toThrow('chart size must be positive: 0 × 100');
	});
});
