/**
 * Personal names. Rules, in order, on a token stream (linear; each look-ahead is capped at a few tokens):
 * 1. a title (mevrouw, meneer, mevr., dhr., mw., mr., dr., juffrouw, juf, opa, oma, tante, oom) followed by
 *    capitalised words and tussenvoegsels: "mevrouw Bakker", "Mevrouw Van den Berg" (the name is flagged);
 * 2. initials and a surname: "J. de Vries", "A.B. Jansen";
 * 3. a listed first name followed by a surname (a capitalised word, with tussenvoegsels): "Jan de Vries",
 *    "Fatima el Amrani"; a listed first name alone only inside a sentence, never at its start, and never
 *    for first names that are also ordinary words or months ("Roos", "Mare", "Mei", "Juni");
 * 4. a listed surname after a lower-case tussenvoegsel inside a sentence ("volgens de Vries");
 * 5. a listed surname alone inside a sentence ("zegt Yilmaz"), except surnames that are also place words.
 * Afterwards every other capitalised occurrence of a word already flagged as a name is flagged too, so
 * "Fatima vertelt" at a sentence start counts once Fatima is known as a name in this text.
 * Words after an organisation word ("Stichting", "Gemeente", "Buurthuis") and compound words ending in a
 * street or organisation suffix ("Jan Ligthartschool", "Willem de Zwijgerlaan") are not names.
 */
import { STREET_SUFFIXES } from './address';
import { FIRST_NAMES, SURNAMES } from './names-data';
import { isSentenceInitial, makeFinding, type Finding } from './types';

const FIRST = new Set(FIRST_NAMES);
const SURNAME = new Set(SURNAMES);

/** First names that are also ordinary words, months or places: a name only with a surname. */
const AMBIGUOUS_FIRST = new Set(['Roos', 'Mare', 'Mei', 'Juni', 'Ben', 'Mark', 'Floor', 'Fleur', 'Iris', 'Amber', 'Jade', 'Max', 'Bas', 'Els', 'Merel', 'Rob', 'Job', 'Can', 'Said', 'Sri', 'Kim', 'Sam', 'Ad', 'Lama', 'Gül', 'Liv', 'Tan']);

/** Surnames that are also place or landscape words ("de Hoek", "het Bos"): not a name on their own. */
const SURNAME_NOT_ALONE = new Set(['Berg', 'Dijk', 'Bos', 'Vos', 'Boer', 'Groot', 'Wit', 'Graaf', 'Linden', 'Haan', 'Heuvel', 'Veen', 'Broek', 'Beek', 'Vliet', 'Ven', 'Wijk', 'Prins', 'Post', 'Leeuw', 'Wal', 'Meer', 'Dam', 'Koning', 'Jong', 'Lange', 'Zwart', 'Hoek', 'Brink', 'Kamp', 'Laan', 'Vis', 'Roos', 'Maas', 'Mol', 'Kok', 'Tan', 'Lim', 'Kurt', 'Martina', 'Francisca', 'Pols', 'Zwaan']);

const TITLES = new Set(['mevrouw', 'meneer', 'juffrouw', 'juf', 'opa', 'oma', 'tante', 'oom', 'mevr', 'dhr', 'mw', 'mr', 'dr', 'mevr.', 'dhr.', 'mw.', 'mr.', 'dr.']);
const DOTTED_TITLES = new Set(['mevr', 'dhr', 'mw', 'mr', 'dr']);

const TUSSENVOEGSELS = new Set(['van', 'von', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'la', 'le', 'du', 'da', 'di', 'el', 'al', 'ait', 'aït']);

