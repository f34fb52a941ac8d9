/**
 * Postcodes ("2311 AB", "2311AB", "2311 AB 12") and street names with a house number ("Breestraat 12-A",
 * "Lange Mare 12", "Van der Werffstraat 3"). Linear: bounded patterns, and the look back over the words
 * before a street name is capped at four words.
 */
import { makeFinding, type Finding } from './types';

// ---------- postcodes ----------

const POSTCODE = /(?<![\p{L}\p{N}])[1-9]\d{3}( ?)([A-Za-z]{2})(?![\p{L}\p{N}])(?: (\d{1,5}(?:-?[A-Za-z])?)(?![\p{L}\p{N}]|[.,]\p{N}))?/gu;

/** Letter pairs PostNL does not use. */
const UNUSED_PAIRS = new Set(['SA', 'SD', 'SS']);

/** Upper-case abbreviations that follow numbers often enough to outweigh a postcode reading. */
const UPPER_STOP = new Set(['MB', 'GB', 'KB', 'TB', 'KM', 'KG', 'MG', 'ML', 'CM', 'MM', 'PK', 'KW', 'MW', 'GW', 'BV', 'NV', 'AD', 'BC', 'EU', 'NL', 'CO', 'PM', 'AM']);

/** Common two-letter words and units that follow a number in Dutch text. */
const LOWER_STOP = new Set([
	'mg', 'ml', 'kg', 'km', 'cm', 'mm', 'dl', 'cl', 'gr', 'kw', 'mb', 'gb', 'kb', 'pk', 'en', 'op', 'in', 'of', 'ze', 'ik', 'je', 'we', 'al', 'na', 'om', 'te',
	'is', 'er', 'de', 'da', 'nu', 'ja', 'he', 'hé', 'zo', 'uw', 'u', 'bv', 'ca', 'nr', 'pp', 'am', 'pm', 'st', 'ct', 'eu', 'nl', 'xl', 'xs', 'jr', 'sr', 'uu'
]);

/**
 * Rule: the two letters are upper case ("2311 AB", "2311AB"), or lower case only when written directly
 * against the digits ("2311ab") and not a unit or short word ("1500kg"). "2311 ab" and "2311 Ab" are not
 * read as postcodes: with a space, lower case is far more often a word ("2025 en").
 */
export function findPostcodes(text: string): Finding[] {
	const out: Finding[] = [];
	for (const m of text.matchAll(POSTCODE)) {
		const space = m[1]!;
		const letters = m[2]!;
		if (letters === letters.toUpperCase()) {
			if (UNUSED_PAIRS.has(letters) || UPPER_STOP.has(letters)) continue;
		} else if (letters === letters.toLowerCase()) {
			if (space !== '' || LOWER_STOP.has(letters) || UNUSED_PAIRS.has(letters.toUpperCase())) continue;
		} else continue;
		out.push(makeFinding('postcode', text, m.index, m.index + m[0].length));
	}
	return out;
}

// ---------- street + house number ----------

export const STREET_SUFFIXES = [
	'straat', 'laan', 'weg', 'plein', 'kade', 'gracht', 'dijk', 'singel', 'hof', 'steeg', 'pad', 'park', 'dreef', 'plantsoen', 'markt', 'wal', 'haven',
	'veld', 'baan', 'burcht', 'erf', 'hage', 'gang', 'pleintje', 'steiger', 'vest', 'dam', 'kwartier', 'boulevard', 'allee', 'hoven', 'zijde', 'oord', 'rak'
];

/** Compound words with a street suffix that are mostly not street names. */
const NOT_STREETS = new Set([
	'snelweg', 'fietspad', 'voetpad', 'wandelpad', 'speelveld', 'sportveld', 'voetbalveld', 'sportpark', 'loopbaan', 'rijbaan', 'ijsbaan', 'schoolplein',
	'speelplein', 'onderweg', 'uitweg', 'omweg', 'zijweg', 'werf', 'bedrijf', 'vakantiepark', 'attractiepark', 'stadspark', 'trainingsveld', 'proefveld',
	'werkveld', 'speelerf', 'jachthaven', 'zorgpad', 'leerpad', 'stappenpad', 'woonerf', 'erf', 'markt', 'arbeidsmarkt', 'woningmarkt', 'weekmarkt', 'hof'
]);

