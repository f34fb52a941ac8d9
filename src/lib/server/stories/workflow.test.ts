// Stories through their steps, on both stores: a concept with identifying details is blocked, fixed and
// overruled, published as a new publication, found by search, taken down; withdrawal of consent removes it
// from lists, counts and search at once, in a new publication (so every versioned cache and snapshot URL
// moves on); two editors never overwrite each other.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../domain/roles';
import * as audit from '../db/audit';
import type { Db } from '../db/client';
import * as edits from '../db/story-edits';
import * as search from '../db/story-search';
import * as stories from '../db/stories';
import type { Scope } from '../db/scope';
import { seedSmallGemeente, stores, testDb } from '../db/test-fixtures';
import * as users from '../db/users';
import * as publication from '../publish/publication';
import sharp from 'sharp';
import * as images from './images';
import * as workflow from './workflow';

describe.each(stores)('story workflow on %s', (store) => {
	let db: Db;
	let scope: Scope;
	let writer: workflow.Actor;
	let beleid: workflow.Actor;
	const form = (overrides: Record<string, string | string[]> = {}) => ({
		titel: 'Samen koken in Noord',
		tekst: 'Elke dinsdag koken buren samen in het buurthuis. **Nieuwe mensen** schuiven aan.\n\nBel Jan de Vries op 06-12345678 als u mee wilt doen.',
		soort: 'inwonersverhaal',
		rol: 'bewoner',
		gebied: 'WK000101',
		periode: '2025-Q3',
		thema: ['meedoen'],
		indicator: ['DEELN'],
		zichtbaar: 'openbaar',
		toestemming_datum: '2025-09-01',
		toestemming_voor: 'openbaar',
		toestemming_door: 'opbouwwerker',
		gaat_over: 'ontmoeting',
		richting: 'beter',
		...overrides
	});

	beforeEach(async () => {
		db = await testDb(store);
		scope = { db, gemeente: 'GM0001' };
		const { organisationId } = await seedSmallGemeente(scope);
		writer = { id: await users.create(scope, { name: 'Anna', email: 'anna@x.nl', role: 'aanleveraar', organisationId }), role: 'aanleveraar', organisationId };
		beleid = { id: await users.create(scope, { name: 'Bert', email: 'bert@x.nl', role: 'beleidsmedewerker', organisationId: null }), role: 'beleidsmedewerker', organisationId: null };
	});
	afterEach(async () => db.destroy());

	it('blocks publication on identifying details until they are fixed or overruled, then publishes as a publication', async () => {
		const saved = await workflow.save(scope, writer, null, 0, form());
		expect(saved.ok).toBe(true);
		const id = saved.ok ? saved.value : '';
		let story = (await edits.get(scope, id))!;
		expect(workflow.findingsOf(story).map((f) => f.kind).sort()).toEqual(['naam', 'telefoon']);
		expect(await workflow.publish(scope, beleid, story)).toMatchObject({ ok: false, message: expect.stringMatching(/privacycheck/i) });
		// The writer removes the phone number; the name stays and is overruled with a reason.
		expect((await workflow.save(scope, writer, id, story.revision, form({ tekst: 'Elke dinsdag koken buren samen. Jan de Vries kookt al tien jaar mee.' }))).ok).toBe(true);
		story = (await edits.get(scope, id))!;
		const [name] = workflow.findingsOf(story);
		expect(name?.kind).toBe('naam');
		expect(await workflow.overrule(scope, writer, story, workflow.findingKey(name!), 'Hij wil graag genoemd worden.')).toMatchObject({ ok: false });
		expect((await workflow.overrule(scope, beleid, story, workflow.findingKey(name!), 'Hij wil graag genoemd worden.')).ok).toBe(true);
		story = (await edits.get(scope, id))!;
		const before = await publication.currentVersion(scope);
		expect(await workflow.publish(scope, writer, story)).toMatchObject({ ok: false });
		expect((await workflow.publish(scope, beleid, story)).ok).toBe(true);
		expect(await publication.currentVersion(scope)).toBe(before + 1);
		expect((await stories.listReadable(scope, ANONYMOUS)).map((s) => s.id)).toEqual([id]);
		expect(await search.search(scope, 'dinsdag koken')).toEqual([id]);
		expect((await audit.list(scope)).map((e) => e.action)).toEqual(expect.arrayContaining(['verhaal.aangemaakt', 'verhaal.privacy-toegestaan', 'verhaal.gepubliceerd']));
	});

	it('refuses a visibility wider than the consent, and an edit based on an older revision', async () => {
		expect(await workflow.save(scope, writer, null, 0, form({ zichtbaar: 'openbaar', toestemming_voor: 'partners' }))).toMatchObject({ ok: false, issues: [expect.objectContaining({ field: 'zichtbaar' })] });
		const saved = await workflow.save(scope, writer, null, 0, form({ tekst: 'Buren koken samen.' }));
		const id = saved.ok ? saved.value : '';
		const first = (await edits.get(scope, id))!;
		expect((await workflow.save(scope, beleid, id, first.revision, form({ tekst: 'Buren koken samen, elke week.' }))).ok).toBe(true);
		expect(await workflow.save(scope, writer, id, first.revision, form({ tekst: 'Mijn oude versie.' }))).toMatchObject({ ok: false, message: expect.stringMatching(/intussen aangepast/) });
		expect((await edits.get(scope, id))!.body).toBe('Buren koken samen, elke week.');
	});

	it('removes a story everywhere when consent is withdrawn, keeping only an audit entry without its text', async () => {
		const saved = await workflow.save(scope, writer, null, 0, form({ tekst: 'Buren koken samen in het buurthuis.' }));
		const id = saved.ok ? saved.value : '';
		expect((await workflow.publish(scope, beleid, (await edits.get(scope, id))!)).ok).toBe(true);
		const version = await publication.currentVersion(scope);
		expect((await stories.countByArea(scope, ANONYMOUS)).get('WK000101')).toBe(1);

		expect((await workflow.withdrawConsent(scope, beleid, (await edits.get(scope, id))!)).ok).toBe(true);
		expect(await publication.currentVersion(scope)).toBe(version + 1);
		expect(await edits.get(scope, id)).toBeUndefined();
		expect(await stories.listReadable(scope, ANONYMOUS)).toEqual([]);
		expect((await stories.countByArea(scope, ANONYMOUS)).get('WK000101')).toBeUndefined();
		expect(await search.search(scope, 'koken')).toEqual([]);
		const entry = (await audit.list(scope, { action: 'verhaal.toestemming-ingetrokken' }))[0]!;
		expect(JSON.stringify(entry)).not.toMatch(/koken|Samen/);
	});

	it('keeps an image without its EXIF data (location), refuses other files and a missing alt text, and deletes it with the story', async () => {
		const saved = await workflow.save(scope, writer, null, 0, form({ tekst: 'Buren koken samen.' }));
		const id = saved.ok ? saved.value : '';
		const story = (await edits.get(scope, id))!;
		const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
			.jpeg()
			.withExif({ IFD0: { Make: 'Telefoon', Copyright: 'Jan de Vries' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 9/1 0/1' } })
			.toBuffer();
		expect((await sharp(photo).metadata()).exif).toBeDefined();
		expect(await workflow.setImage(scope, writer, story, story.revision, new Uint8Array(photo), '')).toMatchObject({ ok: false, issues: [{ field: 'alt' }] });
		expect(await workflow.setImage(scope, writer, story, story.revision, new TextEncoder().encode('<svg onload="alert(1)"></svg>'), 'Een tekening')).toMatchObject({ ok: false, issues: [{ field: 'afbeelding' }] });
		expect((await workflow.setImage(scope, writer, story, story.revision, new Uint8Array(photo), 'Een pan soep op een fornuis')).ok).toBe(true);
		// The image raised the revision: a publication of what a reviewer saw before is refused, not made unseen.
		expect(await workflow.publish(scope, beleid, story)).toMatchObject({ ok: false, message: expect.stringMatching(/intussen veranderd/) });
		expect(await workflow.setImage(scope, writer, story, story.revision, new Uint8Array(photo), 'Oud')).toMatchObject({ ok: false });
		const stored = (await images.content(scope, id))!;
		const meta = await sharp(stored.bytes).metadata();
		expect([stored.type, meta.format, meta.exif, meta.width]).toEqual(['image/webp', 'webp', undefined, 40]);
		expect(Buffer.from(stored.bytes).includes('Jan de Vries')).toBe(false);
		expect((await workflow.withdrawConsent(scope, writer, (await edits.get(scope, id))!)).ok).toBe(true);
		expect(await images.content(scope, id)).toBeUndefined();
	});

	it('finds details hidden by Markdown escapes or HTML entities, and shows reviewers only concepts at their level', async () => {
		const saved = await workflow.save(scope, writer, null, 0, form({ tekst: 'Bel 06&#45;12345678 of mail jan&#64;voorbeeld.nl of 06\\-87654321.', zichtbaar: 'intern', toestemming_voor: 'intern' }));
		const id = saved.ok ? saved.value : '';
		const story = (await edits.get(scope, id))!;
		expect(workflow.findingsOf(story).map((f) => f.kind).sort()).toEqual(['email', 'telefoon', 'telefoon']);
		await workflow.requestReview(scope, writer, story, true);
		const facilitator = { audience: 'partners' as const, organisationId: null };
		expect((await edits.listWork(scope, 'someone-else', facilitator)).map((w) => w.id)).toEqual([]);
		expect((await edits.listWork(scope, 'someone-else', { audience: 'intern', organisationId: null })).map((w) => w.id)).toEqual([id]);
	});

	it('takes a published story down with a reason', async () => {
		const saved = await workflow.save(scope, writer, null, 0, form({ tekst: 'Buren koken samen.' }));
		const id = saved.ok ? saved.value : '';
		await workflow.publish(scope, beleid, (await edits.get(scope, id))!);
		expect(await workflow.takeDown(scope, beleid, (await edits.get(scope, id))!, 'kort')).toMatchObject({ ok: false });
		expect((await workflow.takeDown(scope, beleid, (await edits.get(scope, id))!, 'Op verzoek van de organisatie.')).ok).toBe(true);
		expect(await stories.listReadable(scope, ANONYMOUS)).toEqual([]);
		expect((await edits.get(scope, id))!).toMatchObject({ status: 'ingetrokken', takedownReason: 'Op verzoek van de organisatie.' });
	});
});
