import { describe, expect, it } from 'vitest';
import type { Assignment } from './delivery-expected';
import { farFromEarlier } from './delivery-outlier';
import { ISSUE_LABELS, ISSUE_SEVERITY, validateDelivery, withRowFixed, type DeliveryContext, type DeliveryIndicator, type InputRow, type NumberReader } from './delivery-validation';

/**
 * A stand-in for the real number reader: `1.234` or `1,234` without a known decimal sign is ambiguous and read
 * with the sign as decimal sign; with both signs the last one is the decimal sign.
 */
const readNumber: NumberReader = (text, decimal) => {
	const t = text.replace(/\s/g, '');
	if (!/^-?\d[\d.,]*$/.test(t)) return { ok: false };
	const point = t.includes('.');
	const comma = t.includes(',');
	let dec: ',' | '.' | null = null;
	let ambiguous = false;
	if (point && comma) dec = t.lastIndexOf(',') > t.lastIndexOf('.') ? ',' : '.';
	else if (point || comma) {
		dec = decimal ?? (point ? '.' : ',');
		ambiguous = decimal === null && /^-?\d{1,3}[.,]\d{3}$/.test(t);
	}
	const thousands = dec === ',' ? '.' : ',';
	const value = Number(t.replaceAll(thousands, '').replace(dec ?? '.', '.'));
	return Number.isFinite(value) ? { ok: true, value, ambiguous } : { ok: false };
};

const ind = (code: string, unit: string, frequency: DeliveryIndicator['frequency'], extra: Partial<DeliveryIndicator> = {}): DeliveryIndicator => ({
	code,
	name: `Naam van ${code}`,
	unit,
	frequency,
	validFrom: null,
	validTo: null,
	...extra
});
const assign = (indicatorCode: string, areas: string[], validFrom: string | null = null): Assignment[] => areas.map((areaCode) => ({ indicatorCode, areaCode, validFrom }));

const WIJKEN = ['WK054603', 'WK054608'];
function makeContext(extra: Partial<DeliveryContext> = {}): DeliveryContext {
	return {
		quarter: '2025-Q4',
		areas: [
			{ code: 'GM0546', name: 'Leiden' },
			{ code: 'WK054603', name: 'Leiden-Noord' },
			{ code: 'WK054608', name: 'Stevenshof' }
		],
		indicators: [
			ind('DEELN', 'aantal', 'kwartaal'),
			ind('TEV', 'rapportcijfer', 'halfjaar'),
			ind('PCT', 'procent', 'jaar'),
			ind('EURO', 'euro', 'kwartaal'),
			ind('OUD', 'aantal', 'kwartaal', { validTo: '2025-Q2' }),
			ind('NIET', 'aantal', 'kwartaal'),
			ind('LAAT', 'aantal', 'kwartaal')
		],
		assignments: [
			...assign('DEELN', ['GM0546', ...WIJKEN]),
			...assign('TEV', WIJKEN),
			...assign('PCT', WIJKEN),
			...assign('EURO', WIJKEN),
			...assign('OUD', WIJKEN),
			...assign('LAAT', WIJKEN, '2026-Q1')
		],
		history: new Map(),
		...extra
	};
}

type Cells = InputRow['cells'];
const row = (line: number, cells: Cells): InputRow => ({ line, cells, raw: Object.values(cells) as string[] });

/** A complete, valid delivery for 2025-Q4: lines 2 to 10. */
function validRows(): InputRow[] {
	const cells: Cells[] = [
		{ wijkcode: 'GM0546', indicator: 'DEELN', periode: '2025-Q4', waarde: '120' },
		{ wijkcode: 'WK054603', indicator: 'DEELN', periode: '2025-Q4', waarde: '40' },
		{ wijkcode: 'WK054608', indicator: 'DEELN', periode: '2025-Q4', waarde: '80' },
		{ wijkcode: 'WK054603', indicator: 'TEV', periode: '2025-H2', waarde: '7,5' },
		{ wijkcode: 'WK054608', indicator: 'TEV', periode: '2025-H2', waarde: '', reden_ontbreekt: 'Te weinig respondenten' },
		{ wijkcode: 'WK054603', indicator: 'PCT', periode: '2025', waarde: '12,5' },
		{ wijkcode: 'WK054608', indicator: 'PCT', periode: '2025', waarde: '0' },
		{ wijkcode: 'WK054603', indicator: 'EURO', periode: '2025-Q4', waarde: '1500' },
		{ wijkcode: 'WK054608', indicator: 'EURO', periode: '2025-Q4', waarde: '250,75', toelichting: '  <b>Extra</b> =1+1  ' }
	];
	return cells.map((c, i) => row(i + 2, { toelichting: '', reden_ontbreekt: '', ...c }));
}

