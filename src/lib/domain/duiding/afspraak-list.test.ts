import { describe, expect, it } from 'vitest';
import { toCsv } from '../csv';
import { afspraakAreaNames, buildAfspraakRows, byFollowUp, countByStatus, parseAfspraakFilter, toFilterQuery, type ListedAfspraak, type Names } from './afspraak-list';
import { buildNoteRows, type ExportedNote } from './note-export';

const names: Names = {
	areas: new Map([
		['GM0546', 'Leiden (hele gemeente)'],
		['WK054603', 'Leiden-Noord'],
		['WK054606', 'Merenwijk']
	]),
	themes: new Map([['bestaanszekerheid', 'Bestaanszekerheid']]),
	indicators: new Map([['VRAGEN_GELD', 'Vragen over geld']])
};

function afspraak(overrides: Partial<ListedAfspraak> = {}): ListedAfspraak {
	return {
		id: 'a1',
		body: 'Laten zien hoeveel geldvragen van nieuwe huishoudens komen.',
		owner: 'informatiemanager, Sleutelstad',
		indicatorCode: 'VRAGEN_GELD',
		areaCode: null,
		visibility: 'partners',
		revision: 0,
		status: 'open',
		deadline: '2026-01-15',
		closedAt: null,
		sessionId: 's1',
		sessionTitle: 'Duidingssessie Leiden-Noord, K2 2025',
		sessionHeldOn: '2025-09-18',
		sessionThemeCode: 'bestaanszekerheid',
		sessionAreaCodes: ['WK054603', 'WK054606'],
		...overrides
	};
}

describe('buildAfspraakRows', () => {
	it('writes a header and one row per afspraak with names, the session and whether it is overdue', () => {
		expect(buildAfspraakRows([afspraak(), afspraak({ id: 'a2', status: 'afgerond', areaCode: 'WK054606', indicatorCode: null, sessionThemeCode: null, deadline: null })], names, '2026-11-30')).toEqual([
			['afspraak', 'eigenaar', 'wijk', 'thema', 'cijfer', 'sessie', 'datum sessie', 'deadline', 'status', 'te laat', 'zichtbaar voor'],
			['Laten zien hoeveel geldvragen van nieuwe huishoudens komen.', 'informatiemanager, Sleutelstad', 'Leiden-Noord, Merenwijk', 'Bestaanszekerheid', 'Vragen over geld', 'Duidingssessie Leiden-Noord, K2 2025', '2025-09-18', '2026-01-15', 'open', 'ja', 'partners'],
			['Laten zien hoeveel geldvragen van nieuwe huishoudens komen.', 'informatiemanager, Sleutelstad', 'Merenwijk', null, null, 'Duidingssessie Leiden-Noord, K2 2025', '2025-09-18', null, 'afgerond', 'nee', 'partners']
		]);
	});

	it('is overdue only from the day after the deadline, and never once closed', () => {
		const late = (a: ListedAfspraak, today: string) => buildAfspraakRows([a], names, today)[1]?.[9];
		expect(late(afspraak(), '2026-01-15')).toBe('nee');
		expect(late(afspraak(), '2026-01-16')).toBe('ja');
		expect(late(afspraak({ status: 'loopt' }), '2026-01-16')).toBe('ja');
		expect(late(afspraak({ status: 'vervallen' }), '2026-01-16')).toBe('nee');
	});

	it('leaves formulas in typed text harmless in the CSV', () => {
		const csv = toCsv(buildAfspraakRows([afspraak({ body: '=HYPERLINK("http://x")', owner: '+31 71 000' })], names, '2026-11-30'));
		expect(csv.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)";'\+31 71 000;/);
	});
});

