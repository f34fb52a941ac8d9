/** When a figure counts as "geduid": a readable note covers its latest period. One rule for the overview and the figure card. */
import { periodWithin } from '../periods';

/** True when one of `notes` (already limited to the figure's indicator and area) covers `latestPeriod`; false without data. */
export function isGeduid(latestPeriod: string | null, notes: { periodFrom: string; periodTo: string }[]): boolean {
	return latestPeriod !== null && notes.some((n) => periodWithin(latestPeriod, n.periodFrom, n.periodTo));
}
