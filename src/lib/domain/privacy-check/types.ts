/** Shared types, labels, messages and text helpers for the privacy check. Pure, no dependencies. */

export type FindingKind = 'email' | 'telefoon' | 'postcode' | 'adres' | 'bsn' | 'datum' | 'leeftijd' | 'naam';

export interface Finding {
	kind: FindingKind;
	/** JS string index of the first character. */
	start: number;
	/** JS string index just after the last character. */
	end: number;
	text: string;
	/** Dutch (B1): what was found and why it matters. */
	message: string;
}

export const FINDING_LABELS: Record<FindingKind, string> = {
	email: 'E-mailadres',
	telefoon: 'Telefoonnummer',
	postcode: 'Postcode',
	adres: 'Adres',
	bsn: 'Burgerservicenummer (BSN)',
	datum: 'Datum',
	leeftijd: 'Leeftijd',
	naam: 'Naam'
};

const MESSAGES: Record<FindingKind, string> = {
	email: 'E-mailadres: hiermee kun je iemand vinden. Haal het weg of gebruik het algemene adres van de organisatie.',
	telefoon: 'Telefoonnummer: hiermee kun je iemand vinden. Haal het weg of maak het algemeen.',
	postcode: 'Postcode: hiermee vind je iemands straat of huis. Noem alleen de wijk.',
	adres: 'Straat met huisnummer: hiermee vind je iemands huis. Noem alleen de buurt of de wijk.',
	bsn: 'Dit lijkt een burgerservicenummer (BSN). Dat mag nooit in een verhaal staan. Haal het weg.',
	datum: 'Precieze datum: een geboortedatum of exacte datum maakt iemand herkenbaar. Noem alleen het jaar of de maand.',
	leeftijd: 'Precieze leeftijd: samen met andere details maakt dit iemand herkenbaar. Schrijf bijvoorbeeld "een vrouw van in de tachtig".',
	naam: 'Naam: hiermee is iemand te herkennen. Gebruik een andere naam of schrijf "een bewoner", tenzij de persoon toestemming gaf.'
};

export function makeFinding(kind: FindingKind, source: string, start: number, end: number): Finding {
	return { kind, start, end, text: source.slice(start, end), message: MESSAGES[kind] };
}

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set([
	'mevr', 'dhr', 'mw', 'mr', 'dr', 'ir', 'ing', 'drs', 'prof', 'st', 'ca', 'bijv', 'bv', 'nr', 'geb', 'jl', 'resp', 'evt', 'zgn', 'incl', 'excl', 'etc', 'vs', 'tel',
	'jan', 'feb', 'febr', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'o.a', 'm.b.v', 'i.p.v', 'a.s', 'z.s.m'
]);

/** True when the full stop at `dot` belongs to an abbreviation or initial, not to a sentence end. */
function isAbbreviationDot(text: string, dot: number): boolean {
	let i = dot - 1;
	while (i >= 0 && /[\p{L}.]/u.test(text[i]!) && dot - i <= 8) i--;
	const word = text.slice(i + 1, dot).toLowerCase();
	if (word.length === 1) return true; // an initial such as "J."
	return ABBREVIATIONS.has(word);
}

/**
 * The sentence ranges of a text, as sorted start offsets: a sentence ends at `.`, `!` or `?` followed by
 * white space (not after an abbreviation or initial), and at every line break (Markdown paragraphs, list items).
 */
export function sentenceStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\n') starts.push(i + 1);
		else if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ')) {
			if (c === '.' && isAbbreviationDot(text, i)) continue;
			starts.push(i + 1);
		}
	}
	return starts;
}

/** The [start, end) range of the sentence holding `pos`, given `sentenceStarts(text)`. */
export function sentenceAt(starts: number[], textLength: number, pos: number): [number, number] {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= pos) lo = mid;
		else hi = mid - 1;
	}
	return [starts[lo]!, starts[lo + 1] ?? textLength];
}

/** Markdown and quoting characters skipped when looking for what comes before a word. */
const SKIPPED_BEFORE = new Set([' ', '\t', '\r', '*', '_', '#', '>', '"', "'", '“', '”', '‘', '’', '(', '[', '-', '•', '–', '—']);

/** True when the word at `pos` opens a sentence, a line, a heading or a list item. */
export function isSentenceInitial(text: string, pos: number): boolean {
	let i = pos - 1;
	while (i >= 0 && SKIPPED_BEFORE.has(text[i]!)) i--;
	// an ordered list item: "1. Jan"
	if (i >= 0 && text[i] === '.' && /\d/.test(text[i - 1] ?? '')) {
		let j = i - 1;
		while (j >= 0 && /\d/.test(text[j]!)) j--;
		if (j < 0 || text[j] === '\n') return true;
	}
	if (i < 0) return true;
	const c = text[i]!;
	if (c === '\n' || c === '!' || c === '?' || c === ':') return true;
	if (c === '.') return !isAbbreviationDot(text, i);
	return false;
}

/** Letters and digits that may not touch a match (Unicode-aware replacement for `\b`). */
export const WORD_CHAR = /[\p{L}\p{N}]/u;
