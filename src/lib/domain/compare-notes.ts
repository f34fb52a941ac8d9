// The notes on a comparison chart: those of each compared area on the indicator, in the chosen periods,
// marked by the line they belong to (A1, B2, …), so two areas' note 1 stay apart on one chart. Pure.
import type { FigureNote } from './figure';
import { inRange, type PeriodRange } from './period-range';

/** The letter of the n-th line on a comparison chart. */
export const lineLetter = (index: number) => String.fromCharCode(65 + index);

export function compareNotes<T extends FigureNote & { indicatorCode: string; areaCode: string }>(
	notes: T[],
	indicatorCode: string,
	areas: { code: string; name: string }[],
	range: PeriodRange
): (T & { marker: string; areaName: string })[] {
	return areas.flatMap((area, i) =>
		notes
			.filter((n) => n.indicatorCode === indicatorCode && n.areaCode === area.code && (inRange(n.periodFrom, range) || inRange(n.periodTo, range)))
			.map((n) => ({ ...n, marker: `${lineLetter(i)}${n.number}`, areaName: area.name }))
	);
}

/** The pins a comparison chart draws for its notes. */
export function comparePins(notes: { number: number; periodFrom: string; periodTo: string; marker: string }[]) {
	return notes.map((n) => ({ number: n.number, from: n.periodFrom, to: n.periodTo, marker: n.marker }));
}