/** First words of two-word street names without a suffix ("Lange Mare", "Nieuwe Rijn", "Hoge Rijndijk"). */
const STREET_PREFIXES = new Set([
	'lange', 'korte', 'oude', 'nieuwe', 'hoge', 'lage', 'hooge', 'grote', 'kleine', 'groote', 'noord', 'oost', 'zuid', 'west', 'binnen', 'buiten', 'achter',
	'sint', 'st', 'prins', 'prinses', 'koning', 'koningin', 'burgemeester', 'burg', 'dokter', 'generaal', 'doctor', 'witte', 'zwarte', 'rode', 'groene', 'vrouwe'
]);

/** Capitalised words that start sentences and never start a street name. */
const NOT_STREET_START = new Set([
	'de', 'het', 'een', 'op', 'in', 'aan', 'bij', 'naar', 'uit', 'via', 'langs', 'over', 'door', 'met', 'om', 'voor', 'tot', 'vanaf', 'rond', 'naast',
	'tegenover', 'achter', 'ze', 'zij', 'hij', 'wij', 'we', 'ik', 'je', 'en', 'maar', 'of', 'dat', 'die', 'dit', 'deze', 'woont', 'wonen', 'sinds'
]);

const TUSSENVOEGSELS = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'la', 'le']);

/** Words after a number that make it a count, not a house number. */
const COUNT_WORDS =
	/^(?:keer|maal|jaar|jaren|uur|uren|minuten|min|dagen|dag|weken|week|maanden|maand|procent|euro|meter|km|kilometer|mensen|bewoners|huizen|woningen|deelnemers|kinderen|personen|stuks|x)(?![\p{L}])/iu;

const STREET_NUMBER =
	/(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]{1,40}) (\d{1,4}(?:-?(?:[A-Za-z]|bis|hs|II|III|IV)(?![\p{L}\p{N}])| (?:[A-Za-z]|bis|hs)(?![\p{L}\p{N}]))?(?:-\d{1,4})?)(?![\p{N}]|[.,]\p{N}|:\d)/gu;

function endsWithSuffix(lower: string): boolean {
	return STREET_SUFFIXES.some((s) => lower.endsWith(s) && lower.length > s.length);
}

function isCapitalised(word: string): boolean {
	return /^\p{Lu}\p{Ll}/u.test(word);
}

interface Word {
	word: string;
	start: number;
}

/** The word directly before `pos` (one space in between, same line), or null. */
function wordBefore(text: string, pos: number): Word | null {
	if (text[pos - 1] !== ' ') return null;
	let i = pos - 2;
	while (i >= 0 && pos - 2 - i < 40 && /[\p{L}'’-]/u.test(text[i]!)) i--;
	const start = i + 1;
	if (start >= pos - 1) return null;
	return { word: text.slice(start, pos - 1), start };
}

/** Extends a street name to the left over capitalised words and tussenvoegsels ("Willem de Zwijgerlaan"). */
function extendLeft(text: string, start: number): number {
	let best = start;
	let pos = start;
	for (let n = 0; n < 4; n++) {
		const w = wordBefore(text, pos);
		if (!w) break;
		const lower = w.word.toLowerCase();
		if (isCapitalised(w.word) && !NOT_STREET_START.has(lower)) {
			best = w.start;
		} else if (!TUSSENVOEGSELS.has(lower)) break;
		pos = w.start;
	}
	return best;
}

/**
 * Rule: a house number after a real street name. The name is one capitalised word with a street suffix
 * ("Breestraat", "Haarlemmerweg"), or two words where the first is a street prefix ("Lange Mare") or the
 * second is a bare suffix word with a capitalised word before it ("Oude Singel"). A bare suffix word on its
 * own ("Straat 3", "Weg 2") is not an address, nor is a lower-case one ("de straat op", "weg 2 keer").
 */
export function findAddresses(text: string): Finding[] {
	const out: Finding[] = [];
	for (const m of text.matchAll(STREET_NUMBER)) {
		const word = m[1]!;
		const lower = word.toLowerCase();
		const end = m.index + m[0].length;
		const after = text.slice(end, end + 14).replace(/^ /, '');
		if (text[end] === ' ' && COUNT_WORDS.test(after)) continue;
		let start = -1;
		if (endsWithSuffix(lower) && !NOT_STREETS.has(lower)) {
			start = extendLeft(text, m.index);
		} else {
			const prev = wordBefore(text, m.index);
			if (prev && isCapitalised(prev.word)) {
				const prevLower = prev.word.toLowerCase();
				if (STREET_PREFIXES.has(prevLower)) start = prev.start;
				else if (STREET_SUFFIXES.includes(lower) && !NOT_STREET_START.has(prevLower)) start = extendLeft(text, prev.start);
			}
		}
		if (start < 0) continue;
		out.push(makeFinding('adres', text, start, end));
	}
	return out;
}
