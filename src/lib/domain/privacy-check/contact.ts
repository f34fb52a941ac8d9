/**
 * E-mail addresses and Dutch phone numbers. Every pattern has bounded repetition without nested ambiguity,
 * so one scan is linear in the length of the text.
 */
import { makeFinding, type Finding } from './types';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

export function findEmails(text: string): Finding[] {
	const out: Finding[] = [];
	for (const m of text.matchAll(EMAIL)) {
		const local = m[0].slice(0, m[0].indexOf('@'));
		if (local.startsWith('.') || local.endsWith('.')) continue;
		out.push(makeFinding('email', text, m.index, m.index + m[0].length));
	}
	return out;
}

/**
 * Dutch numbers have ten digits counted from the leading 0, or nine after +31 / 0031 (an optional "(0)"
 * in between). Digits may be grouped with single spaces or hyphens; the area code may stand in brackets.
 */
const PHONE = new RegExp(
	[
		String.raw`(?:\+|00)31[ -]?(?:\(0\)[ -]?)?[1-9](?:[ -]?\d){8}`,
		String.raw`0[1-9](?:[ -]?\d){8}`,
		String.raw`\(0[1-9]\d{0,2}\)[ -]?\d(?:[ -]?\d){4,7}`
	]
		.map((p) => `(?:${p})`)
		.join('|')
		.replace(/^/, String.raw`(?<![\p{L}\p{N}+.,/-])(?:`) + String.raw`)(?![\p{N}]|[.,]\p{N})`,
	'gu'
);

/** Day-month-year shapes that the national pattern would otherwise read as a number ("01-02-2023 12"). */
const DATE_PREFIX = /^\d{1,2}[-/]\d{1,2}[-/]\d{2,4}/;

function digitCount(s: string): number {
	let n = 0;
	for (const c of s) if (c >= '0' && c <= '9') n++;
	return n;
}

export function findPhones(text: string): Finding[] {
	const out: Finding[] = [];
	for (const m of text.matchAll(PHONE)) {
		const s = m[0];
		if (DATE_PREFIX.test(s)) continue;
		if (s.startsWith('(') && digitCount(s) !== 10) continue;
		out.push(makeFinding('telefoon', text, m.index, m.index + s.length));
	}
	return out;
}
