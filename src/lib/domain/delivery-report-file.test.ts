import { describe, expect, it } from 'vitest';
import { rowsWithProblemsCsv } from './delivery-report-file';
import type { DeliveryReport } from './delivery-validation';

const report: DeliveryReport = {
	ok: false,
	rows: [],
	issues: [
		{ code: 'wijk-onbekend', severity: 'fout', line: 3, column: 'wijkcode', message: 'Wijkcode "WK9" kennen we niet.' },
		{ code: 'geen-getal', severity: 'fout', line: 3, column: 'waarde', message: 'Waarde "x" is geen getal.' },
		{ code: 'ver-van-eerder', severity: 'waarschuwing', line: 4, column: 'waarde', message: '186 is veel hoger; "echt"' },
		{ code: 'regel-verwacht', severity: 'waarschuwing', line: null, column: null, message: 'Er is geen regel voor X in Y.' }
	],
	counts: [],
	needsToelichting: 1
};

describe('rowsWithProblemsCsv', () => {
	it('gives the file back with a problemen column, file problems at the end', () => {
		const csv = rowsWithProblemsCsv(
			['wijkcode', 'indicator', 'periode', 'waarde', 'toelichting'],
			[
				{ line: 2, raw: ['WK054603', 'DEELN', '2025-Q4', '40', ''] },
				{ line: 3, raw: ['WK9', 'DEELN', '2025-Q4', 'x', '=HYPERLINK("http://x")'] },
				{ line: 4, raw: ['WK054608', 'DEELN', '2025-Q4', '186'] }
			],
			report
		);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines).toEqual([
			'wijkcode;indicator;periode;waarde;toelichting;problemen',
			'WK054603;DEELN;2025-Q4;40;;',
			`WK9;DEELN;2025-Q4;x;"'=HYPERLINK(""http://x"")";"Wijkcode ""WK9"" kennen we niet.; Waarde ""x"" is geen getal."`,
			'WK054608;DEELN;2025-Q4;186;;"186 is veel hoger; ""echt"""',
			';;;;;Er is geen regel voor X in Y.',
			''
		]);
	});
	it('neutralises a formula without quotes and widens to the longest row', () => {
		const csv = rowsWithProblemsCsv(['a'], [{ line: 2, raw: ['@SUM(A1)', '+1', 'extra'] }], { ...report, issues: [] });
		expect(csv.slice(1).split('\r\n')).toEqual(['a;;;problemen', "'@SUM(A1);'+1;extra;", '']);
	});
});
