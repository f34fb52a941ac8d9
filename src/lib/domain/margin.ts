/**
 * Margins of survey figures: a percentage or a mean report mark from a sample of n respondents is an
 * estimate, so it is shown with its 95% margin, and a difference between two such figures is only called
 * a difference when it is larger than chance explains.
 *
 * The rules, so they can be checked:
 * - A figure is a survey figure when its source is a survey (enquête, monitor, onderzoek) or its kind is
 *   `ervaring`; only then do n and a margin mean something.
 * - No margin below MIN_N_FOR_MARGIN respondents (the figure then says it has too few answers for one).
 * - Percentages: the Wilson score interval (also sound near 0% or 100% and for small n).
 * - Mean report marks (1-10): mean ± t(0.975, n − 1) × s / √n. Deliveries carry n but no standard deviation,
 *   so s is ASSUMED_MARK_SD, a deliberately cautious value for 1-10 satisfaction marks (reported standard
 *   deviations are mostly 1.0-1.5); the UI says the margin is an estimate on that assumption.
 * - Two figures differ clearly when their difference is larger than 1.96 × √(se₁² + se₂²). A wijk is part of
 *   the city's sample; treating the two as independent overstates the uncertainty of their difference, so
 *   the rule errs towards "geen duidelijk verschil".
 */

/** Two-sided 95%: the standard normal's 0.975 quantile. */
export const Z95 = 1.959964;
/** Below this many respondents no margin is given. */
export const MIN_N_FOR_MARGIN = 10;
/** Standard deviation assumed for a mean report mark (1-10) when none is delivered. */
export const ASSUMED_MARK_SD = 1.5;

export interface SurveySource {
	source: string;
	kind: string;
}

/** True when the indicator's figures come from a sample of respondents (a survey or client experience study). */
export function isSurvey(indicator: SurveySource): boolean {
	return indicator.kind === 'ervaring' || /enqu[eê]te|monitor|onderzoek|peiling/i.test(indicator.source);
}

export interface Margin {
	/** Lower and upper end of the 95% interval, in the figure's unit. */
	low: number;
	high: number;
	/** Standard error used for comparisons, in the figure's unit. */
	se: number;
}

/** The 0.975 quantile of Student's t with `df` degrees of freedom (Cornish-Fisher; within 0.002 from df 5). */
export function t975(df: number): number {
	if (df < 1) throw new Error(`degrees of freedom must be at least 1: ${df}`);
	const z = Z95;
	return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2) + (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * df ** 3);
}

/** Wilson score interval of a percentage (0-100) from n respondents, in percent. */
export function wilsonInterval(percent: number, n: number): { low: number; high: number } {
	const p = percent / 100;
	const z2 = Z95 * Z95;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (Z95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return { low: Math.max(0, (centre - half) * 100), high: Math.min(100, (centre + half) * 100) };
}

/**
 * The 95% margin of a survey value: `unit` 'procent' (Wilson) or 'rapportcijfer' (mean with the assumed
 * standard deviation). Null when the value or n is missing, n is below MIN_N_FOR_MARGIN, or the unit has no margin rule.
 */
export function surveyMargin(value: number | null, n: number | null, unit: string): Margin | null {
	if (value === null || n === null || n < MIN_N_FOR_MARGIN) return null;
	if (unit === 'procent') {
		const p = Math.min(Math.max(value / 100, 0), 1);
		return { ...wilsonInterval(value, n), se: Math.sqrt((p * (1 - p)) / n) * 100 };
	}
	if (unit === 'rapportcijfer') {
		const se = ASSUMED_MARK_SD / Math.sqrt(n);
		const half = t975(n - 1) * se;
		return { low: Math.max(1, value - half), high: Math.min(10, value + half), se };
	}
	return null;
}

export type Difference = 'hoger' | 'lager' | 'geen duidelijk verschil';

/**
 * How survey value `a` compares with `b`: 'hoger' or 'lager' when the difference is larger than its 95%
 * margin, else 'geen duidelijk verschil'; null when either has no margin (then nothing can be said).
 */
export function compareSurvey(a: { value: number | null; n: number | null }, b: { value: number | null; n: number | null }, unit: string): Difference | null {
	const ma = surveyMargin(a.value, a.n, unit);
	const mb = surveyMargin(b.value, b.n, unit);
	if (!ma || !mb) return null;
	const difference = a.value! - b.value!;
	// A zero standard error (0% or 100%) still needs a difference beyond rounding to count.
	const limit = Z95 * Math.sqrt(ma.se ** 2 + mb.se ** 2);
	if (Math.abs(difference) <= limit) return 'geen duidelijk verschil';
	return difference > 0 ? 'hoger' : 'lager';
}

/** The margin rule for an indicator's values (value, n) → margin; undefined when it is not a survey figure. */
export function marginRule(indicator: SurveySource & { unit: string }): ((value: number | null, n: number | null) => Margin | null) | undefined {
	if (!isSurvey(indicator)) return undefined;
	return (value, n) => surveyMargin(value, n, indicator.unit);
}
