/**
 * Exact ages ("87 jaar", "87-jarige", "een man van 87", "Marie (87)"). An age alone rarely identifies
 * anyone, so it is flagged only when the same sentence holds another identifying detail (another finding:
 * name, address, postcode, date, contact detail; or a family or housing detail such as "weduwe",
 * "kleindochter", "bovenwoning"), or when the age is 95 or higher on its own.
 */
import { makeFinding, sentenceAt, type Finding } from './types';

/** "87-jarige", "87 jarige", "87-jarig"; not "4-jarigen" (a group) nor "het 25-jarig bestaan". */
const JARIG = /(?<![\p{L}\p{N},.])(\d{1,3})[ -]?jarige?(?![\p{L}])(?! (?:bestaan|jubileum|samenwerking|huwelijk|contract|lidmaatschap|dienstverband|project|traject|geschiedenis|ervaring|periode|onderzoek|programma|plan)(?![\p{L}]))/giu;

/** "is 87 jaar", "87 jaar oud", "leeftijd van 87". */
const JAAR = /(?<![\p{L}\p{N},./-])(\d{1,3}) jaar(?: oud)?(?![\p{L}])/giu;
const COPULA_BEFORE = /(?<![\p{L}])(?:is|was|werd|wordt|word|ben|bent|zijn|waren|leeftijd van|inmiddels|nu|pas|bijna|ruim|al bijna) $/iu;
const NOT_AN_AGE_AFTER = /^ (?:geleden|lang|later|terug|eerder|getrouwd|samen|bezig|actief|werkzaam|vrijwilliger|lid|in|bij|op|voor|na|daarna|tot|of (?:ouder|jonger)|en (?:ouder|jonger)|durend|achter|verder|de tijd)(?![\p{L}])/iu;

/** "een man van 87", "een vrouw van 87 jaar", "op de leeftijd van 92". */
const PERSON_OF =
	/(?<![\p{L}])(?:man|vrouw|meneer|mevrouw|heer|dame|jongen|meisje|kind|zoon|dochter|weduwe|weduwnaar|bewoner|bewoonster|buurman|buurvrouw|oma|opa|moeder|vader|kleinzoon|kleindochter|baby|peuter|tiener|leeftijd) van (\d{1,3})(?: jaar(?: oud)?)?(?![\p{L}\p{N}]|,\d|-\d| ?\+| ?%| tot| t\/m| à| of (?:ouder|jonger)| en (?:ouder|jonger)| jaar (?:geleden|lang))/giu;

/** "Marie (87)": an age in brackets after a capitalised word. */
const BRACKETED = /(?<=\p{Lu}\p{Ll}+ )\((\d{1,3})\)/gu;

/** Family, housing and "the only one" details that narrow a person down. */
const DETAIL =
	/(?<![\p{L}])(?:weduwe|weduwnaar|zoon|zonen|dochters?|(?:achter)?klein(?:kind|kinderen|zoon|zonen|dochters?)|buurvrouw|buurman|echtgeno(?:o|t)te?|(?:haar|zijn) (?:man|vrouw|partner)|broers?|zus(?:sen)?|tweeling|schoon(?:zoon|dochter|moeder|vader)|kinderen|overleden|flat|portiek|hoekhuis|bovenwoning|benedenwoning|verpleeghuis|verzorgingshuis|huisnummer|nummer \d|verdieping|etage|oudste|jongste|enige)(?![\p{L}])/iu;

function plausible(age: number): boolean {
	return age >= 0 && age <= 120;
}

/** Raw age mentions, before the context rule. */
function ageMentions(text: string): { start: number; end: number; age: number }[] {
	const out: { start: number; end: number; age: number }[] = [];
	for (const m of text.matchAll(JARIG)) out.push({ start: m.index, end: m.index + m[0].length, age: Number(m[1]) });
	for (const m of text.matchAll(JAAR)) {
		const end = m.index + m[0].length;
		const oud = /oud$/i.test(m[0]);
		const before = text.slice(Math.max(0, m.index - 16), m.index);
		if (NOT_AN_AGE_AFTER.test(text.slice(end, end + 16))) continue;
		if (oud || COPULA_BEFORE.test(before)) out.push({ start: m.index, end, age: Number(m[1]) });
	}
	for (const m of text.matchAll(PERSON_OF)) {
		const start = m.index + m[0].length - m[0].slice(m[0].indexOf(m[1]!)).length;
		out.push({ start, end: m.index + m[0].length, age: Number(m[1]) });
	}
	for (const m of text.matchAll(BRACKETED)) out.push({ start: m.index, end: m.index + m[0].length, age: Number(m[1]) });
	return out.filter((a) => plausible(a.age));
}

/**
 * Ages that identify: `others` are the findings of the other detectors (used for the same-sentence rule).
 * Duplicates ("is 87 jaar oud" found twice) are left to the overlap resolution in index.ts.
 */
export function findAges(text: string, starts: number[], others: Finding[]): Finding[] {
	const out: Finding[] = [];
	for (const a of ageMentions(text)) {
		const [s, e] = sentenceAt(starts, text.length, a.start);
		const sentence = text.slice(s, e);
		const hasOther = others.some((f) => f.kind !== 'leeftijd' && f.start < e && f.end > s);
		if (a.age >= 95 || hasOther || DETAIL.test(sentence)) out.push(makeFinding('leeftijd', text, a.start, a.end));
	}
	return out;
}
