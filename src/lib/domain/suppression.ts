/**
 * Small-cell protection. A figure resting on fewer than `minN` persons is not published as a number
 * (primary suppression). Where the city total is published and the wijken add up to it, hiding only the
 * small cell is not enough: the total minus the published wijken gives it away. So more wijken are hidden
 * (secondary suppression) until no hidden cell can be narrowed to fewer than `minN` possible values, even by
 * someone who knows this rule and which hidden cells are the small ones.
 *
 * The rule, so it can be checked (it is open source):
 * - The additive quantity of a cell is its basis: its n, or the value itself for a count (`aantal`).
 * - Protecting cells are chosen in a fixed order that does not depend on any value (a hash of indicator,
 *   period and wijk), never "the smallest other wijk", whose choice would itself tell how small it is.
 * - Cells are added in that order until every hidden cell's interval, worked out from the published total
 *   and wijken as an attacker would, holds at least `minN` whole values. If the wijken run out, the city
 *   total is hidden as well.
 */

export interface Cell {
	value: number | null;
	/** Respondents or persons behind the value; null when the value itself is a count of persons or unknown. */
	n: number | null;
	unit: string;
}

/** The number of persons a value rests on: its n, or the value itself for a count; null when unknown. */
export function basisOf(cell: Cell): number | null {
	if (cell.n !== null) return cell.n;
	if (cell.unit === 'aantal' && cell.value !== null) return cell.value;
	return null;
}

/** True when the cell rests on fewer than `minN` persons and must be shown as "<minN" instead of its value. */
export function isSmallCell(cell: Cell, minN: number): boolean {
	const basis = basisOf(cell);
	return cell.value !== null && basis !== null && basis < minN;
}

/** What an attacker knows of one hidden part before using the total: a small cell lies in [0, minN − 1], another in [minN, ∞). */
export interface Bounds {
	lo: number;
	hi: number;
}

/**
 * The interval each hidden part must lie in, given that the hidden parts add up to `sum` and each lies
 * within its bounds: the tightest intervals interval reasoning gives for one sum constraint.
 */
export function intervalsWithin(sum: number, bounds: Bounds[]): Bounds[] {
	const loSum = bounds.reduce((s, b) => s + b.lo, 0);
	const finiteHi = bounds.filter((b) => Number.isFinite(b.hi)).reduce((s, b) => s + b.hi, 0);
	const unbounded = bounds.filter((b) => !Number.isFinite(b.hi)).length;
	return bounds.map((b) => {
		// The most all other parts together can hold (unbounded when any other part is).
		const othersHi = unbounded - (Number.isFinite(b.hi) ? 0 : 1) > 0 ? Infinity : finiteHi - (Number.isFinite(b.hi) ? b.hi : 0);
		return { lo: Math.max(b.lo, sum - othersHi), hi: Math.min(b.hi, sum - (loSum - b.lo)) };
	});
}

/** How many whole values an interval holds (0 when empty). */
export function widthOf(interval: Bounds): number {
	return Number.isFinite(interval.hi) ? Math.max(0, Math.floor(interval.hi) - Math.ceil(interval.lo) + 1) : Infinity;
}

export interface GroupCell {
	key: string;
	/** The additive quantity (basisOf); null when unknown. */
	basis: number | null;
	/** Hidden on its own account (a small cell). */
	primary: boolean;
	/** The total of the group (the city). */
	isTotal: boolean;
	/** Value-independent order in which parts are taken to protect (lower first). */
	order: number;
}

/** True when no hidden part can be narrowed below `minN` values from the published total and parts. */
function isProtected(total: GroupCell, parts: GroupCell[], hidden: Set<string>, minN: number): boolean {
	const hiddenParts = parts.filter((p) => hidden.has(p.key));
	if (hiddenParts.length === 0) return true;
	const published = parts.filter((p) => !hidden.has(p.key) && p.basis !== null).reduce((s, p) => s + p.basis!, 0);
	// A published part whose basis is not shown (a value without n) is one more unknown in the sum.
	const unknown = parts.filter((p) => !hidden.has(p.key) && p.basis === null).map(() => ({ lo: 0, hi: Infinity }));
	const bounds = hiddenParts.map((p) => (p.primary ? { lo: 0, hi: minN - 1 } : { lo: minN, hi: Infinity }));
	return intervalsWithin(total.basis! - published, [...bounds, ...unknown]).slice(0, bounds.length).every((interval) => widthOf(interval) >= minN);
}

