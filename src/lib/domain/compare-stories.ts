// The stories on a comparison chart: those linked to the indicator in each compared area, in the chosen
// periods (a story without a period always counts), in the order of the chart's lines. Pure.
import { inRange, type PeriodRange } from './period-range';

/** What a comparison shows of a story: enough to name it and link to it. */
export interface CompareStory {
	id: string;
	title: string;
	type: string;
	period: string | null;
	areaCode: string;
	indicatorCodes: string[];
}

/** The stories of `areas` linked to `indicatorCode`, each with the name of its area as the chart shows it. */
export function compareStories(stories: CompareStory[], indicatorCode: string, areas: { code: string; name: string }[], range: PeriodRange): (CompareStory & { areaName: string })[] {
	return areas.flatMap((area) =>
		stories
			.filter((s) => s.areaCode === area.code && s.indicatorCodes.includes(indicatorCode) && (s.period === null || inRange(s.period, range)))
			.map((s) => ({ ...s, areaName: area.name }))
	);
}
