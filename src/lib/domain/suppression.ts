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
