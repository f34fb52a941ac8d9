import { describe, expect, it } from 'vitest';
import type { Figure, FigureCell, FigureRow } from './figure';
import { buildTile, buildWijkSummary, readChange, yearEarlier } from './wijk-summary';

const cell = (value: number | null, extra: Partial<FigureCell> = {}): FigureCell => ({ value, n: null, suppressed: false, protectsOther: false, missingReason: null, ...extra });

function figure(code: string, values: [string, number | null, number | null][], over: Partial<Figure> & { unit?: string; direction?: 'hoger' | 'lager' | 'neutraal'; themeCode?: string; kind?: Figure['indicator']['kind'] } = {}): Figure {
	const rows: FigureRow[] = values.map(([period, area, city]) => ({ period, area: area === null ? null : cell(area), city: city === null ? null : cell(city) }));
	const last = rows.findLast((r) => r.area);
	return {
		indicator: {
			code,
			name: `Indicator ${code}`,
			themeCode: over.themeCode ?? 'MEEDOEN',
			unit: over.unit ?? 'procent',
			frequency: 'kwartaal',
			source: 'registratie',
			kind: over.kind ?? 'output',
			direction: over.direction ?? 'hoger',
			minN: 5,
			targetValue: null,
			targetNote: null,
			definition: 'wat telt',
			definitionChanges: []
		},
		area: { code: 'WK054603', name: 'Leiden-Noord' },
		city: { code: 'GM0546', name: 'Leiden' },
		rows,
		latest: last ? { period: last.period, cell: last.area!, toelichting: null, organisation: 'Org', publishedAt: null } : null,
		notes: over.notes ?? [],
		stories: over.stories ?? [],
		cityScale: over.cityScale ?? 1,
		svg: null
	};
}

const note = (periodFrom: string, periodTo: string, publishedAt: string) =>
	({ id: `${periodFrom}-${publishedAt}`, number: 1, periodFrom, periodTo, kind: 'verklaring', body: 'x', authorRole: 'r', visibility: 'openbaar', publishedAt }) as Figure['notes'][number];

describe('yearEarlier', () => {
	it('steps a quarter, half year and year back one year', () => {
		expect(yearEarlier('2025-Q3')).toBe('2024-Q3');
		expect(yearEarlier('2025-H1')).toBe('2024-H1');
		expect(yearEarlier('2025')).toBe('2024');
	});
});

describe('readChange', () => {
	it('says whether a change is favourable given the direction', () => {
		expect(readChange(2, 'hoger')).toBe('gunstig');
		expect(readChange(-2, 'hoger')).toBe('ongunstig');
		expect(readChange(2, 'lager')).toBe('ongunstig');
		expect(readChange(-2, 'lager')).toBe('gunstig');
		expect(readChange(2, 'neutraal')).toBe('geen oordeel');
		expect(readChange(0, 'hoger')).toBe('gelijk');
		expect(readChange(5, 'hoger', true)).toBe('geen duidelijk verschil');
	});
});

