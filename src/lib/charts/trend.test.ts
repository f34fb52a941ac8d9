import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { axisMargin, dodgeLabels, describeTrend, joinLabels, mergePins, notePins, otherBand, toTrendPoints, trendPlot, xPosition, type TrendPoint } from './trend';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

const points: TrendPoint[] = [
	{ period: '2025-Q1', area: 'Leiden-Noord', role: 'wijk', value: 120 },
	{ period: '2025-Q2', area: 'Leiden-Noord', role: 'wijk', value: null },
	{ period: '2025-Q3', area: 'Leiden-Noord', role: 'wijk', value: 1500 },
	{ period: '2025-Q1', area: 'Leiden', role: 'stad', value: 1000 },
	{ period: '2025-Q3', area: 'Leiden', role: 'stad', value: 1100 }
];

describe('trendPlot', () => {
	it('draws an accessible SVG with one line per area on a server DOM', () => {
		const svg = trendPlot(points, { width: 600, unit: 'aantal', label: 'Deelnemers in Leiden-Noord', document: document as unknown as Document });
		expect(svg.tagName.toLowerCase()).toBe('svg');
		expect(svg.getAttribute('aria-label')).toBe('Deelnemers in Leiden-Noord');
		expect(svg.getAttribute('aria-description')).toContain('Leiden-Noord: van 120 in 1e kwartaal 2025 naar 1.500 in 3e kwartaal 2025.');
		const html = svg.outerHTML;
		expect(html).toContain('stroke-dasharray="5,4"');
		// the gap: Leiden-Noord's line is broken into two path segments around the missing quarter
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.querySelector('g[aria-label]')).toBeNull();
		const wijkLine = svg.querySelector('g[stroke-width="2.5"][stroke="#1b4f8a"] path');
		expect(wijkLine?.getAttribute('d')?.match(/M/g)?.length).toBe(2);
		expect(html).not.toMatch(/>(Jan|Feb|Mar|Apr|May|Jun)</);
		expect(html).toContain('>Leiden-Noord<');
	});

	it('marks a definition change', () => {
		const svg = trendPlot(points, { width: 600, unit: 'aantal', label: 'x', definitionChanges: ['2025-Q2'], document: document as unknown as Document });
		expect(svg.outerHTML).toContain('nieuwe definitie');
	});

	it('describes an empty chart', () => {
		expect(describeTrend([], 'aantal')).toBe('Er zijn nog geen cijfers.');
	});
});

describe('toTrendPoints', () => {
	it('draws the city as the table has it, keeps gaps, and names a scaled city line', () => {
		const rows = [
			{ period: '2025-Q1', area: { value: 10 }, city: { value: 12.5 } },
			{ period: '2025-Q2', area: { value: null }, city: null }
		];
		expect(toTrendPoints(rows, 'Noord', { name: 'Stad, omgerekend naar het aantal inwoners van Noord', label: 'Stad (omgerekend)' })).toEqual([
			{ period: '2025-Q1', area: 'Noord', role: 'wijk', value: 10 },
			{ period: '2025-Q1', area: 'Stad, omgerekend naar het aantal inwoners van Noord', label: 'Stad (omgerekend)', role: 'stad', value: 12.5 },
			{ period: '2025-Q2', area: 'Noord', role: 'wijk', value: null }
		]);
	});
	it('gives survey points their margin and draws it as a band', () => {
		const rows = [
			{ period: '2023', area: { value: 44, n: 300 }, city: { value: 42 } },
			{ period: '2025', area: { value: 46, n: 5 }, city: { value: 43 } }
		];
		const points = toTrendPoints(rows, 'Noord', 'Stad', (value, n) => (n !== null && n >= 10 && value !== null ? { low: value - 5, high: value + 5 } : null));
		expect(points[0]).toMatchObject({ low: 39, high: 49 });
		expect(points[2]).not.toHaveProperty('low');
		expect(describeTrend(points, 'procent')).toContain('marge (95%)');
	});
});

