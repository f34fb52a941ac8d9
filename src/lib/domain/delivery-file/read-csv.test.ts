import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDeliveryFile, type FileRead } from './index';

const FIXTURES = new URL('../../../../tests/fixtures/aanlevering/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const text = (s: string) => new TextEncoder().encode(s);

function ok(read: FileRead) {
	if (!read.ok) throw new Error(JSON.stringify(read.problems));
	return read;
}
function problems(read: FileRead) {
	if (read.ok) throw new Error('expected problems');
	return read.problems;
}

describe('readDeliveryFile: CSV conventions', () => {
	it('reads `;`, decimal comma, UTF-8 BOM and CRLF', async () => {
		const read = ok(await readDeliveryFile(fixture('goed-puntkomma.csv'), 'goed-puntkomma.csv'));
		expect(read).toMatchObject({ format: 'csv', sheet: null, decimal: ',', notices: [] });
		expect(read.header).toEqual(['wijkcode', 'indicator', 'periode', 'waarde', 'toelichting', 'reden_ontbreekt']);
		expect(read.rows).toHaveLength(20);
		expect(read.rows[0]).toEqual({
			line: 2,
			cells: { wijkcode: 'WK054600', indicator: 'DEELN_UNIEK', periode: '2025-Q4', waarde: '120', toelichting: 'Inclusief inloop; zonder telefonische contacten', reden_ontbreekt: '' },
			raw: ['WK054600', 'DEELN_UNIEK', '2025-Q4', '120', 'Inclusief inloop; zonder telefonische contacten', ''],
			numeric: []
		});
		expect(read.rows[1]!.cells.waarde).toBe('10,0');
		expect(read.rows[19]!.line).toBe(21);
	});

	it('reads `,`, decimal point, no BOM and LF', async () => {
		const read = ok(await readDeliveryFile(fixture('goed-komma-punt.csv'), 'x.csv'));
		expect(read.decimal).toBe('.');
		expect(read.rows[0]!.cells.toelichting).toBe('Including walk-in, without phone calls');
		expect(read.rows[1]!.cells.waarde).toBe('10.0');
	});

	it('reads tabs and a lone CR', async () => {
		const read = ok(await readDeliveryFile(text('wijkcode\tindicator\tperiode\twaarde\rWK054600\tDEELN_UNIEK\t2025-Q4\t5\r'), 'x.txt'));
		expect(read.rows).toEqual([{ line: 2, cells: { wijkcode: 'WK054600', indicator: 'DEELN_UNIEK', periode: '2025-Q4', waarde: '5' }, raw: ['WK054600', 'DEELN_UNIEK', '2025-Q4', '5'], numeric: [] }]);
	});

	it('detects the separator outside quotes and honours a sep= line', async () => {
		const quoted = ok(await readDeliveryFile(text('"wijk;code",indicator,periode,waarde,wijkcode\nA,B,C,D,E\n'), 'x.csv'));
		expect(quoted.rows[0]!.cells.wijkcode).toBe('E');
		const hint = ok(await readDeliveryFile(text('sep=,\r\nwijkcode,indicator,periode,waarde\r\nWK054600,X,2025-Q4,"1,5"\r\n'), 'x.csv'));
		expect(hint.rows[0]).toMatchObject({ line: 2, cells: { waarde: '1,5' } });
	});

	it('decides Windows-1252 over the whole file', async () => {
		const read = ok(await readDeliveryFile(fixture('windows-1252.csv'), 'x.csv'));
		expect(read.rows[0]!.cells.toelichting).toBe('Cliënten in café De Eendracht, één keer per week');
		// Valid UTF-8 up to far beyond 8 KB, then one Windows-1252 byte: still Windows-1252 for the whole file.
		const head = 'wijkcode;indicator;periode;waarde;toelichting\r\n' + 'WK054600;DEELN_UNIEK;2025-Q4;1;abc\r\n'.repeat(500);
		const bytes = new Uint8Array([...text(head), ...text('WK054601;X;2025-Q4;2;caf'), 0xe9, 0x0d, 0x0a]);
		expect(ok(await readDeliveryFile(bytes, 'x.csv')).rows[500]!.cells.toelichting).toBe('café');
	});

	it('reads UTF-16 (Excel "Unicode-tekst")', async () => {
		const s = 'wijkcode\tindicator\tperiode\twaarde\r\nWK054600\tDEELN_UNIEK\t2025-Q4\t3,5\r\n';
		const bytes = new Uint8Array(2 + s.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < s.length; i++) bytes[2 + i * 2] = s.charCodeAt(i);
		expect(ok(await readDeliveryFile(bytes, 'x.txt')).rows[0]!.cells.waarde).toBe('3,5');
	});

	it('counts the line where a row with a multi-line cell starts', async () => {
		const read = ok(await readDeliveryFile(fixture('multiline.csv'), 'x.csv'));
		expect(read.rows.map((r) => r.line)).toEqual([2, 3, 5, 6]);
		expect(read.rows[1]!.cells.toelichting).toBe('Eerste regel van de toelichting\r\nTweede regel; met een puntkomma');
	});

	it('reads messy headers, ignores extra columns with a notice and trailing empty columns and rows', async () => {
		const read = ok(await readDeliveryFile(fixture('kop-rommel.csv'), 'x.csv'));
		expect(read.header).toEqual(['WIJKCODE', 'Indicator', 'PERIODE', 'Waarde', 'Opmerking intern', 'Toelichting', 'REDEN-ONTBREEKT']);
		expect(read.rows).toHaveLength(3);
		expect(read.rows[0]!.cells).toEqual({ wijkcode: 'WK054600', indicator: 'DEELN_UNIEK', periode: '2025-Q4', waarde: '120', toelichting: '', reden_ontbreekt: '' });
		expect(read.rows[0]!.raw).toEqual(['WK054600', 'DEELN_UNIEK', '2025-Q4', '120', 'intern', '', '']);
		expect(read.notices).toEqual(['De kolom "Opmerking intern" kennen we niet. Die lezen we niet.']);
	});

	it('accepts aliases and the template columns without a notice; empty rows above the header count', async () => {
		const csv = '\r\n;;\r\n\uFEFFGebied;Indicatorcode;Period;Aantal;Wijknaam;Indicatornaam;Reden ontbreekt\r\n WK054600 ;DEELN_UNIEK;2025-Q4; 12 ;Centrum;Deelnemers;\r\n';
		const read = ok(await readDeliveryFile(text(csv), 'x.csv'));
		expect(read.notices).toEqual([]);
		expect(read.rows[0]).toMatchObject({ line: 4, cells: { wijkcode: 'WK054600', indicator: 'DEELN_UNIEK', periode: '2025-Q4', waarde: '12', reden_ontbreekt: '' } });
		const other = ok(await readDeliveryFile(text('WIJK,CODE,PERIODE,VALUE,REDEN-ONTBREEKT\nA,B,C,1,x\n'), 'x.csv'));
		expect(other.rows[0]!.cells).toEqual({ wijkcode: 'A', indicator: 'B', periode: 'C', waarde: '1', reden_ontbreekt: 'x' });
	});

	it('keeps texts as they are (HTML, a leading =) and strips only our export apostrophe', async () => {
		const read = ok(await readDeliveryFile(fixture('html.csv'), 'x.csv'));
		expect(read.rows[0]!.cells.toelichting).toBe('<script>alert(1)</script>');
		const eq = ok(await readDeliveryFile(text("wijkcode;indicator;periode;waarde;toelichting\nA;B;C;'-3;=1+1\n"), 'x.csv'));
		expect(eq.rows[0]!.cells).toMatchObject({ waarde: '-3', toelichting: '=1+1' });
		expect(eq.rows[0]!.raw[3]).toBe("'-3");
	});

	it('notes cells beyond the header and mixed decimal signs', async () => {
		const read = ok(await readDeliveryFile(text('wijkcode;indicator;periode;waarde\nA;B;C;12,5;x\nA;B;C;12.5\n'), 'x.csv'));
		expect(read.decimal).toBeNull();
		expect(read.notices).toEqual([
			'Eén regel heeft meer cellen dan er kolomnamen zijn. Die cellen zonder kolomnaam lezen we niet.',
			expect.stringContaining('komma én getallen met een punt')
		]);
	});
});

describe('readDeliveryFile: CSV problems', () => {
	const code = async (bytes: Uint8Array, name = 'x.csv', limits = {}) => problems(await readDeliveryFile(bytes, name, limits)).map((p) => p.code);

	it('refuses an empty file, only whitespace, and only a header', async () => {
		expect(await code(fixture('leeg.csv'))).toEqual(['bestand-leeg']);
		expect(await code(text(' \r\n\t\r\n'))).toEqual(['bestand-leeg']);
		const header = problems(await readDeliveryFile(fixture('alleen-kop.csv'), 'alleen-kop.csv'));
		expect(header).toEqual([{ code: 'bestand-leeg', message: expect.stringContaining('alleen kolomnamen') }]);
	});

	it('refuses binary bytes, PDF and HTML as geen-csv', async () => {
		const binary = problems(await readDeliveryFile(fixture('binair.csv'), 'binair.csv'));
		expect(binary).toEqual([{ code: 'geen-csv', message: expect.stringMatching(/^Dit is geen CSV-bestand/) }]);
		expect(await code(text('%PDF-1.7\n...'))).toEqual(['geen-csv']);
		expect(await code(text('<!DOCTYPE html><table><tr><td>1</td></tr></table>'))).toEqual(['geen-csv']);
	});

	it('refuses an old .xls and a .xlsx name with text bytes as geen-excel', async () => {
		const xls = problems(await readDeliveryFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'oud.xls'));
		expect(xls).toEqual([{ code: 'geen-excel', message: expect.stringContaining('.xlsx') }]);
		expect(await code(fixture('goed-puntkomma.csv'), 'goed.xlsx')).toEqual(['geen-excel']);
	});

	it('refuses a file above maxBytes before reading it (50 MB)', async () => {
		const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
		const read = problems(await readDeliveryFile(big, 'groot.csv'));
		expect(read).toEqual([{ code: 'bestand-te-groot', message: expect.stringContaining('50 MB') }]);
		expect(read[0]!.message).toContain('10 MB');
	});

	it('names missing columns and the header found', async () => {
		const read = problems(await readDeliveryFile(text('wijk;indicator;jaar\nA;B;2025\n'), 'x.csv'));
		expect(read).toEqual([{ code: 'kolom-ontbreekt', message: expect.stringContaining('De kolommen periode en waarde ontbreken') }]);
		expect(read[0]!.message).toContain('"wijk", "indicator" en "jaar"');
	});

	it('refuses a column given twice', async () => {
		expect(await code(text('wijkcode;wijk;indicator;periode;waarde\nA;A;B;C;1\n'))).toEqual(['kolom-dubbel']);
	});

	it('refuses too many rows and too long cells, with line and column', async () => {
		const rows = 'wijkcode;indicator;periode;waarde\n' + 'A;B;C;1\n'.repeat(11);
		expect(await code(text(rows), 'x.csv', { maxRows: 10 })).toEqual(['te-veel-regels']);
		const long = problems(await readDeliveryFile(text(`wijkcode;indicator;periode;waarde;toelichting\nA;B;C;1;ok\nA;B;C;1;${'x'.repeat(2001)}\n`), 'x.csv'));
		expect(long).toEqual([{ code: 'cel-te-lang', message: expect.stringContaining('regel 3, kolom E (toelichting)') }]);
	});

	it('refuses broken quotes with the line where the row starts', async () => {
		const read = problems(await readDeliveryFile(text('wijkcode;indicator;periode;waarde;toelichting\nA;B;C;1;ok\nA;B;C;1;"niet dicht\nA;B;C;1;ok\n'), 'x.csv'));
		expect(read).toEqual([{ code: 'csv-kapot', message: expect.stringMatching(/^Regel 3: .*aanhalingstekens/) }]);
	});
});

describe('readDeliveryFile: a 100,000-row CSV', () => {
	it('reads every row with its line', async () => {
		const lines = ['wijkcode;indicator;periode;waarde;toelichting;reden_ontbreekt'];
		for (let i = 0; i < 100_000; i++) lines.push(`WK05460${i % 10};${i % 2 ? 'BEREIK_65PLUS' : 'DEELN_UNIEK'};2025-Q4;${i % 2 ? `${i % 100},5` : i};"regel ${i}";`);
		const read = ok(await readDeliveryFile(text(lines.join('\r\n') + '\r\n'), 'groot.csv'));
		expect(read.rows).toHaveLength(100_000);
		expect(read.decimal).toBe(',');
		expect(read.rows[99_999]).toMatchObject({ line: 100_001, cells: { wijkcode: 'WK054609', waarde: '99,5', toelichting: 'regel 99999' } });
	});
});