/** Capitalised words that start sentences or are months, days, places or organisations: never a surname. */
const NOT_NAMES = new Set(
	(
		'De Het Een En Maar Of Want Dus Dan Toen Nu Ook Al Als Dat Die Dit Deze Wat Wie Waar Hoe Waarom Wanneer Ze Zij Hij Wij We Ik Je Jij U Hun Haar Zijn Mijn Ons Onze Er Hier Daar ' +
		'Daarna Daarom Toch Wel Niet Geen Elke Iedere Alle Veel Soms Vaak Altijd Nooit Op In Aan Bij Naar Uit Via Over Door Met Om Voor Na Tot Tegen Tussen Sinds Vanaf Zonder Volgens ' +
		'Samen Gisteren Vandaag Morgen Vorige Volgende Eerst Later Straks Vroeger Sommige Andere Meer Minder Iemand Niemand Iedereen Alles Niets Ja Nee Goed Mooi Is Was Heeft Had Wordt Werd ' +
		'Kan Kon Moet Zal Zou Wil Vindt Zegt Vertelt Woont Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December Maandag Dinsdag Woensdag Donderdag ' +
		'Vrijdag Zaterdag Zondag Lente Zomer Herfst Winter Pasen Kerst Kerstmis Ramadan Suikerfeest Leiden Leiderdorp Oegstgeest Katwijk Zoeterwoude Voorschoten Haag Amsterdam ' +
		'Rotterdam Utrecht Haarlem Delft Noord Zuid Oost West Nederland Holland Europa Marokko Turkije Suriname Indonesië Syrië Polen Oekraïne Eritrea Curaçao Aruba ' +
		'Stichting Gemeente Vereniging Buurthuis Wijkcentrum Huize Basisschool School Zorgcentrum Kerk Moskee Bibliotheek Café Sporthal Team Fonds Project Ziekenhuis Praktijk Club ' +
		'Restaurant Winkel Supermarkt Wijkteam Buurtteam Speeltuin Theater Museum Park Centrum Markt Straat Wijk Buurt Plein Bewoner Bewoners Buurman Buurvrouw Vrijwilliger'
	).split(' ')
);

/** Words that make the capitalised words after them an organisation, not a person. */
const ORG_WORDS = new Set(['Stichting', 'Gemeente', 'Vereniging', 'Buurthuis', 'Wijkcentrum', 'Huize', 'Basisschool', 'School', 'Zorgcentrum', 'Kerk', 'Moskee', 'Bibliotheek', 'Café', 'Sporthal', 'Team', 'Fonds', 'Project', 'Ziekenhuis', 'Praktijk', 'Club', 'Restaurant', 'Winkel', 'Supermarkt', 'Wijkteam', 'Buurtteam', 'Speeltuin', 'Theater', 'Museum', 'Het', 'De']);

const INSTITUTION_SUFFIXES = [...STREET_SUFFIXES, 'school', 'huis', 'centrum', 'fonds', 'kerk', 'club', 'wijk', 'buurt', 'dorp', 'stad', 'zaal', 'tuin', 'prijs', 'dag', 'plaats', 'gebouw', 'hal'];

interface Token {
	word: string;
	start: number;
	end: number;
}

const TOKEN = /[\p{L}][\p{L}'’]*(?:-[\p{L}][\p{L}'’]*)*/gu;

function isNameLike(word: string): boolean {
	return /^\p{Lu}\p{Ll}/u.test(word);
}

function isInstitution(word: string): boolean {
	if (SURNAME.has(word)) return false;
	const lower = word.toLowerCase();
	return INSTITUTION_SUFFIXES.some((s) => lower.endsWith(s) && lower.length > s.length);
}

/** A capitalised word that can be (part of) a surname. */
function isSurnameWord(word: string): boolean {
	return isNameLike(word) && !NOT_NAMES.has(word) && !isInstitution(word);
}

