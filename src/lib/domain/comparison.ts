/** Comparing one area with the whole city on one chart. */

/**
 * The factor that puts a city-wide count on the scale of one area: the area's share of the inhabitants.
 * Rates, percentages and scores compare as they are (factor 1); so does a count without known populations.
 */
export function cityScale(unit: string, areaPopulation: number | null, cityPopulation: number | null): number {
	if (unit !== 'aantal' || !areaPopulation || !cityPopulation) return 1;
	return areaPopulation / cityPopulation;
}
