/**
 * Privacy check for residents' stories: finds details that could identify someone (contact details,
 * postcodes, addresses, BSN-like numbers, dates, exact ages with other details, and personal names) before
 * a story is published. Pure and linear-time; Markdown is scanned as plain text.
 */
import { findAddresses, findPostcodes } from './address';
import { findAges } from './age';
import { findEmails, findPhones } from './contact';
import { findDates } from './dates';
import { findNames } from './names';
import { findBsns } from './numbers';
import { FINDING_LABELS, sentenceStarts, type Finding, type FindingKind } from './types';

export { FINDING_LABELS, type Finding, type FindingKind } from './types';
export { passesElfproef } from './numbers';

/** When two findings of equal length overlap, the earlier kind here wins (the more specific one). */
const SPECIFICITY: FindingKind[] = ['bsn', 'email', 'telefoon', 'postcode', 'adres', 'datum', 'naam', 'leeftijd'];

/**
 * Keeps non-overlapping findings: longer first, then the more specific kind, then the earlier one.
 * Returned sorted by start.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
	const ranked = findings
		.filter((f) => f.end > f.start)
		.sort((a, b) => b.end - b.start - (a.end - a.start) || SPECIFICITY.indexOf(a.kind) - SPECIFICITY.indexOf(b.kind) || a.start - b.start);
	const kept: Finding[] = []; // sorted by start, non-overlapping
	for (const f of ranked) {
		let lo = 0;
		let hi = kept.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (kept[mid]!.start < f.start) lo = mid + 1;
			else hi = mid;
		}
		const before = kept[lo - 1];
		const after = kept[lo];
		if ((before && before.end > f.start) || (after && after.start < f.end)) continue;
		kept.splice(lo, 0, f);
	}
	return kept;
}

export function checkPrivacy(text: string): Finding[] {
	const starts = sentenceStarts(text);
	const others = [...findEmails(text), ...findPhones(text), ...findPostcodes(text), ...findAddresses(text), ...findBsns(text), ...findDates(text, starts), ...findNames(text)];
	return resolveOverlaps([...others, ...findAges(text, starts, others)]);
}

/** The text split into plain and flagged parts, for highlighting in the UI (the UI escapes every part). */
export function highlightParts(text: string, findings: Finding[]): { text: string; finding: Finding | null }[] {
	const parts: { text: string; finding: Finding | null }[] = [];
	let pos = 0;
	for (const f of resolveOverlaps(findings)) {
		const start = Math.max(f.start, pos);
		const end = Math.min(f.end, text.length);
		if (start >= end) continue;
		if (start > pos) parts.push({ text: text.slice(pos, start), finding: null });
		parts.push({ text: text.slice(start, end), finding: f });
		pos = end;
	}
	if (pos < text.length) parts.push({ text: text.slice(pos), finding: null });
	return parts;
}

/** Counts per kind, in the order of FINDING_LABELS, for kinds that occur. */
export function summary(findings: Finding[]): { kind: FindingKind; label: string; count: number }[] {
	const counts = new Map<FindingKind, number>();
	for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
	return (Object.keys(FINDING_LABELS) as FindingKind[]).filter((k) => counts.has(k)).map((kind) => ({ kind, label: FINDING_LABELS[kind], count: counts.get(kind)! }));
}
