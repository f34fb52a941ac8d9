/** Numbers as Dutch (and some English) spreadsheets write them, and the decimal convention of a file. */
import type { FileRow, UploadColumn } from './types';

export type NumberRead = { ok: true; value: number; ambiguous: boolean } | { ok: false };

const FAIL: NumberRead = { ok: false };
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?$/;
const SPACES = /[ \u00A0\u202F]/g;
const DIGITS = /^\d+$/;
const EXPONENT = /^(\d*(?:[.,]\d+)?)[eE]([+-]?\d{1,3})$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+$/;

function result(value: number, ambiguous = false): NumberRead {
	return Number.isFinite(value) ? { ok: true, value, ambiguous } : FAIL;
}

/**
 * Reads "1.234", "1.234,5", "1,234.5", "12,5", "12.5", "1 234", "-3", "+3", "  7 ", "1,5E-07" with the
 * file's decimal convention (`decimal`). Not a number: "50%", "€ 5", "12,5 uur", "1.23.4", "" → ok:false.
 *
 * `ambiguous` is true for a value like "1.234" or "1,234" (1 to 3 digits, not just "0", then exactly 3
 * digits) when `decimal` does not decide it. Its value is then the Dutch reading: "1.234" → 1234 and
 * "1,234" → 1.234. With `decimal` ',' "1.234" is 1234 and "1,234" is 1.234; with '.' the other way round.
 * A shape that can only be read one way ("12,5", "1.234,5", "1.234.567", "0,250") is never ambiguous,
 * whatever the convention says.
 */
export function readDutchNumber(text: string, decimal: ',' | '.' | null): NumberRead {
	let s = text.trim();
	if (s === '' || s.length > 40) return FAIL;
	let sign = 1;
	const first = s[0];
	if (first === '-' || first === '\u2212' || first === '+') {
		if (first !== '+') sign = -1;
		s = s.slice(1);
	}
	if (SPACE_GROUPED.test(s)) s = s.replace(SPACES, '');
	if (DIGITS.test(s)) return result(sign * Number(s));
	const exponent = EXPONENT.exec(s);
	if (exponent) {
		if (exponent[1] === '' || !/\d/.test(exponent[1]!)) return FAIL;
		return result(sign * Number(`${exponent[1]!.replace(',', '.')}e${exponent[2]}`));
	}
	const body = readBody(s, decimal);
	return body ? result(sign * body.value, body.ambiguous) : FAIL;
}

function readBody(s: string, decimal: ',' | '.' | null): { value: number; ambiguous: boolean } | null {
	const dot = s.lastIndexOf('.');
	const comma = s.lastIndexOf(',');
	if (dot >= 0 && comma >= 0) {
		// Both: the last one is the decimal sign, the other groups thousands ("1.234,5", "1,234.5").
		const point = dot > comma ? '.' : ',';
		const at = Math.max(dot, comma);
		const whole = s.slice(0, at);
		const fraction = s.slice(at + 1);
		const groups = point === '.' ? COMMA_GROUPS : DOT_GROUPS;
		if (!DIGITS.test(fraction) || !groups.test(whole)) return null;
		return { value: Number(`${whole.replace(/[.,]/g, '')}.${fraction}`), ambiguous: false };
	}
	const sep = dot >= 0 ? '.' : comma >= 0 ? ',' : null;
	if (!sep) return null;
	const at = dot >= 0 ? dot : comma;
	if (s.indexOf(sep) !== at) {
		// More than one: only thousands groups ("1.234.567"), unless that sign is the file's decimal sign.
		if (decimal === sep || !(sep === '.' ? DOT_GROUPS : COMMA_GROUPS).test(s)) return null;
		return { value: Number(s.replaceAll(sep, '')), ambiguous: false };
	}
	const whole = s.slice(0, at);
	const fraction = s.slice(at + 1);
	if (!DIGITS.test(fraction) || (whole !== '' && !DIGITS.test(whole))) return null;
	const asDecimal = Number(`${whole || '0'}.${fraction}`);
	const couldBeThousands = fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && whole[0] !== '0';
	if (!couldBeThousands) return { value: asDecimal, ambiguous: false };
	const asThousands = Number(whole + fraction);
	if (decimal === sep) return { value: asDecimal, ambiguous: false };
	if (decimal !== null) return { value: asThousands, ambiguous: false };
	return { value: sep === ',' ? asDecimal : asThousands, ambiguous: true };
}

/** A number from a row: exact for an Excel number cell (see `FileRow.numeric`), else `readDutchNumber`. */
export function readRowNumber(row: FileRow, column: UploadColumn, decimal: ',' | '.' | null): NumberRead {
	const text = row.cells[column] ?? '';
	if (row.numeric.includes(column)) {
		const value = Number(text);
		return text !== '' && Number.isFinite(value) ? { ok: true, value, ambiguous: false } : FAIL;
	}
	return readDutchNumber(text, decimal);
}

// A comma that must be a decimal sign: "12,5", "1.234,5", "0,250" (not "1,234", which may group thousands).
const COMMA_DECIMAL = /^[-+]?(?:\d{1,3}(?:\.\d{3})+,\d+|\d+,(?:\d{1,2}|\d{4,})|\d{4,},\d+|0,\d+)$/;
// A point that must be a decimal sign: "12.5", "0.25", "1,234.5", "0.250" (not "1.234").
const POINT_DECIMAL = /^[-+]?(?:\d{1,3}(?:,\d{3})+\.\d+|\d+\.(?:\d{1,2}|\d{4,})|\d{4,}\.\d+|0\.\d+)$/;

/**
 * The decimal sign of a file, from its `waarde` texts: ',' when some value can only be a decimal comma and
 * none can only be a decimal point; '.' the other way round; null when no value tells (only whole numbers
 * or the "1.234" shape) or when both occur (`mixed` is then true).
 */
export function guessDecimal(values: Iterable<string>): { decimal: ',' | '.' | null; mixed: boolean } {
	let comma = false;
	let point = false;
	for (const raw of values) {
		const value = raw.replace(SPACES, '');
		if (!comma && COMMA_DECIMAL.test(value)) comma = true;
		else if (!point && POINT_DECIMAL.test(value)) point = true;
		if (comma && point) return { decimal: null, mixed: true };
	}
	return { decimal: comma ? ',' : point ? '.' : null, mixed: false };
}
