/** Comparing one area with the whole city on one chart. */

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
