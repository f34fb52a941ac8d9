import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../scripts/demo/catalogue';
import {
	catalogueToCsv,
	decodeText,
	defaultMinN,
	describeProblem,
	parseCatalogueCsv,
	type CatalogueImport,
	type CatalogueRow,
	type CurrentIndicator
} from './catalogue-csv';
import type { Definition, Indicator } from './indicator';

const themes = THEMES.map((t) => ({ code: t.code, name: t.name }));
const demoCsv = readFileSync(new URL('../../../data/indicatoren.csv', import.meta.url), 'utf8');
const HEADER = 'code;naam;thema;eenheid;frequentie;bron;soort;richting;aanleverder;definitie';
const GOOD = 'ABC;Een naam;Meedoen en ontmoeten;aantal;kwartaal;registratie;output;neutraal;organisatie;Wat telt';

function ok(result: CatalogueImport) {
	if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems, null, 1)}`);
	return result;
}
function problems(result: CatalogueImport) {
	if (result.ok) throw new Error('expected problems');
	return result.problems;
}
function parse(text: string, current: CurrentIndicator[] = []) {
	return parseCatalogueCsv(text, { themes, current });
}
/** The only problem of a one-row file with header + `row`. */
function problemOf(row: string, header = HEADER) {
	const list = problems(parse(`${header}\n${row}\n`));
	return list.map((p) => ({ line: p.line, column: p.column, code: p.code }));
}

type Full = Indicator & { definition: string; definitions: Definition[] };
/** The store's view of parsed rows: every definition from 2023-Q1 unless given otherwise. */
function toStore(rows: CatalogueRow[]): Full[] {
	return rows.map((r, position) => ({
		...r.indicator,
		position,
		definition: r.definition,
		definitions: [{ validFrom: r.definitionValidFrom ?? '2023-Q1', definition: r.definition, changeNote: r.changeNote }]
	}));
}

describe('parseCatalogueCsv: the demo catalogue', () => {
	it('reads data/indicatoren.csv with 32 rows and no problems or notices', () => {
		const result = ok(parse(demoCsv));
		expect(result.rows).toHaveLength(32);
		expect(result.notices).toEqual([]);
		expect(result.changes.added).toHaveLength(32);
		expect(result.rows[0]).toMatchObject({ line: 2, indicator: { code: 'DEELN_UNIEK', themeCode: 'meedoen', unit: 'aantal', minN: 5, targetValue: null } });
		expect(result.rows[31]!.line).toBe(33);
	});
	it('uses 30 as minimum n for percentages and report marks unless context', () => {
		expect(defaultMinN('procent', 'outcome')).toBe(30);
		expect(defaultMinN('rapportcijfer', 'ervaring')).toBe(30);
		expect(defaultMinN('procent', 'context')).toBe(5);
		expect(defaultMinN('aantal', 'output')).toBe(5);
		const rows = ok(parse(demoCsv)).rows;
		for (const r of rows) expect(r.indicator.minN).toBe(defaultMinN(r.indicator.unit, r.indicator.kind));
	});
});

describe('parseCatalogueCsv: file shapes', () => {
	it('accepts a BOM, CRLF, a header in upper case with spaces, and trailing empty rows', () => {
		const text = `\uFEFF CODE ; Naam ;THEMA;Eenheid;FREQUENTIE;bron;soort;richting;aanleverder;Definitie ; Minimum N \r\n${GOOD};12\r\n\r\n;;;\r\n\r\n`;
		const result = ok(parse(text));
		expect(result.rows).toHaveLength(1);
		expect(result.rows[0]!.indicator.minN).toBe(12);
	});
	it('accepts a , separated file and theme codes', () => {
		const text = `${HEADER.replaceAll(';', ',')},streefwaarde\n${GOOD.replaceAll(';', ',').replace('Meedoen en ontmoeten', 'MEEDOEN')},"7,5"\n`;
		const result = ok(parse(text));
		expect(result.rows[0]!.indicator).toMatchObject({ themeCode: 'meedoen', targetValue: 7.5 });
	});
	it('reads Windows-1252 bytes and UTF-8 bytes through decodeText', () => {
		const latin = Uint8Array.from([0xc9, 0xe9, ...new TextEncoder().encode('ndrachtstraat')]);
		expect(decodeText(latin)).toBe('Ééndrachtstraat');
		expect(decodeText(new TextEncoder().encode('Ééndrachtstraat € 5'))).toBe('Ééndrachtstraat € 5');
		const file = Uint8Array.from([...new TextEncoder().encode(`${HEADER}\nABC;`), 0xc9, 0xe9, ...new TextEncoder().encode('ndracht;Context;aantal;jaar;CBS;context;neutraal;gemeente;Telt')]);
		expect(ok(parse(decodeText(file))).rows[0]!.indicator.name).toBe('Ééndracht');
	});
	it('gives a notice for an unknown extra column and does not use it', () => {
		const result = ok(parse(`${HEADER};opmerking\n${GOOD};iets\n`));
		expect(result.notices).toEqual(['De kolom "opmerking" kennen we niet. Die kolom is niet gebruikt.']);
	});
	it('keeps HTML as text and reads back formula apostrophes', () => {
		const row = ok(parse(`${HEADER}\nABC;<b>Naam</b><script>x</script>;Context;aantal;jaar;CBS;context;neutraal;gemeente;"'-1 telt niet; ""'=x"" ook niet"\n`)).rows[0]!;
		expect(row.indicator.name).toBe('<b>Naam</b><script>x</script>');
		expect(row.definition).toBe('-1 telt niet; "\'=x" ook niet');
	});
	it('numbers lines by where a row starts, also after a quoted cell with line breaks', () => {
		const text = `${HEADER}\r\n${GOOD.replace('Wat telt', '"Regel een\r\nregel twee\r\nregel drie"')}\r\nXYZ;Naam;Onbekend;aantal;kwartaal;b;output;neutraal;organisatie;d\r\n\r\nQQ;;Context;kilo;kwartaal;b;output;neutraal;organisatie;d\r\n`;
		expect(problems(parse(text)).map((p) => [p.line, p.code])).toEqual([
			[5, 'thema-onbekend'],
			[7, 'naam-leeg'],
			[7, 'eenheid-onbekend']
		]);
		const good = ok(parse(`${HEADER}\n${GOOD.replace('Wat telt', '"a\nb"')}\n${GOOD.replace('ABC', 'DEF')}\n`));
		expect(good.rows.map((r) => r.line)).toEqual([2, 4]);
		expect(good.rows[0]!.definition).toBe('a\nb');
	});
});

describe('parseCatalogueCsv: problems', () => {
	it('leeg-bestand for an empty file and a header only', () => {
		expect(problems(parse('')).map((p) => p.code)).toEqual(['leeg-bestand']);
		expect(problems(parse('\uFEFF \r\n')).map((p) => p.code)).toEqual(['leeg-bestand']);
		expect(problems(parse(`${HEADER}\r\n;;\r\n`)).map((p) => p.code)).toEqual(['leeg-bestand']);
	});
	it('kolom-ontbreekt names each missing column on line 1', () => {
		const list = problems(parse('code;naam;eenheid\nA;b;c\n'));
		expect(problems(parse('\r\ncode,naam\n')).every((p) => p.line === 2 && p.code === 'kolom-ontbreekt')).toBe(true);
		expect(list.map((p) => [p.line, p.column, p.code])).toEqual(
			['thema', 'frequentie', 'bron', 'soort', 'richting', 'aanleverder', 'definitie'].map((c) => [1, c, 'kolom-ontbreekt'])
		);
	});
	it('kolom-dubbel for a column twice', () => {
		expect(problems(parse(`${HEADER};Code\n${GOOD};ABC\n`)).map((p) => p.code)).toEqual(['kolom-dubbel']);
	});
	it('code-ongeldig, after trimming and upper case', () => {
		expect(ok(parse(`${HEADER}\n${GOOD.replace('ABC', ' abc_1 ')}\n`)).rows[0]!.indicator.code).toBe('ABC_1');
		for (const bad of ['A', 'AB C', 'ÄBC', '', 'X'.repeat(41)]) {
			expect(problemOf(GOOD.replace('ABC', bad))).toEqual([{ line: 2, column: 'code', code: 'code-ongeldig' }]);
		}
		expect(problems(parse(`${HEADER}\n${GOOD.replace('ABC', 'AB C')}\n`))[0]!.message).toContain('"AB C"');
	});
	it('code-dubbel names both lines', () => {
		const list = problems(parse(`${HEADER}\n${GOOD}\n${GOOD.replace('ABC', 'DEF')}\n${GOOD.replace('ABC', 'abc')}\n`));
		expect(list.map((p) => [p.line, p.code])).toEqual([[4, 'code-dubbel']]);
		expect(list[0]!.message).toContain('regel 2 en op regel 4');
	});
	it.each([
		['Meedoen en ontmoeten', 'Sport', 'thema', 'thema-onbekend'],
		[';aantal;', ';kilo;', 'eenheid', 'eenheid-onbekend'],
		[';kwartaal;', ';maandelijks;', 'frequentie', 'frequentie-onbekend'],
		[';output;', ';input;', 'soort', 'soort-onbekend'],
		[';neutraal;', ';omhoog;', 'richting', 'richting-onbekend'],
		[';organisatie;', ';provincie;', 'aanleverder', 'aanleverder-onbekend'],
		['Een naam', ' ', 'naam', 'naam-leeg'],
		['Wat telt', '', 'definitie', 'definitie-leeg'],
		[';registratie;', ';;', 'bron', 'bron-leeg']
	])('%s → %s gives %s', (from, to, column, code) => {
		expect(problemOf(GOOD.replace(from, to))).toEqual([{ line: 2, column, code }]);
	});
	it('lists the allowed values of a word list and accepts other casing', () => {
		expect(problems(parse(`${HEADER}\n${GOOD.replace(';aantal;', ';kilo;')}\n`))[0]!.message).toBe(
			'De eenheid "kilo" kennen we niet. Kies een van deze: aantal, procent, rapportcijfer, per 1.000 inwoners, per 1.000 huishoudens, euro, uren.'
		);
		expect(ok(parse(`${HEADER}\n${GOOD.replace(';aantal;kwartaal;', '; Per 1.000  Inwoners ;KWARTAAL;')}\n`)).rows[0]!.indicator).toMatchObject({
			unit: 'per 1.000 inwoners',
			frequency: 'kwartaal'
		});
	});
	it('getal-ongeldig for minimum_n and streefwaarde', () => {
		const header = `${HEADER};minimum_n;streefwaarde`;
		for (const [n, target, column] of [['0', '', 'minimum_n'], ['2,5', '', 'minimum_n'], ['veel', '', 'minimum_n'], ['', '7,5%', 'streefwaarde'], ['', '1.000,5', 'streefwaarde']]) {
			expect(problemOf(`${GOOD};${n};${target}`, header)).toEqual([{ line: 2, column, code: 'getal-ongeldig' }]);
		}
		const row = ok(parse(`${header}\n${GOOD};10;-0.25\n`)).rows[0]!;
		expect(row.indicator).toMatchObject({ minN: 10, targetValue: -0.25 });
	});
	it('periode-ongeldig and periode-volgorde for the validity and definition periods', () => {
		const header = `${HEADER};geldig_vanaf;geldig_tot;definitie_vanaf`;
		expect(problemOf(`${GOOD};2024-Q5;2024;`, header)).toEqual([{ line: 2, column: 'geldig_vanaf', code: 'periode-ongeldig' }]);
		expect(problemOf(`${GOOD};;ooit;`, header)).toEqual([{ line: 2, column: 'geldig_tot', code: 'periode-ongeldig' }]);
		expect(problemOf(`${GOOD};;;2024-H3`, header)).toEqual([{ line: 2, column: 'definitie_vanaf', code: 'periode-ongeldig' }]);
		expect(problemOf(`${GOOD};2025;2024-Q4;`, header)).toEqual([{ line: 2, column: 'geldig_tot', code: 'periode-volgorde' }]);
		const row = ok(parse(`${header}\n${GOOD};q1 2024;2024 h2;2024k2\n`)).rows[0]!;
		expect(row.indicator).toMatchObject({ validFrom: '2024-Q1', validTo: '2024-H2' });
		expect(row.definitionValidFrom).toBe('2024-Q2');
	});
	it('tekst-te-lang for long texts', () => {
		expect(problemOf(GOOD.replace('Een naam', 'n'.repeat(201)))).toEqual([{ line: 2, column: 'naam', code: 'tekst-te-lang' }]);
		expect(problemOf(GOOD.replace('Wat telt', 'd'.repeat(2001)))).toEqual([{ line: 2, column: 'definitie', code: 'tekst-te-lang' }]);
		expect(problemOf(GOOD.replace(';registratie;', `;${'b'.repeat(501)};`))).toEqual([{ line: 2, column: 'bron', code: 'tekst-te-lang' }]);
		expect(ok(parse(`${HEADER}\n${GOOD.replace('Wat telt', 'd'.repeat(2000))}\n`)).rows).toHaveLength(1);
	});
	it('te-veel-cellen and csv-ongeldig', () => {
		expect(problemOf(`${GOOD};extra`)).toEqual([{ line: 2, column: null, code: 'te-veel-cellen' }]);
		expect(problemOf(GOOD.replace('Wat telt', '"Wat telt'))).toEqual([{ line: 2, column: null, code: 'csv-ongeldig' }]);
	});
	it('reports all problems of all rows at once, in file order', () => {
		const text = [
			HEADER,
			GOOD,
			'bad code;;Sport;kilo;kwartaal;b;output;neutraal;organisatie;d',
			GOOD.replace(';output;neutraal;', ';input;omhoog;'),
			GOOD.replace('ABC', 'DEF')
		].join('\n');
		const list = problems(parse(text));
		expect(list.map((p) => [p.line, p.column, p.code])).toEqual([
			[3, 'code', 'code-ongeldig'],
			[3, 'naam', 'naam-leeg'],
			[3, 'thema', 'thema-onbekend'],
			[3, 'eenheid', 'eenheid-onbekend'],
			[4, 'soort', 'soort-onbekend'],
			[4, 'richting', 'richting-onbekend'],
			[4, 'code', 'code-dubbel']
		]);
		expect(describeProblem(list[3]!)).toMatch(/^Regel 3, kolom eenheid: De eenheid "kilo"/);
	});
});

describe('parseCatalogueCsv: against the current catalogue', () => {
	const first = ok(parse(`${HEADER}\n${GOOD}\n${GOOD.replace('ABC', 'OLD')}\n`)).rows;
	const current = toStore(first);
	current[0]!.definitions = [
		{ validFrom: '2023-Q1', definition: 'Oud', changeNote: null },
		{ validFrom: '2024-Q1', definition: 'Wat telt', changeNote: 'Nieuw' }
	];
	const header = `${HEADER};definitie_vanaf;wijziging`;

	it('sorts codes into added, changed, definitionChanged, unchanged and absent', () => {
		const text = [
			`${HEADER};definitie_vanaf;wijziging;streefwaarde`,
			`${GOOD};;;`,
			`${GOOD.replace('ABC', 'NEW')};2025-Q1;;`
		].join('\n');
		expect(ok(parse(text, current)).changes).toEqual({ added: ['NEW'], changed: [], definitionChanged: [], unchanged: ['ABC'], absent: ['OLD'] });
		const edited = [`${HEADER};definitie_vanaf;wijziging;streefwaarde`, `${GOOD.replace('Wat telt', 'Anders')};2025-Q1;Reden;`, `${GOOD.replace('ABC', 'OLD')};;;3`].join('\n');
		const result = ok(parse(edited, current));
		expect(result.changes).toEqual({ added: [], changed: ['OLD'], definitionChanged: ['ABC'], unchanged: [], absent: [] });
		expect(result.rows[0]).toMatchObject({ definition: 'Anders', definitionValidFrom: '2025-Q1', changeNote: 'Reden' });
	});
	it('treats whitespace differences in a definition as unchanged and keeps the current version', () => {
		const result = ok(parse(`${header}\n${GOOD.replace('Wat telt', ' Wat   telt ')};;\n`, current));
		expect(result.changes.unchanged).toEqual(['ABC']);
		expect(result.rows[0]).toMatchObject({ definition: 'Wat telt', definitionValidFrom: '2024-Q1', changeNote: 'Nieuw' });
		expect(result.notices).toEqual([]);
	});
	it('gives a notice when definitie_vanaf or wijziging is given for an unchanged definition', () => {
		const result = ok(parse(`${header}\n${GOOD};2026;Iets\n`, current));
		expect(result.changes.unchanged).toEqual(['ABC']);
		expect(result.notices).toHaveLength(1);
		expect(result.rows[0]).toMatchObject({ definitionValidFrom: '2024-Q1', changeNote: 'Nieuw' });
	});
	it('definitie-zonder-vanaf and definitie-vanaf-te-vroeg for a changed definition', () => {
		const changed = GOOD.replace('Wat telt', 'Anders');
		expect(problems(parse(`${header}\n${changed};;\n`, current)).map((p) => [p.line, p.column, p.code])).toEqual([[2, 'definitie_vanaf', 'definitie-zonder-vanaf']]);
		for (const early of ['2024-Q1', '2023', '2024-H1', '2024']) {
			expect(problems(parse(`${header}\n${changed};${early};\n`, current)).map((p) => p.code)).toEqual(['definitie-vanaf-te-vroeg']);
		}
		expect(ok(parse(`${header}\n${changed};2024-Q2;\n`, current)).changes.definitionChanged).toEqual(['ABC']);
	});
	it('a new code takes definitie_vanaf when given, else null', () => {
		const rows = ok(parse(`${header}\n${GOOD};2024-Q3;Start\n${GOOD.replace('ABC', 'DEF')};;\n`)).rows;
		expect(rows.map((r) => [r.definitionValidFrom, r.changeNote])).toEqual([
			['2024-Q3', 'Start'],
			[null, null]
		]);
	});
});

describe('catalogueToCsv', () => {
	it('writes all columns in a fixed order with our CSV convention', () => {
		const store = toStore(ok(parse(`${HEADER}\n${GOOD}\n`)).rows);
		store[0]!.targetValue = 62.5;
		const csv = catalogueToCsv(themes, store);
		expect(csv).toBe(
			'\uFEFFcode;naam;thema;eenheid;frequentie;bron;soort;richting;aanleverder;definitie;definitie_vanaf;wijziging;minimum_n;streefwaarde;toelichting_streefwaarde;geldig_vanaf;geldig_tot\r\n' +
				'ABC;Een naam;Meedoen en ontmoeten;aantal;kwartaal;registratie;output;neutraal;organisatie;Wat telt;2023-Q1;;5;62,5;;;\r\n'
		);
	});
	it('round trips the demo catalogue with every field, definition versions and formula texts', () => {
		const store = toStore(ok(parse(demoCsv)).rows);
		Object.assign(store[0]!, { targetValue: 62.75, targetNote: '=Streven van het college; "ambitieus"', minN: 10, validFrom: '2023-Q1', validTo: '2026-H2' });
		store[0]!.definitions = [
			{ validFrom: '2023-Q1', definition: 'Oude telling', changeNote: null },
			{ validFrom: '2024-Q1', definition: store[0]!.definition, changeNote: 'Vanaf 2024 telt een inwoner één keer.\nDe cijfers zijn lager.' }
		];
		Object.assign(store[1]!, { definition: '-1 per inwoner; <script>alert(1)</script>', targetValue: -3 });
		store[1]!.definitions = [{ validFrom: '2022', definition: store[1]!.definition, changeNote: '+ extra uitleg' }];
		Object.assign(store[2]!, { name: '@thuis bereikt', source: '=SOM(A1)', validTo: '2025' });
		Object.assign(store[3]!, { targetValue: 0.1 + 0.2, minN: 1 });
		Object.assign(store[4]!, { targetValue: 1.5e-7, targetNote: 'Heel klein' });

		const csv = catalogueToCsv(themes, store);
		expect(csv).toContain(';"\'-1 per inwoner; <script>');
		const current: CurrentIndicator[] = store;
		const result = ok(parse(csv, current));
		expect(result.notices).toEqual([]);
		expect(result.changes).toEqual({ added: [], changed: [], definitionChanged: [], unchanged: store.map((s) => s.code), absent: [] });
		expect(result.rows).toHaveLength(32);
		result.rows.forEach((row, i) => {
			const { position: _position, definition, definitions, ...indicator } = store[i]!;
			const version = definitions[definitions.length - 1]!;
			expect(row.line).toBe(i + 2 + (i > 0 ? 1 : 0));
			expect(row.indicator).toEqual(indicator);
			expect(row.definition).toBe(definition);
			expect([row.definitionValidFrom, row.changeNote]).toEqual([version.validFrom, version.changeNote]);
		});
		// Also without the current state: the file alone gives the same rows.
		const fresh = ok(parse(csv));
		expect(fresh.rows.map((r) => ({ ...r, line: 0 }))).toEqual(result.rows.map((r) => ({ ...r, line: 0 })));
	});
});