describe('buildTile', () => {
	it('compares the latest value with the same period a year earlier and shows the gemeente beside it', () => {
		const tile = buildTile(figure('A', [['2024-Q3', 40, 44], ['2025-Q2', 39, 43], ['2025-Q3', 41.7, 45]]), null);
		expect(tile).toMatchObject({ period: '2025-Q3', comparedTo: '2024-Q3', change: 1.7, reading: 'gunstig', anchor: 'fig-A-WK054603' });
		expect(tile.city?.value).toBe(45);
		expect(tile.relativeChange).toBeCloseTo(1.7 / 40);
		expect(tile.trend.map((p) => p.value)).toEqual([40, 39, 41.7]);
	});

	it('falls back to the period before when there is no value a year earlier', () => {
		const tile = buildTile(figure('A', [['2025-Q2', 10, 12], ['2025-Q3', 8, 12]], { unit: 'aantal', direction: 'lager', cityScale: 0.1 }), null);
		expect(tile).toMatchObject({ comparedTo: '2025-Q2', change: -2, reading: 'gunstig', cityScaled: true });
	});

	it('has no change without an earlier value, and no change from a hidden one', () => {
		expect(buildTile(figure('A', [['2025-Q3', 8, 12]]), null)).toMatchObject({ change: null, comparedTo: null, reading: null });
		const hidden = figure('B', [['2024-Q3', 3, 12], ['2025-Q3', 8, 12]]);
		hidden.rows[0]!.area = cell(null, { suppressed: true });
		expect(buildTile(hidden, null)).toMatchObject({ change: null, reading: null });
		expect(buildTile(hidden, null).trend[0]?.value).toBeNull();
	});

	it('says nothing is clear when a survey change falls within the margins', () => {
		const survey = figure('S', [['2024', 44, 44], ['2025', 46, 44]], { kind: 'ervaring' });
		survey.indicator.source = 'Stadsenquête';
		survey.rows = survey.rows.map((r) => ({ ...r, area: r.area && { ...r.area, n: 120 } }));
		survey.latest = { ...survey.latest!, cell: survey.rows[1]!.area! };
		expect(buildTile(survey, null).reading).toBe('geen duidelijk verschil');
	});

	it('is "nog niet geduid" unless a note covers the latest period, and counts new notes and stories after `since`', () => {
		const f = figure('A', [['2025-Q2', 1, 1], ['2025-Q3', 2, 2]], {
			notes: [note('2025-Q2', '2025-Q2', '2025-09-01T00:00:00Z'), note('2025-Q3', '2025-Q3', '2025-12-01T00:00:00Z')],
			stories: [{ id: 's1', title: 't', type: 'signaal', period: null, createdAt: '2025-11-15T00:00:00Z' }, { id: 's2', title: 't', type: 'signaal', period: null, createdAt: '2025-01-01T00:00:00Z' }]
		});
		const tile = buildTile(f, '2025-11-01T00:00:00Z');
		expect(tile).toMatchObject({ notes: 2, stories: 2, geduid: true, newNotes: 1, newStories: 1 });
		expect(buildTile(f, null)).toMatchObject({ newNotes: 0, newStories: 0 });
		f.notes = f.notes.slice(0, 1);
		expect(buildTile(f, null).geduid).toBe(false);
	});
});

describe('buildWijkSummary', () => {
	const themes = [{ code: 'MEEDOEN', name: 'Meedoen' }, { code: 'GELD', name: 'Geldzorgen' }, { code: 'LEEG', name: 'Zonder cijfers' }];
	const figures = [
		figure('A', [['2024-Q3', 100, 0], ['2025-Q3', 110, 0]], { unit: 'aantal' }),
		figure('B', [['2024-Q3', 40, 0], ['2025-Q3', 30, 0]], { themeCode: 'GELD' }),
		figure('C', [['2024-Q3', 10, 0], ['2025-Q3', 10, 0]]),
		figure('D', [['2025-Q3', 10, 0]], { themeCode: 'GELD', notes: [note('2025-Q3', '2025-Q3', '2025-12-01T00:00:00Z')] })
	];

	it('groups tiles by theme in the themes order and leaves out themes without figures', () => {
		const summary = buildWijkSummary(figures, themes, null);
		expect(summary.themes.map((t) => [t.code, t.tiles.map((x) => x.code)])).toEqual([['MEEDOEN', ['A', 'C']], ['GELD', ['B', 'D']]]);
	});

	it('ranks the largest changes relative to their earlier value, leaving out unchanged figures', () => {
		const summary = buildWijkSummary(figures, themes, null);
		// B fell 10 points from 40 (25%), A rose 10 from 100 (10%); C did not change.
		expect(summary.largestChanges.map((t) => t.code)).toEqual(['B', 'A']);
		expect(buildWijkSummary(figures, themes, null, 1).largestChanges.map((t) => t.code)).toEqual(['B']);
	});

	it('lists the figures with notes or stories newer than the previous publication', () => {
		expect(buildWijkSummary(figures, themes, '2025-11-01T00:00:00Z').newContext.map((t) => t.code)).toEqual(['D']);
		expect(buildWijkSummary(figures, themes, '2025-12-02T00:00:00Z').newContext).toEqual([]);
		expect(buildWijkSummary(figures, themes, null).newContext).toEqual([]);
	});
});
