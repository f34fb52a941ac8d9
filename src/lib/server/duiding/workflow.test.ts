// A duidingssessie through its steps, on both stores: prepared, started (recording the publication and the
// figures as seen), notes pinned to a point and a range (one outside the data refused), a tegenspraak, a
// conclusion and an afspraak; nothing on the dashboard until published; a correction after the session
// shows both values; the afspraak comes back at the next session until done; conflicting edits are refused;
// note numbers and starts stay unique under concurrent requests; deleting needs confirmation and is logged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../../domain/roles';
import * as audit from '../db/audit';
import type { Db } from '../db/client';
import * as deliveries from '../db/deliveries';
import * as sessions from '../db/duiding-sessions';
import * as notes from '../db/notes';
import type { Scope } from '../db/scope';
import { publishDelivery, seedSmallGemeente, stores, testDb } from '../db/test-fixtures';
import * as users from '../db/users';
import * as publication from '../publish/publication';
import { figuresForArea } from '../publish/wijk-figures';
import * as areas from '../db/areas';
import * as afspraken from '../db/afspraken';
import { carriedAfspraken } from './prepare';
import { sessionView } from './session-view';
import * as workflow from './workflow';

const RAAD: Viewer = { audience: 'raad', organisationId: null };
const INTERN: Viewer = { audience: 'intern', organisationId: null };