function check(rows: InputRow[], context = makeContext(), decimal: ',' | '.' | null = ',') {
	return validateDelivery(rows, decimal, context, readNumber);
}

/** The valid file with line `line` changed by `cells`. */
function withChange(line: number, cells: Cells): InputRow[] {
	return validRows().map((r) => (r.line === line ? { ...r, cells: { ...r.cells, ...cells } } : r));
}

describe('validateDelivery: a valid delivery', () => {
	it('has no issues and keeps lines, values, reasons and toelichting', () => {
		const report = check(validRows());
		expect(report.issues).toEqual([]);
		expect(report).toMatchObject({ ok: true, counts: [], needsToelichting: 0 });
		expect(report.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(report.rows[3]).toMatchObject({ areaCode: 'WK054603', indicatorCode: 'TEV', period: '2025-H2', value: 7.5, missingReason: null, toelichting: null });
		expect(report.rows[4]).toMatchObject({ value: null, missingReason: 'Te weinig respondenten' });
		// HTML and formulas stay text, trimmed; nothing is evaluated.
		expect(report.rows[8]).toMatchObject({ value: 250.75, toelichting: '<b>Extra</b> =1+1' });
	});
	it('accepts codes in lower case with spaces and other period spellings', () => {
		const report = check(withChange(3, { wijkcode: ' wk054603 ', indicator: ' deeln', periode: 'Q4 2025' }));
		expect(report.ok).toBe(true);
		expect(report.rows[1]).toMatchObject({ areaCode: 'WK054603', indicatorCode: 'DEELN', period: '2025-Q4' });
	});
});

/** The issues of a one-line change, as code@line:column. */
function issuesOf(line: number, cells: Cells, context = makeContext()) {
	// Without the expected-row warning a changed row may cause (its own row is then "missing").
	return check(withChange(line, cells), context).issues.filter((i) => i.line !== null);
}
const short = (issues: { code: string; line: number | null; column: string | null }[]) => issues.map((i) => `${i.code}@${i.line}:${i.column}`);

describe('validateDelivery: row errors', () => {
	const cases: { name: string; line: number; cells: Cells; expected: string; mentions: string[] }[] = [
		{ name: 'unknown wijk', line: 3, cells: { wijkcode: 'WK999999' }, expected: 'wijk-onbekend@3:wijkcode', mentions: ['"WK999999"', 'WK054603'] },
		{ name: 'empty wijk', line: 3, cells: { wijkcode: '  ' }, expected: 'wijk-onbekend@3:wijkcode', mentions: ['leeg'] },
		{ name: 'unknown indicator', line: 4, cells: { indicator: 'DEELNEMERS' }, expected: 'indicator-onbekend@4:indicator', mentions: ['"DEELNEMERS"'] },
		{ name: 'not assigned', line: 4, cells: { indicator: 'NIET' }, expected: 'indicator-niet-toegewezen@4:indicator', mentions: ['NIET', 'Stevenshof (WK054608)'] },
		{ name: 'assigned for other areas only', line: 2, cells: { indicator: 'EURO' }, expected: 'indicator-niet-toegewezen@2:indicator', mentions: ['Leiden (GM0546)'] },
		{ name: 'assignment starts later', line: 4, cells: { indicator: 'LAAT' }, expected: 'indicator-niet-toegewezen@4:indicator', mentions: ['vanaf 2026-Q1'] },
		{ name: 'indicator ended', line: 4, cells: { indicator: 'OUD' }, expected: 'indicator-niet-geldig@4:indicator', mentions: ['tot en met 2025-Q2', '2025-Q4'] },
		{ name: 'invalid period', line: 5, cells: { periode: 'najaar' }, expected: 'periode-ongeldig@5:periode', mentions: ['"najaar"'] },
		{ name: 'a date as period', line: 3, cells: { periode: '2025-10-01' }, expected: 'periode-ongeldig@3:periode', mentions: ['"2025-10-01"', 'schrijf', '2025-Q4'] },
		{ name: 'a Dutch date for a half-year figure', line: 5, cells: { periode: '1-10-2025' }, expected: 'periode-ongeldig@5:periode', mentions: ['2025-H2'] },
		{ name: 'period kind does not fit', line: 5, cells: { periode: '2025-Q4' }, expected: 'periode-past-niet@5:periode', mentions: ['elk halfjaar', '"2025-Q4"', '2025-H2'] },
		{ name: 'year for a quarter figure', line: 3, cells: { periode: '2025' }, expected: 'periode-past-niet@3:periode', mentions: ['een jaar', '2025-Q4'] },
		{ name: 'earlier quarter', line: 3, cells: { periode: '2025-Q3' }, expected: 'periode-niet-open@3:periode', mentions: ['hoort bij de aanlevering van 2025-Q3', '2025-Q4'] },
		{ name: 'first half-year', line: 5, cells: { periode: '2025-H1' }, expected: 'periode-niet-open@5:periode', mentions: ['2025-Q2'] },
		{ name: 'not a number', line: 3, cells: { waarde: 'veertig' }, expected: 'geen-getal@3:waarde', mentions: ['"veertig"', 'reden_ontbreekt'] },
		{ name: 'negative count', line: 3, cells: { waarde: '-4' }, expected: 'negatief@3:waarde', mentions: ['-4', 'aantal'] },
		{ name: 'negative euro', line: 9, cells: { waarde: '-10' }, expected: 'negatief@9:waarde', mentions: ['euro'] },
		{ name: 'percentage above 100', line: 7, cells: { waarde: '120' }, expected: 'procent-buiten-bereik@7:waarde', mentions: ['120', '0 en 100'] },
		{ name: 'negative percentage', line: 7, cells: { waarde: '-1' }, expected: 'procent-buiten-bereik@7:waarde', mentions: ['-1'] },
		{ name: 'mark above 10', line: 5, cells: { waarde: '75' }, expected: 'cijfer-buiten-bereik@5:waarde', mentions: ['75', '1 en 10'] },
		{ name: 'mark of 0', line: 5, cells: { waarde: '0' }, expected: 'cijfer-buiten-bereik@5:waarde', mentions: ['0'] },
		{ name: 'no value, no reason', line: 3, cells: { waarde: ' ' }, expected: 'waarde-en-reden-leeg@3:waarde', mentions: ['reden_ontbreekt'] },
		{ name: 'long toelichting', line: 3, cells: { toelichting: 'x'.repeat(1001) }, expected: 'tekst-te-lang@3:toelichting', mentions: ['1001', '1000'] },
		{ name: 'long reason', line: 6, cells: { reden_ontbreekt: 'x'.repeat(1200) }, expected: 'tekst-te-lang@6:reden_ontbreekt', mentions: ['1200'] }
	];
	for (const c of cases) {
		it(`${c.expected}: ${c.name}`, () => {
			const issues = issuesOf(c.line, c.cells);
			expect(short(issues)).toEqual([c.expected]);
			expect(issues[0]!.severity).toBe('fout');
			for (const m of c.mentions) expect(issues[0]!.message.toLowerCase()).toContain(m.toLowerCase());
			const report = check(withChange(c.line, c.cells));
			expect(report.ok).toBe(false);
			expect(report.rows.find((r) => r.line === c.line)!.issues).toEqual(issues);
		});
	}
	it('keeps a row with errors in rows, value null when unreadable', () => {
		const report = check(withChange(3, { wijkcode: 'WK1', waarde: 'abc' }));
		expect(report.rows).toHaveLength(9);
		expect(report.rows[1]).toMatchObject({ line: 3, areaCode: 'WK1', value: null });
		expect(short(report.rows[1]!.issues)).toEqual(['wijk-onbekend@3:wijkcode', 'geen-getal@3:waarde']);
	});
	it('reports every problem of a row at once', () => {
		const report = check(withChange(3, { wijkcode: 'XX', indicator: 'YY', periode: 'ZZ', waarde: '??', toelichting: 'y'.repeat(1001) }));
		expect(short(report.rows[1]!.issues)).toEqual([
			'wijk-onbekend@3:wijkcode',
			'indicator-onbekend@3:indicator',
			'periode-ongeldig@3:periode',
			'geen-getal@3:waarde',
			'tekst-te-lang@3:toelichting'
		]);
	});
	it('names both lines of a repeated row, on each of them', () => {
		const rows = [...validRows(), row(14, { wijkcode: 'wk054603', indicator: 'DEELN', periode: '2025-K4', waarde: '41' })];
		const report = check(rows);
		const dup = report.issues.filter((i) => i.code === 'dubbele-regel');
		expect(short(dup)).toEqual(['dubbele-regel@3:null', 'dubbele-regel@14:null']);
		expect(dup[0]!.message).toContain('regel 14');
		expect(dup[1]!.message).toContain('regel 3');
		expect(dup[0]!.message).toContain('WK054603, DEELN, 2025-Q4');
		const three = check([...rows, row(20, { wijkcode: 'WK054603', indicator: 'DEELN', periode: '2025-Q4', waarde: '1' })]);
		expect(three.issues.find((i) => i.line === 3 && i.code === 'dubbele-regel')!.message).toContain('de regels 14 en 20');
	});
	it('reports an empty file', () => {
		const report = check([]);
		expect(report.ok).toBe(false);
		expect(report.counts[0]).toMatchObject({ code: 'geen-regels', count: 1 });
	});
});

describe('validateDelivery: warnings', () => {
	it('warns on a value with a reason and ignores the reason', () => {
		const report = check(withChange(3, { reden_ontbreekt: 'Onbekend' }));
		expect(short(report.issues)).toEqual(['waarde-met-reden@3:reden_ontbreekt']);
		expect(report.ok).toBe(true);
		expect(report.rows[1]).toMatchObject({ value: 40, missingReason: null });
		expect(report.needsToelichting).toBe(1);
		expect(check(withChange(3, { reden_ontbreekt: 'Onbekend', toelichting: 'Klopt' })).needsToelichting).toBe(0);
	});
	it('warns once per expected row that is missing, naming indicator and wijk; a reason counts as present', () => {
		const rows = validRows().filter((r) => r.line !== 4 && r.line !== 7);
		const report = check(rows);
		expect(report.ok).toBe(true);
		expect(short(report.issues)).toEqual(['regel-verwacht@null:null', 'regel-verwacht@null:null']);
		expect(report.issues[0]!.message).toContain('Naam van DEELN (DEELN) in Stevenshof (WK054608), periode 2025-Q4');
		expect(report.issues[1]!.message).toContain('Naam van PCT (PCT) in Leiden-Noord (WK054603), periode 2025');
		expect(report.issues[0]!.severity).toBe('waarschuwing');
		// File-level warnings have no row to put a toelichting on.
		expect(report.needsToelichting).toBe(0);
		expect(report.counts).toEqual([{ code: 'regel-verwacht', severity: 'waarschuwing', label: 'Verwachte regel ontbreekt', count: 2 }]);
	});
	it('does not expect rows for areas that are gone', () => {
		const context = makeContext({ assignments: [...makeContext().assignments, ...assign('DEELN', ['WK000000'])] });
		expect(check(validRows(), context).issues).toEqual([]);
	});

	describe('ambiguous numbers, decided by unit', () => {
		const noSign = (line: number, waarde: string) => validateDelivery(withChange(line, { waarde }), null, makeContext(), readNumber);
		it('reads 1.234 as a decimal for a percentage and a mark, without a warning', () => {
			const pct = noSign(7, '1.234');
			expect(pct.issues).toEqual([]);
			expect(pct.rows[5]!.value).toBe(1.234);
			const mark = noSign(5, '7,500');
			expect(mark.issues).toEqual([]);
			expect(mark.rows[3]!.value).toBe(7.5);
		});
		it('reads 1.234 as a thousand for a count, without a warning', () => {
			const report = noSign(3, '1.234');
			expect(report.issues.filter((i) => i.code === 'getal-dubbelzinnig')).toEqual([]);
			expect(report.rows[1]!.value).toBe(1234);
		});
		it("warns when the unit does not decide, keeping the reader's reading and saying why", () => {
			const report = noSign(9, '1.234');
			expect(short(report.issues)).toEqual(['getal-dubbelzinnig@9:waarde']);
			expect(report.rows[7]!.value).toBe(1.234);
			const message = report.issues[0]!.message;
			expect(message).toContain('"1.234" kan 1234 zijn (punt tussen duizendtallen) of 1,234 (punt als decimaalteken)');
			expect(message).toContain('We hebben 1,234 gebruikt');
			expect(message).toContain('euro');
			expect(report.needsToelichting).toBe(1);
		});
		it('says nothing when the file shows its decimal sign', () => {
			const report = validateDelivery(withChange(9, { waarde: '1.234' }), ',', makeContext(), readNumber);
			expect(report.issues).toEqual([]);
			expect(report.rows[7]!.value).toBe(1234);
		});
	});

	describe('far from earlier values', () => {
		const history = (values: number[], from = 4) =>
			values.map((value, i) => {
				const q = from + i;
				return { period: `${2024 + Math.floor((q - 1) / 4)}-Q${((q - 1) % 4) + 1}`, value };
			});
		const withHistory = (values: number[], waarde: string, toelichting = '') =>
			check(withChange(3, { waarde, toelichting }), makeContext({ history: new Map([['DEELN|WK054603', history(values)]]) }));

		it('flags 186 after 40, 42, 45, 43 and says against which quarters', () => {
			const report = withHistory([40, 42, 45, 43], '186');
			expect(short(report.issues)).toEqual(['ver-van-eerder@3:waarde']);
			expect(report.issues[0]!.message).toContain('186 is veel hoger dan de vorige vier kwartalen (2024-Q4 t/m 2025-Q3: 40, 42, 45, 43): ruim 4 keer zo hoog');
			expect(report.ok).toBe(true);
			expect(report.needsToelichting).toBe(1);
			expect(withHistory([40, 42, 45, 43], '186', 'Nieuwe inloop geopend').needsToelichting).toBe(0);
		});
		it('flags a drop too', () => {
			const report = withHistory([40, 42, 45, 43], '3');
			expect(report.issues[0]!.message).toContain('3 is veel lager dan de vorige vier kwartalen');
		});
		it('does not flag 6 after 3, 4, 5, nor 55 after 40-45', () => {
			expect(withHistory([3, 4, 5], '6').issues).toEqual([]);
			expect(withHistory([40, 42, 45, 43], '55').issues).toEqual([]);
		});
		it('needs at least three earlier values, and uses only the last four before the period', () => {
			expect(withHistory([40, 42], '186').issues).toEqual([]);
			const result = farFromEarlier(186, '2025-Q4', 'aantal', [...history([400, 400, 400, 40, 42, 45], 2), { period: '2025-Q4', value: 186 }]);
			expect(result?.previous.map((p) => p.value)).toEqual([400, 40, 42, 45]);
			expect(farFromEarlier(186, '2025-Q4', 'aantal', [{ period: '2025-Q4', value: 1 }, ...history([40, 42])])).toBeNull();
		});
		it('uses a one-point band for marks', () => {
			expect(farFromEarlier(5.5, '2025-H2', 'rapportcijfer', [{ period: '2024-H1', value: 7.4 }, { period: '2024-H2', value: 7.6 }, { period: '2025-H1', value: 7.5 }])?.message).toContain(
				'5,5 is veel lager dan de vorige drie halfjaren (2024-H1 t/m 2025-H1: 7,4, 7,6, 7,5)'
			);
			expect(farFromEarlier(6.8, '2025-H2', 'rapportcijfer', [{ period: '2024-H1', value: 7.4 }, { period: '2024-H2', value: 7.6 }, { period: '2025-H1', value: 7.5 }])).toBeNull();
		});
		it('says nothing on a row that already has an error', () => {
			expect(check(withChange(7, { waarde: '120' }), makeContext({ history: new Map([['PCT|WK054603', [{ period: '2022', value: 10 }, { period: '2023', value: 11 }, { period: '2024', value: 12 }]]]) })).issues.map((i) => i.code)).toEqual(['procent-buiten-bereik']);
		});
	});
});

describe('validateDelivery: summary', () => {
	it('counts by kind, errors first, with Dutch labels', () => {
		const rows = validRows().map((r) => (r.line <= 4 ? { ...r, cells: { ...r.cells, wijkcode: `X${r.line}` } } : r));
		rows.push(row(20, { wijkcode: 'WK054603', indicator: 'EURO', periode: '2025-Q4', waarde: '5', reden_ontbreekt: 'x' }));
		const report = check(rows);
		expect(report.counts[0]).toEqual({ code: 'wijk-onbekend', severity: 'fout', label: 'Onbekende wijk', count: 3 });
		expect(report.counts.map((c) => c.severity)).toEqual([...report.counts.filter((c) => c.severity === 'fout'), ...report.counts.filter((c) => c.severity === 'waarschuwing')].map((c) => c.severity));
		expect(report.counts.map((c) => c.code)).toContain('regel-verwacht');
	});
	it('labels and grades every code', () => {
		expect(Object.keys(ISSUE_LABELS).sort()).toEqual(Object.keys(ISSUE_SEVERITY).sort());
		expect(ISSUE_LABELS['wijk-onbekend']).toBe('Onbekende wijk');
	});
	it('re-checks a fixed row in the context of the others', () => {
		const rows = [...validRows(), row(14, { wijkcode: 'WK054603', indicator: 'DEELN', periode: '2025-Q4', waarde: '41' })];
		expect(check(rows).ok).toBe(false);
		const fixed = withRowFixed(rows, 14, { wijkcode: 'WK054603', indicator: 'DEELN', periode: '2025-Q4', waarde: '', reden_ontbreekt: 'dubbel' });
		expect(check(fixed).ok).toBe(false);
		const removed = fixed.filter((r) => r.line !== 14);
		expect(check(removed).ok).toBe(true);
		const moved = withRowFixed(rows, 3, { ...rows[1]!.cells, wijkcode: 'GM0546', indicator: 'EURO' });
		expect(short(check(moved).issues)).toEqual(['indicator-niet-toegewezen@3:indicator']);
		expect(moved[1]!.raw).toEqual(rows[1]!.raw);
	});
});

describe('validateDelivery: size', () => {
	function bigDelivery(areaCount: number, indicatorCount: number) {
		const areas = Array.from({ length: areaCount }, (_, i) => ({ code: `WK${String(i).padStart(6, '0')}`, name: `Wijk ${i}` }));
		const indicators = Array.from({ length: indicatorCount }, (_, i) => ind(`I${i}`, i % 2 ? 'aantal' : 'procent', 'kwartaal'));
		const assignments = indicators.flatMap((i) => assign(i.code, areas.map((a) => a.code)));
		const history = new Map<string, { period: string; value: number }[]>();
		const rows: InputRow[] = [];
		let line = 2;
		for (const i of indicators) {
			for (const a of areas) {
				history.set(`${i.code}|${a.code}`, [
					{ period: '2025-Q1', value: 40 },
					{ period: '2025-Q2', value: 42 },
					{ period: '2025-Q3', value: 45 }
				]);
				rows.push(row(line++, { wijkcode: a.code.toLowerCase(), indicator: i.code, periode: '2025-Q4', waarde: line % 1000 === 0 ? '99' : '41,5', toelichting: '' }));
			}
		}
		return { rows, context: makeContext({ areas, indicators, assignments, history }) };
	}
	it('checks 100,000 rows correctly', () => {
		const { rows, context } = bigDelivery(1000, 100);
		const started = performance.now();
		const report = check(rows, context);
		const took = performance.now() - started;
		expect(report.ok).toBe(true);
		expect(report.rows).toHaveLength(100_000);
		expect(report.issues.every((i) => i.code === 'ver-van-eerder')).toBe(true);
		expect(report.issues).toHaveLength(100);
		expect(report.needsToelichting).toBe(100);
		// Timing is logged, not asserted: test machines vary.
		console.info(`validateDelivery: 100,000 rows in ${Math.round(took)} ms`);
	});
	it('finds a duplicate among 10,000 rows', () => {
		const { rows, context } = bigDelivery(100, 100);
		rows.push({ ...rows[5000]!, line: 99_999 });
		const started = performance.now();
		const report = check(rows, context);
		console.info(`validateDelivery: 10,001 rows in ${Math.round(performance.now() - started)} ms`);
		expect(short(report.issues.filter((i) => i.code === 'dubbele-regel'))).toEqual(['dubbele-regel@5002:null', 'dubbele-regel@99999:null']);
	});
});
