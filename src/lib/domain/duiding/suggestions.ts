// Suggestions for a session's agenda: figures of its wijken (and theme) that changed much in their latest
// period, figures without a current duiding, and figures that stories from those wijken speak about since
// the last session. Open afspraken need no suggestion: they start every agenda by themselves. Pure.
export interface Candidate {
	indicatorCode: string;
	indicatorName: string;
	themeCode: string;
	unit: string;
	areaCode: string;
	areaName: string;
	/** The area's latest two values in period order (null where hidden or missing). */
	previous: { period: string; value: number | null } | null;
	latest: { period: string; value: number | null } | null;
	geduid: boolean;
	/** Stories about this figure (its indicator, in its wijk) since the last session. */
	newStories: number;
}

export type SuggestionReason = 'grote verandering' | 'nog niet geduid' | 'nieuwe verhalen';

export interface Suggestion {
	indicatorCode: string;
	areaCode: string;
	label: string;
	reasons: { reason: SuggestionReason; text: string }[];
	/** Ordering weight: larger first. */
	weight: number;
}

/** A change counts as big from this share of the earlier value (and is never a rounding step). */
export const BIG_CHANGE = 0.15;

/** The relative change from `previous` to `latest`; null when either is unknown or the earlier value is 0. */
export function relativeChange(c: Pick<Candidate, 'previous' | 'latest'>): number | null {
	const before = c.previous?.value;
	const after = c.latest?.value;
	if (before === null || before === undefined || after === null || after === undefined || before === 0) return null;
	return (after - before) / Math.abs(before);
}

/** Suggestions from candidates, strongest first, without figures already on the agenda; at most `limit`. */
export function suggestAgenda(candidates: Candidate[], onAgenda: Set<string>, limit = 12): Suggestion[] {
	const suggestions: Suggestion[] = [];
	for (const c of candidates) {
		if (onAgenda.has(`${c.indicatorCode}|${c.areaCode}`)) continue;
		const reasons: Suggestion['reasons'] = [];
		let weight = 0;
		const change = relativeChange(c);
		if (change !== null && Math.abs(change) >= BIG_CHANGE) {
			const percent = Math.round(Math.abs(change) * 100);
			reasons.push({ reason: 'grote verandering', text: `${change > 0 ? 'Gestegen' : 'Gedaald'} met ${percent}% in het laatste cijfer (${c.latest!.period} tegen ${c.previous!.period}).` });
			weight += 2 + Math.min(3, Math.abs(change));
		}
		if (!c.geduid && c.latest) {
			reasons.push({ reason: 'nog niet geduid', text: `Bij het laatste cijfer (${c.latest.period}) staat nog geen duiding.` });
			weight += 1;
		}
		if (c.newStories > 0) {
			reasons.push({ reason: 'nieuwe verhalen', text: c.newStories === 1 ? 'Er is een nieuw verhaal over dit cijfer.' : `Er zijn ${c.newStories} nieuwe verhalen over dit cijfer.` });
			weight += 1.5 + Math.min(2, c.newStories / 2);
		}
		// "Not yet interpreted" alone is true of most figures: only with another reason is it a suggestion.
		if (!reasons.length || (reasons.length === 1 && reasons[0]!.reason === 'nog niet geduid' && candidates.length > limit)) continue;
		suggestions.push({ indicatorCode: c.indicatorCode, areaCode: c.areaCode, label: `${c.indicatorName}, ${c.areaName}`, reasons, weight });
	}
	return suggestions.sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label, 'nl')).slice(0, limit);
}
