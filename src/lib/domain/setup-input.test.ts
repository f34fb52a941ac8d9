import { describe, expect, it } from 'vitest';
import { parsePopulation, themeCodeFrom, validateAssignment, validateOrganisation, validateTheme } from './setup-input';

describe('setup forms', () => {
	it('makes a theme code from its name', () => {
		expect(themeCodeFrom('Veiligheid & leefbaarheid')).toBe('veiligheid-leefbaarheid');
		expect(themeCodeFrom('Één thema')).toBe('een-thema');
		expect(themeCodeFrom('***')).toBe('thema');
	});

	it('reports every missing or too long field at once', () => {
		expect(validateTheme({ naam: ' ', doel: '' })).toEqual({
			ok: false,
			issues: [
				{ field: 'naam', message: 'Vul de naam van het thema in.' },
				{ field: 'doel', message: 'Vul het maatschappelijk doel in.' }
			]
		});
		expect(validateOrganisation({ naam: 'x'.repeat(121), soort: 'bedrijf' })).toMatchObject({ ok: false, issues: [{ field: 'naam' }, { field: 'soort' }] });
		expect(validateOrganisation({ naam: ' Buurtwerk ', soort: 'overig' })).toEqual({ ok: true, value: { name: 'Buurtwerk', type: 'overig' } });
	});

	it('checks an assignment against what may be chosen and normalises its period', () => {
		const known = { indicators: new Set(['DEELN']), areas: new Set(['WK000101']) };
		expect(validateAssignment({ indicators: ['DEELN', 'DEELN'], areas: ['WK000101'], from: 'K1 2026' }, known)).toEqual({ ok: true, value: { indicators: ['DEELN'], areas: ['WK000101'], validFrom: '2026-Q1' } });
		expect(validateAssignment({ indicators: ['X'], areas: [], from: '' }, known)).toMatchObject({ ok: false, issues: [{ field: 'indicator' }, { field: 'gebied' }] });
	});

	it('reads inhabitants as typed', () => {
		expect(parsePopulation('12.500')).toEqual({ ok: true, value: 12500 });
		expect(parsePopulation(' ')).toEqual({ ok: true, value: null });
		expect(parsePopulation('-5')).toMatchObject({ ok: false });
		expect(parsePopulation('12,5')).toMatchObject({ ok: false });
	});
});
