/** The comparison's selection, read from the URL so a link can be shared. Bad parts are dropped with a notice. */
import { parseRange } from './period-range';

export interface CompareSelection {
	wijken: string[];
	/** Include the city as a whole as one of the lines. */
	city: boolean;
	indicators: string[];
	/** Canonical period codes, inclusive; null for no bound. */
	from: string | null;
	to: string | null;
	/** Dutch messages about parts of the URL that were ignored. */
	notices: string[];
}

export const MAX_AREAS = 4;
export const MAX_INDICATORS = 6;

/** Values of a comma list (`wijken=a,b`) and of repeated fields (`wijk=a&wijk=b`, as a form sends them). */
const list = (params: URLSearchParams, listName: string, fieldName: string) =>
	[...(params.get(listName) ?? '').split(','), ...params.getAll(fieldName)].map((v) => v.trim()).filter(Boolean);

/**
 * Reads `wijken` (or repeated `wijk`), `stad`, `indicatoren` (or repeated `indicator`), `van` and `tot`
 * from the query string against what exists.
 */
export function parseCompareSelection(params: URLSearchParams, known: { wijken: string[]; indicators: string[] }): CompareSelection {
	const notices: string[] = [];
	const askedWijken = [...new Set(list(params, 'wijken', 'wijk'))];
	const unknownWijken = askedWijken.filter((w) => !known.wijken.includes(w));
	if (unknownWijken.length) notices.push(`Onbekende wijk(en) genegeerd: ${unknownWijken.join(', ')}.`);
	let wijken = askedWijken.filter((w) => known.wijken.includes(w));
	const city = params.get('stad') === '1';
	const room = MAX_AREAS - (city ? 1 : 0);
	if (wijken.length > room) {
		notices.push(`U kunt ${MAX_AREAS} gebieden tegelijk vergelijken; de eerste ${room} wijken zijn gekozen.`);
		wijken = wijken.slice(0, room);
	}

	const askedIndicators = [...new Set(list(params, 'indicatoren', 'indicator'))];
	const unknownIndicators = askedIndicators.filter((i) => !known.indicators.includes(i));
	if (unknownIndicators.length) notices.push(`Onbekende indicator(en) genegeerd: ${unknownIndicators.join(', ')}.`);
	let indicators = askedIndicators.filter((i) => known.indicators.includes(i));
	if (indicators.length > MAX_INDICATORS) {
		notices.push(`U kunt ${MAX_INDICATORS} indicatoren tegelijk vergelijken; de eerste ${MAX_INDICATORS} zijn gekozen.`);
		indicators = indicators.slice(0, MAX_INDICATORS);
	}

	const { from, to } = parseRange(params, notices);
	return { wijken, city, indicators, from, to, notices };
}

/** True when the selection has at least two areas and one indicator to compare. */
export function isComplete(selection: CompareSelection): boolean {
	return selection.wijken.length + (selection.city ? 1 : 0) >= 2 && selection.indicators.length > 0;
}

/** The query string for a selection (for links), in a stable order. */
export function toQuery(selection: Pick<CompareSelection, 'wijken' | 'city' | 'indicators' | 'from' | 'to'>): string {
	const params = new URLSearchParams();
	if (selection.wijken.length) params.set('wijken', selection.wijken.join(','));
	if (selection.city) params.set('stad', '1');
	if (selection.indicators.length) params.set('indicatoren', selection.indicators.join(','));
	if (selection.from) params.set('van', selection.from);
	if (selection.to) params.set('tot', selection.to);
	return params.toString();
}
