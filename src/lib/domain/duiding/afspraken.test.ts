import { describe, expect, it } from 'vitest';
import { carriedInto, filterAfspraken, isOverdue, type AfspraakFacts } from './afspraken';

const afspraak = (over: Partial<AfspraakFacts & { id: string; owner: string; areaCode: string | null }>) => ({
	id: 'a',
	owner: 'opbouwwerker',
	areaCode: null,
	status: 'open' as const,
	deadline: '2026-03-01',
	closedAt: null,
	sessionId: 's1',
	sessionHeldOn: '2025-09-18',
	sessionThemeCode: null,
	sessionAreaCodes: ['WK01'],
	...over
});

const next = { id: 's2', heldOn: '2026-01-22', areaCodes: ['WK01'], themeCode: null };

describe('afspraken carried into the next session', () => {
	it('brings back open and running afspraken about the same wijk', () => {
		const list = [afspraak({ id: 'open' }), afspraak({ id: 'loopt', status: 'loopt' })];
		expect(carriedInto(next, list).map((a) => a.id)).toEqual(['open', 'loopt']);
	});

	it('brings back afspraken about the same theme, from sessions about other wijken', () => {
		const themed = afspraak({ id: 'thema', sessionAreaCodes: ['WK09'], sessionThemeCode: 'gezondheid' });
		expect(carriedInto({ ...next, themeCode: 'gezondheid' }, [themed]).map((a) => a.id)).toEqual(['thema']);
		expect(carriedInto(next, [themed])).toEqual([]);
	});

	it('leaves out what was done or dropped before the session, keeps what was closed at or after it', () => {
		const doneBefore = afspraak({ id: 'klaar', status: 'afgerond', closedAt: '2025-12-01T10:00:00Z' });
		const doneThen = afspraak({ id: 'toen', status: 'afgerond', closedAt: '2026-01-22T15:00:00Z' });
		const dropped = afspraak({ id: 'vervallen', status: 'vervallen', closedAt: '2025-10-01T10:00:00Z' });
		expect(carriedInto(next, [doneBefore, doneThen, dropped]).map((a) => a.id)).toEqual(['toen']);
	});

	it('keeps what was closed during a session held before its planned date', () => {
		const closedToday = afspraak({ id: 'vandaag', status: 'afgerond', closedAt: '2026-01-10T10:00:00Z' });
		expect(carriedInto(next, [closedToday])).toEqual([]);
		expect(carriedInto({ ...next, startedAt: '2026-01-10T09:00:00Z' }, [closedToday]).map((a) => a.id)).toEqual(['vandaag']);
	});

	it('never brings back the session’s own afspraken, or those of a later session', () => {
		expect(carriedInto(next, [afspraak({ id: 'eigen', sessionId: 's2', sessionHeldOn: '2026-01-22' })])).toEqual([]);
		expect(carriedInto(next, [afspraak({ id: 'later', sessionId: 's3', sessionHeldOn: '2026-05-01' })])).toEqual([]);
	});

	it('keeps coming back until done: an open afspraak returns at every later session', () => {
		const old = afspraak({ id: 'oud', sessionHeldOn: '2024-01-10' });
		expect(carriedInto(next, [old]).map((a) => a.id)).toEqual(['oud']);
		expect(carriedInto({ ...next, id: 's9', heldOn: '2027-06-01' }, [old]).map((a) => a.id)).toEqual(['oud']);
	});

	it('orders by deadline, those without one last', () => {
		const list = [afspraak({ id: 'geen', deadline: null }), afspraak({ id: 'laat', deadline: '2026-06-01' }), afspraak({ id: 'vroeg', deadline: '2025-12-01' })];
		expect(carriedInto(next, list).map((a) => a.id)).toEqual(['vroeg', 'laat', 'geen']);
	});
});

describe('overdue and filters', () => {
	it('marks open afspraken past their deadline as overdue, not closed ones', () => {
		expect(isOverdue({ status: 'open', deadline: '2026-01-15' }, '2026-11-30')).toBe(true);
		expect(isOverdue({ status: 'loopt', deadline: '2026-11-30' }, '2026-11-30')).toBe(false);
		expect(isOverdue({ status: 'afgerond', deadline: '2026-01-15' }, '2026-11-30')).toBe(false);
		expect(isOverdue({ status: 'open', deadline: null }, '2026-11-30')).toBe(false);
	});

	it('filters on owner, wijk, theme and status (te laat included)', () => {
		const list = [
			afspraak({ id: '1', owner: 'wijkmanager', deadline: '2026-01-01' }),
			afspraak({ id: '2', owner: 'opbouwwerker', status: 'afgerond', sessionAreaCodes: ['WK02'] }),
			afspraak({ id: '3', owner: 'opbouwwerker', sessionThemeCode: 'meedoen', deadline: '2027-01-01' })
		];
		expect(filterAfspraken(list, { owner: 'opbouwwerker' }, '2026-11-30').map((a) => a.id)).toEqual(['2', '3']);
		expect(filterAfspraken(list, { area: 'WK02' }, '2026-11-30').map((a) => a.id)).toEqual(['2']);
		expect(filterAfspraken(list, { theme: 'meedoen' }, '2026-11-30').map((a) => a.id)).toEqual(['3']);
		expect(filterAfspraken(list, { status: 'te laat' }, '2026-11-30').map((a) => a.id)).toEqual(['1']);
		expect(filterAfspraken(list, { status: 'afgerond' }, '2026-11-30').map((a) => a.id)).toEqual(['2']);
	});
});
