/** Small-cell protection: figures based on fewer than `minN` people are not published as numbers. */

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

export interface GroupCell {
	key: string;
	value: number | null;
	n: number | null;
	/** Hidden on its own account (a small cell). */
	primary: boolean;
	/** The total of the group (the city), from which a single hidden part could be derived. */
	isTotal: boolean;
}

/**
 * Keys of the extra cells to hide so that a hidden cell cannot be worked out by subtracting the other parts
 * from the published total: when exactly one part is hidden and the total is known, the smallest other
 * part is hidden too.
 */
export function secondarySuppression(group: GroupCell[]): Set<string> {
	const extra = new Set<string>();
	const total = group.find((c) => c.isTotal);
	const parts = group.filter((c) => !c.isTotal);
	const hidden = parts.filter((c) => c.primary);
	if (!total || total.value === null || total.primary || hidden.length !== 1) return extra;
	const candidates = parts
		.filter((c) => !c.primary && c.value !== null)
		.sort((a, b) => (a.n ?? a.value!) - (b.n ?? b.value!) || a.key.localeCompare(b.key));
	if (candidates[0]) extra.add(candidates[0].key);
	return extra;
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

/**
 * The cells to hide from audiences that get suppression: small cells, and per indicator × period one more
 * wijk when a single hidden wijk could otherwise be derived from the city total (`cityCode`).
 */
export function hiddenCells<T extends CellKey & { value: number | null; n: number | null }>(rows: T[], rules: Map<string, IndicatorRule>, cityCode: string): Set<T> {
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
	const hidden = new Set(primary);
	for (const group of groups.values()) {
		if (!group.some((row) => primary.has(row))) continue;
		const byKey = new Map(group.map((row) => [row.areaCode, row]));
		const extra = secondarySuppression(group.map((row) => ({ key: row.areaCode, value: row.value, n: row.n, primary: primary.has(row), isTotal: row.areaCode === cityCode })));
		for (const key of extra) hidden.add(byKey.get(key)!);
	}
	return hidden;
}

