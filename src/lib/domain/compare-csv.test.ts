import { describe, expect, it } from 'vitest';
import { toCompareTable } from './compare-csv';

const cell = (value: number | null, extra: Partial<{ n: number; suppressed: boolean; protectsOther: boolean; missingReason: string }> = {}) => ({
	value,
	n: extra.n ?? null,
	suppressed: extra.suppressed ?? false,
	protectsOther: extra.protectsOther ?? false,
	missingReason: extra.missingReason ?? null
});

describe('toCompareTable', () => {
	const areas = [{ code: 'WK01', name: 'Noord' }, { code: 'GM01', name: 'Leiden (gemiddelde wijk)' }];
	it('writes one row per period and area, saying why a value is not shown, and skips areas without a cell', () => {
		const indicator = { code: 'GELD', name: 'Vragen over geldzaken', unit: 'aantal', minN: 5, definition: '', source: 'registratie', kind: 'registratie' };
		const rows = [
			{ period: '2025-Q1', cells: [cell(12), cell(30.5)] },
			{ period: '2025-Q2', cells: [cell(null, { suppressed: true }), cell(null, { suppressed: true, protectsOther: true })] },
			{ period: '2025-Q3', cells: [cell(null, { missingReason: 'niet geleverd' }), null] }
		];
		expect(toCompareTable({ indicator, areas, rows })).toMatchInlineSnapshot(`
			[
			  [
			    "indicator",
			    "gebiedscode",
			    "gebied",
			    "periode",
			    "waarde",
			    "eenheid",
			    "opmerking",
			  ],
			  [
			    "GELD",
			    "WK01",
			    "Noord",
			    "2025-Q1",
			    12,
			    "aantal",
			    "",
			  ],
			  [
			    "GELD",
			    "GM01",
			    "Leiden (gemiddelde wijk)",
			    "2025-Q1",
			    30.5,
			    "aantal",
			    "",
			  ],
			  [
			    "GELD",
			    "WK01",
			    "Noord",
			    "2025-Q2",
			    null,
			    "aantal",
			    "niet getoond: minder dan 5",
			  ],
			  [
			    "GELD",
			    "GM01",
			    "Leiden (gemiddelde wijk)",
			    "2025-Q2",
			    null,
			    "aantal",
			    "niet getoond om een kleine groep elders te beschermen",
			  ],
			  [
			    "GELD",
			    "WK01",
			    "Noord",
			    "2025-Q3",
			    null,
			    "aantal",
			    "ontbreekt: niet geleverd",
			  ],
			]
		`);
	});

	it('adds the number of respondents for a survey figure', () => {
		const indicator = { code: 'EENZAAM', name: 'Eenzaam', unit: 'procent', minN: 30, definition: '', source: 'Stads- en wijkenquête', kind: 'registratie' };
		const table = toCompareTable({ indicator, areas: areas.slice(0, 1), rows: [{ period: '2025', cells: [cell(41.2, { n: 312 })] }] });
		expect(table[0]).toContain('n');
		expect(table[1]).toEqual(['EENZAAM', 'WK01', 'Noord', '2025', 41.2, 'procent', 312, '']);
	});
});