/**
 * Keys of the extra cells to hide in one indicator × period group so that no hidden part can be derived
 * to within `minN` values; may include the total's key when the parts cannot protect each other.
 */
export function protectingCells(group: GroupCell[], minN: number): Set<string> {
	const extra = new Set<string>();
	const total = group.find((c) => c.isTotal);
	const parts = group.filter((c) => !c.isTotal);
	const hidden = new Set(parts.filter((c) => c.primary).map((c) => c.key));
	// Without a published total of known basis, nothing adds up to anything.
	if (hidden.size === 0 || !total || total.basis === null || total.primary) return extra;
	const candidates = parts.filter((c) => !c.primary && c.basis !== null).sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
	for (const candidate of candidates) {
		if (isProtected(total, parts, hidden, minN)) return extra;
		hidden.add(candidate.key);
		extra.add(candidate.key);
	}
	if (!isProtected(total, parts, hidden, minN)) extra.add(total.key);
	return extra;
}

/** A fixed pseudo-random order for a cell, from its names only (FNV-1a), so the choice reveals no value. */
export function protectionOrder(indicatorCode: string, period: string, areaCode: string): number {
	let hash = 0x811c9dc5;
	for (const char of `${indicatorCode}|${period}|${areaCode}`) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

export interface IndicatorRule {
	unit: string;
	minN: number;
}

/** One indicator × period: the group suppression decides over, and the unit a publication recomputes. */
export interface CellGroup {
	indicatorCode: string;
	period: string;
}

export interface CellKey {
	indicatorCode: string;
	areaCode: string;
	period: string;
}

/** Why a cell is hidden: its own small number (`klein`), or to protect a small cell elsewhere (`beschermt`). */
export type SuppressionReason = 'klein' | 'beschermt';

/**
 * The cells to hide from audiences that get suppression, with why: small cells (`klein`), and per
 * indicator × period the protecting cells and, where needed, the city total `cityCode` (`beschermt`).
 * Saying which is which gives nothing away: the rule above holds against someone who knows it.
 */
export function suppressionOf<T extends CellKey & { value: number | null; n: number | null }>(rows: T[], rules: Map<string, IndicatorRule>, cityCode: string): Map<T, SuppressionReason> {
	const primary = new Set<T>();
	const groups = new Map<string, T[]>();
	for (const row of rows) {
		const rule = rules.get(row.indicatorCode);
		if (!rule) throw new Error(`measurement for unknown indicator: ${row.indicatorCode}`);
		if (isSmallCell({ value: row.value, n: row.n, unit: rule.unit }, rule.minN)) primary.add(row);
		const group = `${row.indicatorCode}|${row.period}`;
		const members = groups.get(group);
		if (members) members.push(row);
		else groups.set(group, [row]);
	}
	const hidden = new Map<T, SuppressionReason>([...primary].map((row) => [row, 'klein']));
	for (const group of groups.values()) {
		if (!group.some((row) => primary.has(row))) continue;
		const rule = rules.get(group[0]!.indicatorCode)!;
		const byKey = new Map(group.map((row) => [row.areaCode, row]));
		const cells = group
			.filter((row) => row.value !== null)
			.map((row) => ({
				key: row.areaCode,
				basis: basisOf({ value: row.value, n: row.n, unit: rule.unit }),
				primary: primary.has(row),
				isTotal: row.areaCode === cityCode,
				order: protectionOrder(row.indicatorCode, row.period, row.areaCode)
			}));
		for (const key of protectingCells(cells, rule.minN)) hidden.set(byKey.get(key)!, 'beschermt');
	}
	return hidden;
}

/** The cells to hide (small and protecting ones alike); see suppressionOf for why each is hidden. */
export function hiddenCells<T extends CellKey & { value: number | null; n: number | null }>(rows: T[], rules: Map<string, IndicatorRule>, cityCode: string): Set<T> {
	return new Set(suppressionOf(rows, rules, cityCode).keys());
}
