import { describe, expect, it } from 'vitest';
import { ASSUMED_MARK_SD, compareSurvey, isSurvey, MIN_N_FOR_MARGIN, surveyMargin, t975, wilsonInterval } from './margin';

describe('isSurvey', () => {
	it('knows survey sources and experience figures, not registrations', () => {
		expect(isSurvey({ source: 'Stads- en wijkenquête', kind: 'outcome' })).toBe(true);
		expect(isSurvey({ source: 'Gezondheidsmonitor', kind: 'outcome' })).toBe(true);
		expect(isSurvey({ source: 'cliëntervaringsonderzoek Wmo', kind: 'ervaring' })).toBe(true);
		expect(isSurvey({ source: 'korte enquête onder deelnemers', kind: 'ervaring' })).toBe(true);
		expect(isSurvey({ source: 'registratie welzijnsorganisatie', kind: 'output' })).toBe(false);
		expect(isSurvey({ source: 'Gemeentelijke Monitor Sociaal Domein', kind: 'context' })).toBe(true);
	});
});

describe('wilsonInterval', () => {
	it('matches the textbook values', () => {
		// 44% of 300: Wilson 38.5–49.7 (checked against R's prop.test without continuity correction).
		const { low, high } = wilsonInterval(44, 300);
		expect(low).toBeCloseTo(38.49, 1);
		expect(high).toBeCloseTo(49.66, 1);
	});
	it('stays within 0–100 and is not empty at 0%', () => {
		const { low, high } = wilsonInterval(0, 20);
		expect(low).toBe(0);
		expect(high).toBeGreaterThan(10);
		expect(wilsonInterval(100, 20).high).toBe(100);
	});
});

describe('t975', () => {
	it('approximates Student’s t closely', () => {
		expect(t975(9)).toBeCloseTo(2.262, 2);
		expect(t975(29)).toBeCloseTo(2.045, 2);
		expect(t975(1000)).toBeCloseTo(1.962, 2);
	});
});

describe('surveyMargin', () => {
	it('gives none below the minimum n, without n, or for units without a rule', () => {
		expect(surveyMargin(44, MIN_N_FOR_MARGIN - 1, 'procent')).toBeNull();
		expect(surveyMargin(44, null, 'procent')).toBeNull();
		expect(surveyMargin(null, 300, 'procent')).toBeNull();
		expect(surveyMargin(120, 300, 'aantal')).toBeNull();
	});
	it('narrows as n grows', () => {
		const small = surveyMargin(44, 100, 'procent')!;
		const large = surveyMargin(44, 1000, 'procent')!;
		expect(small.high - small.low).toBeGreaterThan(large.high - large.low);
	});
	it('gives a report mark mean ± t × s/√n with the assumed standard deviation', () => {
		const m = surveyMargin(7.6, 25, 'rapportcijfer')!;
		const half = t975(24) * (ASSUMED_MARK_SD / 5);
		expect(m.low).toBeCloseTo(7.6 - half, 6);
		expect(m.high).toBeCloseTo(7.6 + half, 6);
		expect(half).toBeCloseTo(0.62, 2);
	});
});

describe('compareSurvey', () => {
	it('calls a 2-point difference between two wijken of 300 respondents unclear', () => {
		expect(compareSurvey({ value: 46, n: 300 }, { value: 44, n: 300 }, 'procent')).toBe('geen duidelijk verschil');
	});
	it('calls a large difference hoger or lager', () => {
		expect(compareSurvey({ value: 56, n: 400 }, { value: 44, n: 400 }, 'procent')).toBe('hoger');
		expect(compareSurvey({ value: 30, n: 400 }, { value: 44, n: 4000 }, 'procent')).toBe('lager');
	});
	it('says nothing when either figure has no margin', () => {
		expect(compareSurvey({ value: 56, n: 5 }, { value: 44, n: 400 }, 'procent')).toBeNull();
		expect(compareSurvey({ value: 56, n: null }, { value: 44, n: 400 }, 'procent')).toBeNull();
	});
});