describe('note pins and target', () => {
	it('numbers notes, joins notes on the same range, and shades ranges', () => {
		const pins = notePins([
			{ number: 1, from: '2025-Q1', to: '2025-Q1' },
			{ number: 2, from: '2024-Q3', to: '2025-Q2' },
			{ number: 3, from: '2025-Q1', to: '2025-Q1' }
		]);
		expect(pins.map((p) => [p.label, p.range])).toEqual([
			['1,3', false],
			['2', true]
		]);
		expect(pins[1]!.start.toISOString()).toBe('2024-07-01T00:00:00.000Z');
	});

	it('draws numbered markers and the target as a labelled reference, not a verdict', () => {
		const svg = trendPlot(points, {
			width: 600,
			unit: 'aantal',
			label: 'x',
			notes: [{ number: 1, from: '2025-Q2', to: '2025-Q2' }],
			target: { value: 1200 },
			document: document as unknown as Document
		});
		const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
		expect(texts).toContain('1');
		expect(texts).toContain('gespreksonderwerp: 1.200');
		expect(svg.outerHTML).not.toMatch(/#(c00|f00|d00|0a0|0c0)\b|red|green/i);
	});
});

describe('the other wijken', () => {
	const others = (count: number): TrendPoint[] =>
		Array.from({ length: count }, (_, i) => [
			{ period: '2025-Q1', area: `W${i}`, role: 'ander' as const, value: i },
			{ period: '2025-Q2', area: `W${i}`, role: 'ander' as const, value: i * 2 }
		]).flat();

	it('are described, as lines when few and as a band when many', () => {
		expect(describeTrend(others(3), 'aantal')).toBe('Dunne grijze lijnen: de 3 andere wijken.');
		expect(describeTrend(others(40), 'aantal')).toBe('Grijze band: de middelste 80 procent van de 40 andere wijken.');
	});

	it('band from the 10th to the 90th percentile per period', () => {
		const band = otherBand(others(11).map((p) => ({ date: new Date(p.period === '2025-Q1' ? 0 : 1), value: p.value })));
		expect(band).toEqual([
			{ date: new Date(0), low: 1, high: 9 },
			{ date: new Date(1), low: 2, high: 18 }
		]);
	});
});

describe('note markers never overlap', () => {
	const notes = [
		{ number: 2, from: '2024-Q1', to: '2024-Q1' },
		{ number: 3, from: '2024-Q2', to: '2024-Q2' },
		{ number: 4, from: '2024-Q3', to: '2024-Q3' },
		{ number: 1, from: '2020-Q1', to: '2020-Q1' }
	];
	const domain: [Date, Date] = [new Date('2020-01-01T00:00:00Z'), new Date('2025-12-31T00:00:00Z')];

	it('merges markers closer than their size at a phone width into one with a joined label', () => {
		const markers = mergePins(notePins(notes), xPosition(domain, 320, 44, 100));
		expect(markers.map((m) => m.label)).toEqual(['1', '2–4']);
		// The merged marker sits between the pins it stands for.
		expect(markers[1]!.mid.toISOString().slice(0, 7)).toBe('2024-05');
	});

	it('keeps markers apart where the chart is wide enough', () => {
		const markers = mergePins(notePins(notes), xPosition(domain, 2400, 44, 100));
		expect(markers.map((m) => m.label)).toEqual(['1', '2', '3', '4']);
	});

	it('leaves no two markers overlapping, at any width', () => {
		const many = Array.from({ length: 12 }, (_, i) => ({ number: i + 1, from: `202${Math.floor(i / 4)}-Q${(i % 4) + 1}`, to: `202${Math.floor(i / 4)}-Q${(i % 4) + 1}` }));
		for (const width of [260, 320, 480, 640]) {
			const xOf = xPosition(domain, width, 44, 100);
			const markers = mergePins(notePins(many), xOf);
			for (let i = 1; i < markers.length; i++) {
				expect(xOf(markers[i]!.mid) - xOf(markers[i - 1]!.mid)).toBeGreaterThanOrEqual(markers[i]!.r + markers[i - 1]!.r);
			}
			expect(markers.flatMap((m) => m.label.split(','))).not.toContain('');
		}
	});

	it('joins labels: runs of three as a range, pairs with a comma, letters as they come', () => {
		expect(joinLabels(['3', '2'])).toBe('2,3');
		expect(joinLabels(['2', '4', '3', '7'])).toBe('2–4,7');
		expect(joinLabels(['1,3', '2'])).toBe('1–3');
		expect(joinLabels(['A1', 'B1'])).toBe('A1,B1');
	});

	it('draws merged pins as one marker in the chart', () => {
		const decade: TrendPoint[] = Array.from({ length: 11 }, (_, i) => ({ period: `${2015 + i}-Q1`, area: 'Noord', role: 'wijk' as const, value: i }));
		const svg = trendPlot(decade, { width: 320, unit: 'aantal', label: 'x', notes: [{ number: 2, from: '2025-Q1', to: '2025-Q1' }, { number: 3, from: '2025-Q2', to: '2025-Q2' }], document: document as unknown as Document });
		const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
		expect(texts).toContain('2,3');
		expect(texts).not.toContain('3');
	});
});

describe('end labels', () => {
	it('move apart when lines end close together', () => {
		const offsets = dodgeLabels([100, 104, 40], [16, 16, 16]);
		expect(offsets[2]).toBe(0);
		expect(offsets[0]).toBe(0);
		expect(104 + offsets[1]! - (100 + offsets[0]!)).toBeGreaterThanOrEqual(16);
	});

	it('are drawn at 12 px', () => {
		const svg = trendPlot(points, { width: 320, unit: 'aantal', label: 'x', document: document as unknown as Document });
		expect(svg.getAttribute('style')).toContain('font-size:12px');
	});
});

describe('axisMargin', () => {
	it('holds the widest tick label of the y axis at 12 px', () => {
		expect(axisMargin([3, 44], 'aantal')).toBe(44);
		// 14.700 inwoners: the axis reaches 20.000, six characters.
		expect(axisMargin([9000, 14700], 'aantal')).toBeGreaterThanOrEqual(16 + 7.4 * 6);
		expect(axisMargin([9000, 14700], 'aantal')).toBeGreaterThan(axisMargin([90, 147], 'aantal'));
	});
});