export function findNames(text: string): Finding[] {
	const tokens: Token[] = [];
	for (const m of text.matchAll(TOKEN)) tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
	const n = tokens.length;
	const gap = (i: number) => text.slice(tokens[i]!.end, tokens[i + 1]?.start ?? tokens[i]!.end);
	/** Token i and i+1 are one name: only spaces or tabs between them (at most three). */
	const adjacent = (i: number) => i + 1 < n && /^[ \t]{1,3}$/.test(gap(i));
	const isTv = (i: number) => TUSSENVOEGSELS.has(tokens[i]!.word.toLowerCase());

	/** From token j: tussenvoegsels then a surname word; returns the index of that word, or -1. */
	const surnameAt = (j: number): number => {
		let k = j;
		for (let tv = 0; k < n && tv <= 3; tv++) {
			if (isTv(k) && adjacent(k)) {
				k++;
				continue;
			}
			return isSurnameWord(tokens[k]!.word) ? k : -1;
		}
		return -1;
	};
	/** From token j: one or more surname chains in a row ("Fatima el Amrani", "Anna Maria de Vries"). */
	const nameRunAt = (j: number): number => {
		let last = surnameAt(j);
		if (last < 0) return -1;
		for (let parts = 1; parts < 4 && adjacent(last); parts++) {
			const next = surnameAt(last + 1);
			if (next < 0) break;
			last = next;
		}
		return last;
	};
	/** Tussenvoegsels and then an institution word follow token i ("Willem de Zwijgerlaan"). */
	const beforeInstitution = (i: number): boolean => {
		let k = i;
		for (let step = 0; step < 4 && adjacent(k); step++) {
			k++;
			if (isInstitution(tokens[k]!.word) && isNameLike(tokens[k]!.word)) return true;
			if (!isTv(k)) return false;
		}
		return false;
	};
	const afterOrganisation = (i: number) => i > 0 && adjacent(i - 1) && ORG_WORDS.has(tokens[i - 1]!.word);

	const spans: [number, number][] = [];
	const flag = (a: number, b: number) => spans.push([tokens[a]!.start, tokens[b]!.end]);

	let i = 0;
	while (i < n) {
		const t = tokens[i]!;
		const lower = t.word.toLowerCase();
		// 1. title + name
		if (TITLES.has(lower) && i + 1 < n) {
			const g = gap(i);
			const ok = DOTTED_TITLES.has(lower) ? /^\.?[ \t]{1,3}$/.test(g) : /^[ \t]{1,3}$/.test(g);
			const end = ok ? nameRunAt(i + 1) : -1;
			if (end >= 0) {
				flag(i + 1, end);
				i = end + 1;
				continue;
			}
		}
		// 2. initials + surname
		if (/^\p{Lu}$/u.test(t.word) && text[t.end] === '.' && !/[\p{L}\p{N}.]/u.test(text[t.start - 1] ?? ' ')) {
			let k = i;
			while (k + 1 < n && k - i < 4 && /^\p{Lu}$/u.test(tokens[k + 1]!.word) && /^\. ?$/.test(gap(k))) k++;
			if (k + 1 < n && /^\.[ \t]{1,2}$/.test(gap(k))) {
				const end = nameRunAt(k + 1);
				if (end >= 0) {
					flag(i, end);
					i = end + 1;
					continue;
				}
			}
		}
		// 3. first name (+ surname)
		if (FIRST.has(t.word) && !afterOrganisation(i) && !beforeInstitution(i)) {
			const end = adjacent(i) ? nameRunAt(i + 1) : -1;
			if (end >= 0) {
				flag(i, end);
				i = end + 1;
				continue;
			}
			if (!AMBIGUOUS_FIRST.has(t.word) && !isSentenceInitial(text, t.start)) {
				flag(i, i);
				i++;
				continue;
			}
		}
		// 4. lower-case tussenvoegsel + listed surname, inside a sentence
		if (TUSSENVOEGSELS.has(t.word) && !isSentenceInitial(text, t.start) && adjacent(i)) {
			const end = surnameAt(i + 1);
			const single = end === i + 1 && (t.word === 'de' || t.word === 'het');
			if (end >= 0 && SURNAME.has(tokens[end]!.word) && !(single && SURNAME_NOT_ALONE.has(tokens[end]!.word))) {
				flag(i, end);
				i = end + 1;
				continue;
			}
		}
		// 5. listed surname alone, inside a sentence
		if (SURNAME.has(t.word) && !SURNAME_NOT_ALONE.has(t.word) && !isSentenceInitial(text, t.start) && !afterOrganisation(i)) {
			flag(i, i);
		}
		i++;
	}

	// Every other capitalised occurrence of a word already known as a name in this text.
	const known = new Set<string>();
	for (const [a, b] of spans) {
		for (const m of text.slice(a, b).matchAll(TOKEN)) if (isSurnameWord(m[0]) && !AMBIGUOUS_FIRST.has(m[0]) && !SURNAME_NOT_ALONE.has(m[0])) known.add(m[0]);
	}
	if (known.size > 0) {
		const covered = spans.slice().sort((x, y) => x[0] - y[0]);
		let c = 0;
		for (const tok of tokens) {
			while (c < covered.length && covered[c]![1] <= tok.start) c++;
			const inside = c < covered.length && covered[c]![0] <= tok.start;
			if (!inside && known.has(tok.word)) spans.push([tok.start, tok.end]);
		}
	}
	return spans.map(([a, b]) => makeFinding('naam', text, a, b));
}