describe.each(stores)('duidingssessies on %s', (store) => {
	let db: Db;
	let scope: Scope;
	let organisationId: string;
	let facilitator: workflow.Actor;
	let reader: workflow.Actor;

	async function deliver(period: string, values: Record<string, number>) {
		const id = await deliveries.createDraft(scope, {
			organisationId,
			period,
			measurements: Object.entries(values).map(([areaCode, value]) => ({ indicatorCode: 'DEELN', areaCode, period, value, toelichting: null }))
		});
		await publishDelivery(scope, id);
	}

	async function prepared(title = 'Sessie Noord', heldOn = '2025-10-01') {
		const created = await workflow.createSession(scope, facilitator, { titel: title, datum: heldOn, soort: 'duidingssessie', wijk: ['WK000101'], thema: '', deelnemer_rol: ['opbouwwerker'], deelnemer_organisatie: [organisationId], deelnemer_naam: [''] });
		if (!created.ok) throw new Error(created.message);
		const id = created.value;
		const agenda = await workflow.saveAgenda(scope, facilitator, id, 0, { agenda_figuur: ['DEELN|WK000101'], agenda_vraag: ['Waarom steeg dit?'] });
		expect(agenda).toMatchObject({ ok: true });
		return id;
	}

	const note = (over: Record<string, string> = {}) => ({ soort: 'verklaring', tekst: 'Een nieuwe groep is gestart.', rol: 'opbouwwerker', organisatie: organisationId, van: '2025-Q2', tot: '', zichtbaar: 'openbaar', ...over });

	beforeEach(async () => {
		db = await testDb(store, 12);
		scope = { db, gemeente: 'GM0001' };
		({ organisationId } = await seedSmallGemeente(scope));
		facilitator = { id: await users.create(scope, { name: 'Fien', email: 'fien@x.nl', role: 'facilitator', organisationId: null }), role: 'facilitator', organisationId: null };
		reader = { id: await users.create(scope, { name: 'Raad', email: 'raad@x.nl', role: 'lezer', organisationId: null }), role: 'lezer', organisationId: null };
		await deliver('2025-Q1', { WK000101: 40, WK000102: 30, GM0001: 70 });
		await deliver('2025-Q2', { WK000101: 60, WK000102: 30, GM0001: 90 });
	});
	afterEach(async () => db.destroy());

	it('runs a session: start records what it saw, notes are pinned, nothing reaches the dashboard until published', async () => {
		const id = await prepared();
		expect(await workflow.addNote(scope, facilitator, id, 0, note())).toMatchObject({ ok: false, message: expect.stringMatching(/Start de sessie/) });
		expect(await workflow.step(scope, facilitator, id, 1, 'start')).toMatchObject({ ok: true });
		const started = (await sessions.get(scope, id))!;
		expect(started.status).toBe('bezig');
		expect(started.publicationVersion).toBe(await publication.currentVersion(scope));
		expect(JSON.parse(started.agenda[0]!.seenRows!).raad.map((r: { period: string }) => r.period)).toEqual(['2025-Q1', '2025-Q2']);

		const point = await workflow.addNote(scope, facilitator, id, 0, note());
		expect(point).toMatchObject({ ok: true, value: { number: 1 } });
		const range = await workflow.addNote(scope, facilitator, id, 0, note({ van: '2025-Q2', tot: '2025-Q1', soort: 'context', tekst: 'Zomer en start.' }));
		expect(range).toMatchObject({ ok: true, value: { number: 2 } });
		const outside = await workflow.addNote(scope, facilitator, id, 0, note({ van: '2023-Q1' }));
		expect(outside).toMatchObject({ ok: false, issues: [{ field: 'van', message: expect.stringMatching(/geen gegevens voor 2023-Q1/) }] });
		const firstId = point.ok ? point.value.id : '';
		expect(await workflow.addNote(scope, facilitator, id, 0, note({ soort: 'tegenspraak', tekst: 'Op straat zie ik het anders.', antwoord_op: firstId }))).toMatchObject({ ok: true, value: { number: 3 } });
		expect(await workflow.addConclusion(scope, facilitator, id, 0, { tekst: 'De groei is echt.', zichtbaar: 'openbaar', over: 'figuur' })).toMatchObject({ ok: true });
		expect(await workflow.addAfspraak(scope, facilitator, id, 0, { tekst: 'Tweede groep starten.', eigenaar: 'opbouwwerker', deadline: '2026-01-31', status: 'open', zichtbaar: 'partners' })).toMatchObject({ ok: true });

		const stored = await notes.listForSession(scope, id);
		expect(stored.map((n) => [n.number, n.periodFrom, n.periodTo, n.valueSeen])).toEqual([
			[1, '2025-Q2', '2025-Q2', 60],
			[2, '2025-Q1', '2025-Q2', 60],
			[3, '2025-Q2', '2025-Q2', 60]
		]);
		expect(stored[2]!.repliesToNoteId).toBe(firstId);
		// Not yet published: not on the dashboard, for nobody.
		expect(await notes.listReadable(scope, INTERN)).toEqual([]);

		const before = await publication.currentVersion(scope);
		const published = await workflow.publishResults(scope, facilitator, id, { [`zichtbaar_${stored[1]!.id}`]: 'intern' });
		expect(published).toMatchObject({ ok: true, value: 3 });
		expect(await publication.currentVersion(scope)).toBe(before + 1);
		expect((await sessions.get(scope, id))!.status).toBe('afgerond');
		expect((await notes.listReadable(scope, RAAD)).map((n) => n.number)).toEqual([1, 3]);
		expect((await notes.listReadable(scope, INTERN)).map((n) => n.number)).toEqual([1, 2, 3]);
		// The wijk page shows the same stored numbers, labelled with the session.
		const [noord, stad] = [(await areas.get(scope, 'WK000101'))!, (await areas.get(scope, 'GM0001'))!];
		const figure = (await figuresForArea(scope, RAAD, noord, stad)).find((f) => f.indicator.code === 'DEELN')!;
		expect(figure.notes.map((n) => [n.number, n.sessionTitle, n.correction])).toEqual([
			[1, 'Sessie Noord', null],
			[3, 'Sessie Noord', null]
		]);
		// An afgeronde session is read-only.
		expect(await workflow.addNote(scope, facilitator, id, 0, note())).toMatchObject({ ok: false, message: expect.stringMatching(/afgerond/) });
		expect((await audit.list(scope)).map((e) => e.action)).toEqual(expect.arrayContaining(['duiding.aangemaakt', 'duiding.start', 'duiding.gepubliceerd']));
	});

	it('says so when the figure was corrected after the session, showing both values', async () => {
		const id = await prepared();
		await workflow.step(scope, facilitator, id, 1, 'start');
		await workflow.addNote(scope, facilitator, id, 0, note());
		await workflow.publishResults(scope, facilitator, id, {});
		await deliver('2025-Q2', { WK000101: 66, WK000102: 30, GM0001: 96 });
		const [noord, stad] = [(await areas.get(scope, 'WK000101'))!, (await areas.get(scope, 'GM0001'))!];
		const figure = (await figuresForArea(scope, RAAD, noord, stad)).find((f) => f.indicator.code === 'DEELN')!;
		expect(figure.notes[0]!.correction).toEqual({ then: 60, now: 66 });
	});

	it('brings an open afspraak back at the next session about the same wijk until it is done', async () => {
		const first = await prepared('Eerste', '2025-10-01');
		await workflow.step(scope, facilitator, first, 1, 'start');
		await workflow.addAfspraak(scope, facilitator, first, 0, { tekst: 'Tweede groep starten.', eigenaar: 'opbouwwerker', deadline: '2026-01-31', status: 'open', zichtbaar: 'raad' });
		await workflow.publishResults(scope, facilitator, first, {});
		const second = await prepared('Tweede', '2026-02-01');
		const session = (await sessions.get(scope, second))!;
		const carried = await carriedAfspraken(scope, RAAD, session, facilitator);
		expect(carried.map((a) => [a.body, a.sessionTitle])).toEqual([['Tweede groep starten.', 'Eerste']]);
		// Done (today, after the second session's date): still on the record of the second session, not on a later one.
		await workflow.updateAfspraak(scope, facilitator, carried[0]!.id, carried[0]!.revision, { alleen_status: 'ja', status: 'afgerond' });
		expect(await carriedAfspraken(scope, RAAD, session, facilitator)).toHaveLength(1);
		const third = await prepared('Derde', '2099-01-01');
		expect(await carriedAfspraken(scope, RAAD, (await sessions.get(scope, third))!, facilitator)).toEqual([]);
		// A reader who may not read `partners` does not get a partners afspraak carried onto their screen.
		const other = await prepared('Vierde', '2025-11-01');
		await workflow.step(scope, facilitator, other, 1, 'start');
		await workflow.addAfspraak(scope, facilitator, other, 0, { tekst: 'Intern overleg.', eigenaar: 'gemeente', deadline: '', status: 'open', zichtbaar: 'intern' });
		expect((await carriedAfspraken(scope, RAAD, session, facilitator)).map((a) => a.body)).not.toContain('Intern overleg.');
		expect((await carriedAfspraken(scope, INTERN, session, facilitator)).map((a) => a.body)).toContain('Intern overleg.');
	});

	it('refuses an edit based on an older version instead of overwriting it', async () => {
		const id = await prepared();
		// Two facilitators opened the page at revision 1; the first saves, the second's save is a conflict.
		expect(await workflow.saveAgenda(scope, facilitator, id, 1, { agenda_figuur: ['DEELN|WK000101', 'TEV|WK000101'], agenda_vraag: ['', ''] })).toMatchObject({ ok: true });
		expect(await workflow.saveAgenda(scope, facilitator, id, 1, { agenda_figuur: ['TEV|WK000102'], agenda_vraag: [''] })).toMatchObject({ ok: false, conflict: true });
		expect((await sessions.get(scope, id))!.agenda.map((a) => a.indicatorCode)).toEqual(['DEELN', 'TEV']);
		await workflow.step(scope, facilitator, id, 2, 'start');
		const added = await workflow.addNote(scope, facilitator, id, 0, note());
		const noteId = added.ok ? added.value.id : '';
		expect(await workflow.updateNote(scope, facilitator, id, noteId, 0, note({ tekst: 'Eerste versie.' }))).toMatchObject({ ok: true });
		expect(await workflow.updateNote(scope, facilitator, id, noteId, 0, note({ tekst: 'Tweede versie.' }))).toMatchObject({ ok: false, conflict: true });
		expect((await notes.get(scope, noteId))!.body).toBe('Eerste versie.');
	});

	it('numbers notes once each, and starts a session once, under concurrent requests', async () => {
		const id = await prepared();
		const starts = await Promise.all([1, 2, 3].map(() => workflow.step(scope, facilitator, id, 1, 'start')));
		expect(starts.filter((r) => r.ok)).toHaveLength(1);
		const added = await Promise.all(Array.from({ length: 8 }, (_, i) => workflow.addNote(scope, facilitator, id, 0, note({ tekst: `Notitie ${i}` }))));
		expect(added.every((r) => r.ok)).toBe(true);
		expect((await notes.listForSession(scope, id)).map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
	});

	it('deletes a session with published notes only after confirmation, as a publication, and logs it', async () => {
		const id = await prepared();
		await workflow.step(scope, facilitator, id, 1, 'start');
		await workflow.addNote(scope, facilitator, id, 0, note());
		await workflow.publishResults(scope, facilitator, id, {});
		expect(await workflow.deleteSession(scope, facilitator, id, false)).toMatchObject({ ok: false, message: expect.stringMatching(/gepubliceerde notitie/) });
		expect(await sessions.get(scope, id)).not.toBeNull();
		const before = await publication.currentVersion(scope);
		expect(await workflow.deleteSession(scope, facilitator, id, true)).toMatchObject({ ok: true });
		expect(await sessions.get(scope, id)).toBeNull();
		expect(await notes.listReadable(scope, INTERN)).toEqual([]);
		expect(await publication.currentVersion(scope)).toBe(before + 1);
		const entry = (await audit.list(scope)).find((e) => e.action === 'duiding.verwijderd');
		expect(JSON.parse(entry!.detail!)).toMatchObject({ titel: 'Sessie Noord', published: 1 });
	});

	it('shows a council member only the published results, also after re-opening, and nothing from sessions they may not open', async () => {
		const council = { ...reader };
		const first = await prepared('Eerste', '2025-10-01');
		await workflow.step(scope, facilitator, first, 1, 'start');
		await workflow.addAfspraak(scope, facilitator, first, 0, { tekst: 'Nog niet gepubliceerd.', eigenaar: 'x', deadline: '', status: 'open', zichtbaar: 'openbaar' });
		const second = await prepared('Tweede', '2025-12-01');
		await workflow.step(scope, facilitator, second, 1, 'start');
		await workflow.addNote(scope, facilitator, second, 0, note({ tekst: 'Gepubliceerd.' }));
		await workflow.addConclusion(scope, facilitator, second, 0, { tekst: 'Conclusie een.', zichtbaar: 'openbaar', over: 'figuur' });
		await workflow.publishResults(scope, facilitator, second, {});
		const session = async () => (await sessions.get(scope, second))!;
		// The first session was never published: its afspraak does not come back on the council member's screen.
		expect((await carriedAfspraken(scope, RAAD, await session(), council)).map((a) => a.body)).toEqual([]);
		expect((await carriedAfspraken(scope, RAAD, await session(), facilitator)).map((a) => a.body)).toEqual(['Nog niet gepubliceerd.']);
		await workflow.step(scope, facilitator, second, (await session()).revision, 'reopen');
		await workflow.addNote(scope, facilitator, second, 0, note({ tekst: 'Na heropenen.' }));
		await workflow.addConclusion(scope, facilitator, second, 0, { tekst: 'Conclusie twee.', zichtbaar: 'openbaar', over: 'figuur' });
		const forCouncil = await sessionView(scope, RAAD, council, await session(), 0);
		expect(forCouncil.itemNotes.map((n) => n.body)).toEqual(['Gepubliceerd.']);
		expect(forCouncil.itemConclusions.map((c) => c.body)).toEqual(['Conclusie een.']);
		// The facilitator's first step is the afspraak carried from the first session; the figure is the second.
		const forFacilitator = await sessionView(scope, { audience: 'partners', organisationId: null }, facilitator, await session(), 1);
		expect(forFacilitator.itemNotes.map((n) => n.body)).toEqual(['Gepubliceerd.', 'Na heropenen.']);
	});

	it('keeps an afspraak’s closing moment when it is saved again, and changes items only through their own session', async () => {
		const id = await prepared();
		await workflow.step(scope, facilitator, id, 1, 'start');
		await workflow.addAfspraak(scope, facilitator, id, 0, { tekst: 'Klaar.', eigenaar: 'x', deadline: '', status: 'afgerond', zichtbaar: 'openbaar' });
		const [done] = await afspraken.listForSession(scope, id);
		await new Promise((r) => setTimeout(r, 5));
		await workflow.updateAfspraak(scope, facilitator, done!.id, done!.revision, { alleen_status: 'ja', status: 'afgerond' });
		expect((await afspraken.get(scope, done!.id))!.closedAt).toBe(done!.closedAt);
		const other = await prepared('Andere', '2025-10-02');
		await workflow.step(scope, facilitator, other, 1, 'start');
		const added = await workflow.addNote(scope, facilitator, id, 0, note());
		const noteId = added.ok ? added.value.id : '';
		expect(await workflow.updateNote(scope, facilitator, other, noteId, 0, note({ tekst: 'Via een andere sessie.' }))).toMatchObject({ ok: false });
		expect(await workflow.removeNote(scope, facilitator, other, noteId)).toMatchObject({ ok: false });
		expect((await notes.get(scope, noteId))!.body).not.toBe('Via een andere sessie.');
		// A deleted note's number is never given to another note.
		expect(await workflow.removeNote(scope, facilitator, id, noteId)).toMatchObject({ ok: true });
		expect(await workflow.addNote(scope, facilitator, id, 0, note())).toMatchObject({ ok: true, value: { number: 2 } });
	});

	it('keeps the value a session saw exactly (no correction from rounding in the store)', async () => {
		const id = await prepared();
		await workflow.step(scope, facilitator, id, 1, 'start');
		const added = await workflow.addNote(scope, facilitator, id, 0, note());
		const noteId = added.ok ? added.value.id : '';
		await db.updateTable('notes').set({ value_seen: 1234.5678 }).where('id', '=', noteId).execute();
		expect((await notes.get(scope, noteId))!.valueSeen).toBe(1234.5678);
	});

	it('lets only facilitators, beleidsmedewerkers and beheerders run sessions', async () => {
		expect(await workflow.createSession(scope, reader, { titel: 'x', datum: '2025-10-01', soort: 'duidingssessie', wijk: ['WK000101'] })).toMatchObject({ ok: false, message: expect.stringMatching(/facilitator/) });
		const id = await prepared();
		expect(await workflow.step(scope, reader, id, 1, 'start')).toMatchObject({ ok: false });
		expect((await sessions.get(scope, id))!.status).toBe('concept');
	});
});