describe('the filters of /acties', () => {
	it('reads known values from the URL and drops the rest', () => {
		expect(parseAfspraakFilter(new URLSearchParams('eigenaar=wijkmanager&wijk=WK054603&thema=&status=te+laat'))).toEqual({ owner: 'wijkmanager', area: 'WK054603', theme: undefined, status: 'te laat' });
		expect(parseAfspraakFilter(new URLSearchParams('status=klaar')).status).toBeUndefined();
	});
	it('writes them back as the same query, so the CSV link keeps them', () => {
		const query = toFilterQuery({ owner: 'jongerenwerker, Jong & Samen', status: 'te laat' });
		expect(query).toBe('eigenaar=jongerenwerker%2C+Jong+%26+Samen&status=te+laat');
		expect(parseAfspraakFilter(new URLSearchParams(query))).toEqual({ owner: 'jongerenwerker, Jong & Samen', area: undefined, theme: undefined, status: 'te laat' });
		expect(toFilterQuery({})).toBe('');
	});
	it('counts each status and the overdue ones among them', () => {
		expect(countByStatus([afspraak(), afspraak({ status: 'loopt', deadline: '2027-01-01' }), afspraak({ status: 'afgerond' })], '2026-11-30')).toEqual({ open: 1, loopt: 1, afgerond: 1, vervallen: 0, 'te laat': 1 });
	});
	it('puts what is still to be done first, by deadline, and closed ones after, newest session first', () => {
		const list = [
			afspraak({ id: 'closed-old', status: 'afgerond', sessionHeldOn: '2024-01-01' }),
			afspraak({ id: 'no-deadline', deadline: null }),
			afspraak({ id: 'closed-new', status: 'vervallen', sessionHeldOn: '2025-01-01' }),
			afspraak({ id: 'later', status: 'loopt', deadline: '2027-01-01' }),
			afspraak({ id: 'overdue', deadline: '2026-01-15' })
		];
		expect([...list].sort(byFollowUp).map((a) => a.id)).toEqual(['overdue', 'later', 'no-deadline', 'closed-new', 'closed-old']);
	});
	it('names the afspraak’s own wijk before its session’s, and an unknown code as it is', () => {
		expect(afspraakAreaNames({ areaCode: 'WK054603', sessionAreaCodes: ['WK054606'] }, names.areas)).toEqual(['Leiden-Noord']);
		expect(afspraakAreaNames({ areaCode: null, sessionAreaCodes: ['WK054699'] }, names.areas)).toEqual(['WK054699']);
	});
});

describe('buildNoteRows', () => {
	const note = (overrides: Partial<ExportedNote> = {}): ExportedNote => ({
		number: 2,
		indicatorCode: 'VRAGEN_GELD',
		areaCode: 'WK054603',
		periodFrom: '2025-Q1',
		periodTo: '2025-Q3',
		kind: 'context',
		body: 'De energiekosten stegen.',
		authorRole: 'opbouwwerker',
		authorOrganisationName: 'Buurtkracht',
		visibility: 'openbaar',
		sessionTitle: 'Duidingssessie Leiden-Noord, K2 2025',
		sessionHeldOn: '2025-09-18',
		...overrides
	});

	it('writes indicator, wijk, number, periods, kind, text, speaker and session, newest session first, then by number', () => {
		const rows = buildNoteRows(
			[note(), note({ number: 1, periodFrom: '2025', periodTo: '2025', kind: 'tegenspraak', areaCode: 'GM0546', authorOrganisationName: null }), note({ number: 1, sessionTitle: 'Later', sessionHeldOn: '2025-11-06' }), note({ number: 1, sessionTitle: null, sessionHeldOn: null })],
			names
		);
		expect(rows).toEqual([
			['indicator', 'wijk', 'nummer', 'periode', 'soort', 'notitie', 'rol spreker', 'organisatie spreker', 'sessie', 'datum sessie', 'zichtbaar voor'],
			['Vragen over geld', 'Leiden-Noord', 1, '1e kwartaal 2025 t/m 3e kwartaal 2025', 'context of externe factor', 'De energiekosten stegen.', 'opbouwwerker', 'Buurtkracht', 'Later', '2025-11-06', 'openbaar'],
			['Vragen over geld', 'Leiden (hele gemeente)', 1, '2025', 'tegenspraak', 'De energiekosten stegen.', 'opbouwwerker', null, 'Duidingssessie Leiden-Noord, K2 2025', '2025-09-18', 'openbaar'],
			['Vragen over geld', 'Leiden-Noord', 2, '1e kwartaal 2025 t/m 3e kwartaal 2025', 'context of externe factor', 'De energiekosten stegen.', 'opbouwwerker', 'Buurtkracht', 'Duidingssessie Leiden-Noord, K2 2025', '2025-09-18', 'openbaar'],
			['Vragen over geld', 'Leiden-Noord', 1, '1e kwartaal 2025 t/m 3e kwartaal 2025', 'context of externe factor', 'De energiekosten stegen.', 'opbouwwerker', 'Buurtkracht', null, null, 'openbaar']
		]);
	});

	it('neutralises a formula in a note once written as CSV', () => {
		expect(toCsv(buildNoteRows([note({ body: '@SUM(A1)' })], names))).toContain(";'@SUM(A1);");
	});
});
