import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sparkPlot } from './sparkline';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const points = ['2024-Q1', '2024-Q2', '2024-Q3'].map((period, i) => ({ period, area: 'Noord', role: 'wijk' as const, value: 10 + i / 3 }));

describe('sparkPlot', () => {
	it('is an image with a name and a description where it stands alone', () => {
		const svg = sparkPlot(points, { width: 120, height: 30, unit: 'aantal', label: 'Verloop van X in Noord', document: document as unknown as Document });
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-label')).toBe('Verloop van X in Noord');
		expect(svg.getAttribute('aria-description')).toMatch(/van 10 in 1e kwartaal 2024/);
	});

	it('is small, hidden decoration beside the numbers without a label', () => {
		const svg = sparkPlot(points, { width: 120, height: 30, unit: 'aantal', label: null, document: document as unknown as Document });
		expect(svg.getAttribute('aria-hidden')).toBe('true');
		expect(svg.getAttribute('role')).toBeNull();
		expect(svg.querySelector('style')).toBeNull();
		expect(svg.outerHTML).not.toMatch(/\d\.\d{2}/);
		expect(svg.outerHTML).not.toContain('aria-label');
		expect(svg.querySelectorAll('path')).toHaveLength(1);
		expect(svg.querySelectorAll('circle')).toHaveLength(1);
	});
});
