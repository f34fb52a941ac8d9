import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storyPlainText } from '../../domain/story-markdown';
import type { Db } from './client';
import type { Scope } from './scope';
import * as stories from './stories';
import * as storySearch from './story-search';
import { dutchTerms } from './story-search';
import { seedSmallGemeente, stores, testDb } from './test-fixtures';

describe('dutchTerms', () => {
	it('stems, folds diacritics and drops stop words', () => {
		expect(dutchTerms('De wijken en het Café')).toBe(dutchTerms('wijk cafe'));
		expect(dutchTerms('ontmoetingen')).toBe(dutchTerms('ontmoeting'));
		expect(dutchTerms('de en van het')).toBe('');
		expect(dutchTerms('"NEAR(a*) b:c | !d"')).toMatch(/^[\p{L}\p{N} ]+$/u);
	});
});

describe.each(stores)('story search on %s', (store) => {
	let db: Db;
	let a: Scope;
	let b: Scope;

	beforeEach(async () => {
		db = await testDb(store);
		a = { db, gemeente: 'GM0001' };
		b = { db, gemeente: 'GM0002' };
		await seedSmallGemeente(a);
		await seedSmallGemeente(b);
	});
	afterEach(async () => db.destroy());

	/** Writes and indexes a story, in one transaction as the app does. */
	async function add(scope: Scope, title: string, body: string): Promise<string> {
		return db.transaction().execute(async (trx) => {
			const inner = { ...scope, db: trx };
			const id = await stories.create(inner, {
				title,
				body,
				type: 'signaal',
				sourceRole: 'bewoner',
				areaCode: null,
				period: '2025-Q1',
				themeCodes: [],
				indicatorCodes: [],
				collectedByOrganisationId: null,
				consentDate: '2025-01-01',
				consentScope: null,
				privacyCheck: 'akkoord',
				visibility: 'openbaar',
				status: 'gepubliceerd'
			});
			await storySearch.index(inner, id, title, storyPlainText(body));
			return id;
		});
	}

	let koffie: string;
	let wijk: string;
	let cafe: string;
	let other: string;

	beforeEach(async () => {
		koffie = await add(a, 'Koffieochtend in het buurthuis', 'Elke week **ontmoetingen** tussen buren. De koffie is gratis.');
		wijk = await add(a, 'Nieuwe speeltuin', 'In onze wijk is eindelijk een speeltuin voor de kinderen.');
		cafe = await add(a, 'Taalcafé', 'Het *café* aan de markt helpt nieuwkomers met Nederlands.');
		other = await add(b, 'Koffie in de wijken', 'Ook hier ontmoetingen in de wijk.');
	});

	it('finds inflected forms through Dutch stemming', async () => {
		expect(await storySearch.search(a, 'wijken')).toEqual([wijk]);
		expect(await storySearch.search(a, 'ontmoeting')).toEqual([koffie]);
		expect(await storySearch.search(a, 'Ontmoetingen')).toEqual([koffie]);
		expect(await storySearch.search(a, 'buurthuis')).toEqual([koffie]);
		expect(await storySearch.search(a, 'koffie')).toEqual([koffie]);
	});

	it('searches the title and the text without its Markdown', async () => {
		expect(await storySearch.search(a, 'speeltuin kinderen')).toEqual([wijk]);
		expect(await storySearch.search(a, 'nadruk')).toEqual([]);
	});

	it('requires every word of the query', async () => {
		expect(await storySearch.search(a, 'koffie speeltuin')).toEqual([]);
		expect(await storySearch.search(a, 'koffie gratis')).toEqual([koffie]);
	});

	it('ranks the story that uses the word most first, and honours the limit', async () => {
		const more = await add(a, 'Koffie, koffie', 'Koffie bij de koffie. Koffie!');
		const found = await storySearch.search(a, 'koffie');
		expect(found[0]).toBe(more);
		expect(found).toHaveLength(2);
		expect(await storySearch.search(a, 'koffie', 1)).toEqual([more]);
	});

	it('never finds another gemeente’s stories', async () => {
		expect(await storySearch.search(a, 'ontmoetingen')).not.toContain(other);
		expect(await storySearch.search(b, 'ontmoetingen')).toEqual([other]);
		expect(await storySearch.search(b, 'speeltuin')).toEqual([]);
		// Indexing another gemeente's story under this gemeente adds nothing.
		await storySearch.index(b, koffie, 'Koffieochtend', 'buurthuis');
		expect(await storySearch.search(b, 'buurthuis')).toEqual([]);
	});

	it('forgets a removed story, and a re-indexed story is found by its new text only', async () => {
		await storySearch.remove(a, koffie);
		expect(await storySearch.search(a, 'koffie')).toEqual([]);
		expect(await storySearch.search(b, 'koffie')).toEqual([other]);
		await storySearch.index(a, wijk, 'Nieuwe speeltuin', 'Een glijbaan erbij.');
		await storySearch.index(a, wijk, 'Nieuwe speeltuin', 'Een schommel erbij.');
		expect(await storySearch.search(a, 'glijbaan')).toEqual([]);
		expect(await storySearch.search(a, 'schommels')).toEqual([wijk]);
	});

	it('folds diacritics both ways', async () => {
		expect(await storySearch.search(a, 'cafe')).toEqual([cafe]);
		expect(await storySearch.search(a, 'CAFÉ')).toEqual([cafe]);
		expect(await storySearch.search(a, 'taalcafe')).toEqual([cafe]);
	});

	it('returns nothing for an empty or stop-word-only query', async () => {
		for (const q of ['', '   ', 'de het een', '!!!', '""']) expect(await storySearch.search(a, q), q).toEqual([]);
	});

	it('treats hostile queries as plain words: no error, no match-all', async () => {
		const hostile = [
			'"',
			'"koffie',
			'koffie"',
			'*',
			'koff*',
			'NEAR(koffie gratis)',
			'NEAR(',
			'a:b',
			'terms:koffie',
			'story_id:*',
			'!',
			'!koffie',
			'koffie | speeltuin',
			'koffie & !speeltuin',
			'koffie OR speeltuin',
			'NOT koffie',
			'(koffie',
			'koffie:*',
			'^koffie',
			'\'); drop table stories; --',
			"koffie' or '1'='1",
			'\\',
			'\u0000koffie',
			'x'.repeat(10_000),
			'koffie '.repeat(2_000),
			'a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(200)
		];
		for (const q of hostile) {
			const found = await storySearch.search(a, q);
			expect(found.length, q.slice(0, 40)).toBeLessThan(3);
		}
		// The operators were read as words: "koffie OR speeltuin" needs both, and finds neither story.
		expect(await storySearch.search(a, 'koffie OR speeltuin')).toEqual([]);
		expect(await storySearch.search(a, 'NEAR(koffie gratis)')).toEqual([]);
		expect(await storySearch.search(a, '"koffie"')).toEqual([koffie]);
		expect(await storySearch.search(a, 'koffie:*')).toEqual([koffie]);
		expect(await storySearch.search(a, 'koffie '.repeat(2_000))).toEqual([koffie]);
		const count = await sql<{ n: number }>`select count(*) as n from stories`.execute(db);
		expect(Number(count.rows[0]!.n)).toBe(4);
	});

	it('reindexes a gemeente from its stored stories', async () => {
		await storySearch.removeAll(a);
		expect(await storySearch.search(a, 'koffie')).toEqual([]);
		expect(await storySearch.reindex(a)).toBe(3);
		expect(await storySearch.search(a, 'koffie')).toEqual([koffie]);
		expect(await storySearch.search(b, 'koffie')).toEqual([other]);
	});
});
