/** BSN-like numbers: nine digits (plain, or grouped 3-3-3 / 4-2-3 with dots or spaces) passing the elfproef. */
import { makeFinding, type Finding } from './types';

const BSN = /(?<![\p{L}\p{N}.,€-])(?:\d{9}|\d{3}\.\d{3}\.\d{3}|\d{3} \d{3} \d{3}|\d{4}\.\d{2}\.\d{3})(?![\p{L}\p{N}]|[.,]\p{N})/gu;

/** The elfproef for BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11, and not all digits are zero. */
export function passesElfproef(digits: string): boolean {
	if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
	let sum = 0;
	for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
	sum -= Number(digits[8]);
	return sum % 11 === 0;
}

export function findBsns(text: string): Finding[] {
	const out: Finding[] = [];
	for (const m of text.matchAll(BSN)) {
		if (/€\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue; // an amount, "€ 123.456.789"
		if (!passesElfproef(m[0].replace(/[. ]/g, ''))) continue;
		out.push(makeFinding('bsn', text, m.index, m.index + m[0].length));
	}
	return out;
}
