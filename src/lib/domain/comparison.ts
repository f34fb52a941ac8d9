/** Comparing one area with the whole city on one chart. */
import type { FigureCell } from './figure';

/**
 * The factor that puts a city-wide count on the scale of one area: the area's share of the inhabitants.
 * Rates, percentages and scores compare as they are (factor 1); so does a count without known populations.
 */
export function cityScale(unit: string, areaPopulation: number | null, cityPopulation: number | null): number {
	if (unit !== 'aantal' || !areaPopulation || !cityPopulation) return 1;
	return areaPopulation / cityPopulation;
}

/** The city's reference line among wijken: for counts the average wijk (a city total would dwarf every bar). */
export function cityReference(unit: string, cityName: string, value: number | null, wijkCount: number): { name: string; value: number | null } {
	if (unit !== 'aantal') return { name: cityName, value };
	return { name: 'gemiddelde wijk', value: value === null || wijkCount === 0 ? null : Math.round((value / wijkCount) * 10) / 10 };
}

/** A city value on one area's scale (times `factor`, one decimal); null stays null. */
export function scaleValue(value: number | null, factor: number): number | null {
	return value === null || factor === 1 ? value : Math.round(value * factor * 10) / 10;
}

/** The city's cell on one area's scale: what the chart's city line, the table's city column and the CSV all show. */
export function scaledCityCell(cell: FigureCell | null, factor: number): FigureCell | null {
	return cell && factor !== 1 ? { ...cell, value: scaleValue(cell.value, factor) } : cell;
}

/**
 * The name of the city beside one area, the same in the legend, the table header and the CSV: the city
 * itself, or "Leiden, omgerekend naar het aantal inwoners van Noord" when its count is scaled.
 */
export function cityComparisonName(cityName: string, areaName: string, factor: number): string {
	return factor === 1 ? cityName : `${cityName}, omgerekend naar het aantal inwoners van ${areaName}`;
}

/** The city's line beside one area on a trend chart: its name (legend, table, CSV) and its short end label. */
export function cityLine(cityName: string, areaName: string, factor: number): { name: string; label: string } {
	return { name: cityComparisonName(cityName, areaName, factor), label: cityLineLabel(cityName, factor) };
}

/** The short form of cityComparisonName for the end of the chart's line, where a sentence does not fit. */
export function cityLineLabel(cityName: string, factor: number): string {
	return factor === 1 ? cityName : `${cityName} (omgerekend)`;
}
