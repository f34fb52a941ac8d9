// The list of afspraken across sessions (/acties) and its CSV: the filters as the URL carries them, the
// counts per status, and the rows of the table and the export, built from the same facts. Pure.
import type { CsvCell } from '../csv';
import { afspraakStatuses, isOneOf, type Visibility } from '../vocabulary';
import { isOpen, isOverdue, type AfspraakFacts, type AfspraakFilter } from './afspraken';

/** The status filter's extra choice: open or loopt with a deadline before today. */
export const OVERDUE = 'te laat';

/** The choices of the status filter, in the order the page shows them. */
export const statusChoices = [...afspraakStatuses, OVERDUE] as const;
export type StatusChoice = (typeof statusChoices)[number];

/** Names of areas, themes and indicators by code, to show codes as readers say them. */
export interface Names {
	areas: Map<string, string>;
	themes: Map<string, string>;
	indicators: Map<string, string>;
}

/** An afspraak with its session, as listed. */
export interface ListedAfspraak extends AfspraakFacts {
	id: string;
	body: string;
	owner: string;
	indicatorCode: string | null;
	areaCode: string | null;
	visibility: Visibility;
	revision: number;
	sessionTitle: string;
}

/** The filters of /acties from the query string (eigenaar, wijk, thema, status); unknown values are dropped. */
export function parseAfspraakFilter(params: URLSearchParams): AfspraakFilter {
	const param = (name: string) => (params.get(name) ?? '').trim().slice(0, 200);
	const status = param('status');
	return {
		owner: param('eigenaar') || undefined,
		area: param('wijk') || undefined,
		theme: param('thema') || undefined,
		status: status === OVERDUE || isOneOf(afspraakStatuses, status) ? status : undefined
	};
}

/** The filter as a query string (without "?"), in the order of the form; empty when nothing is chosen. */
export function toFilterQuery(filter: AfspraakFilter): string {
	const pairs: [string, string | undefined][] = [
		['eigenaar', filter.owner],
		['wijk', filter.area],
		['thema', filter.theme],
		['status', filter.status]
	];
	return new URLSearchParams(pairs.filter((p): p is [string, string] => !!p[1])).toString();
}

/** How many afspraken have each status, and how many of them are overdue. */
export function countByStatus(list: Pick<AfspraakFacts, 'status' | 'deadline'>[], today: string): Record<StatusChoice, number> {
	const counts = { open: 0, loopt: 0, afgerond: 0, vervallen: 0, [OVERDUE]: 0 };
	for (const a of list) {
		counts[a.status]++;
		if (isOverdue(a, today)) counts[OVERDUE]++;
	}
	return counts;
}

/** Follow-up order: open and loopt first, earliest deadline first (none last); then closed ones, newest session first. */
export function byFollowUp(a: Pick<AfspraakFacts, 'status' | 'deadline' | 'sessionHeldOn'>, b: Pick<AfspraakFacts, 'status' | 'deadline' | 'sessionHeldOn'>): number {
	const open = Number(isOpen(b.status)) - Number(isOpen(a.status));
	if (open) return open;
	if (isOpen(a.status)) return (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.sessionHeldOn.localeCompare(b.sessionHeldOn);
	return b.sessionHeldOn.localeCompare(a.sessionHeldOn);
}

/** The wijken an afspraak is about: its own figure's wijk, else its session's wijken; by name, unknown codes as they are. */
export function afspraakAreaNames(a: Pick<ListedAfspraak, 'areaCode' | 'sessionAreaCodes'>, areaNames: Map<string, string>): string[] {
	const codes = a.areaCode ? [a.areaCode] : a.sessionAreaCodes;
	return codes.map((code) => areaNames.get(code) ?? code);
}

/** One afspraak as the table shows it; `overdue` when open or loopt past its deadline on `today`. */
export function toAfspraakRow(a: ListedAfspraak, names: Names, today: string) {
	return {
		id: a.id,
		body: a.body,
		owner: a.owner,
		wijken: afspraakAreaNames(a, names.areas),
		theme: a.sessionThemeCode ? (names.themes.get(a.sessionThemeCode) ?? a.sessionThemeCode) : null,
		indicator: a.indicatorCode ? (names.indicators.get(a.indicatorCode) ?? a.indicatorCode) : null,
		sessionId: a.sessionId,
		sessionTitle: a.sessionTitle,
		sessionHeldOn: a.sessionHeldOn,
		deadline: a.deadline,
		status: a.status,
		overdue: isOverdue(a, today),
		visibility: a.visibility,
		revision: a.revision
	};
}

export type AfspraakRow = ReturnType<typeof toAfspraakRow>;

/** Afspraken as CSV rows, header first: the table's columns plus the figure and who may read it. */
export function buildAfspraakRows(list: ListedAfspraak[], names: Names, today: string): CsvCell[][] {
	const header = ['afspraak', 'eigenaar', 'wijk', 'thema', 'cijfer', 'sessie', 'datum sessie', 'deadline', 'status', 'te laat', 'zichtbaar voor'];
	return [
		header,
		...list.map((a) => {
			const row = toAfspraakRow(a, names, today);
			return [row.body, row.owner, row.wijken.join(', '), row.theme, row.indicator, row.sessionTitle, row.sessionHeldOn, row.deadline, row.status, row.overdue ? 'ja' : 'nee', row.visibility];
		})
	];
}
