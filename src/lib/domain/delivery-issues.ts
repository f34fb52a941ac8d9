/** The problems a delivery check reports: stable codes, Dutch labels, and the shapes shared by the checks and the report. */

export type IssueSeverity = 'fout' | 'waarschuwing';

/** The columns of a delivery file, as the reader names them. */
export type DeliveryColumn = 'wijkcode' | 'indicator' | 'periode' | 'waarde' | 'toelichting' | 'reden_ontbreekt';

export interface DeliveryIssue {
	code: string;
	severity: IssueSeverity;
	/** The line in the user's file; null for a problem of the whole file (an expected row that is missing). */
	line: number | null;
	/** The column the problem is in; null when it concerns the whole row or file (a repeated row, a missing row). */
	column: DeliveryColumn | null;
	message: string;
}

/** Labels for the summary ("3× Onbekende wijk"), in the order the summary shows them: errors first. */
export const ISSUE_LABELS = {
	'geen-regels': 'Geen regels',
	'wijk-onbekend': 'Onbekende wijk',
	'indicator-onbekend': 'Onbekende indicator',
	'indicator-niet-toegewezen': 'Indicator niet aan u toegewezen',
	'indicator-niet-geldig': 'Indicator geldt niet voor deze periode',
	'periode-ongeldig': 'Ongeldige periode',
	'periode-past-niet': 'Periode past niet bij de indicator',
	'periode-niet-open': 'Periode hoort bij een andere aanlevering',
	'geen-getal': 'Waarde is geen getal',
	negatief: 'Negatieve waarde',
	'procent-buiten-bereik': 'Percentage niet tussen 0 en 100',
	'cijfer-buiten-bereik': 'Rapportcijfer niet tussen 1 en 10',
	'dubbele-regel': 'Dubbele regel',
	'waarde-en-reden-leeg': 'Geen waarde en geen reden',
	'tekst-te-lang': 'Tekst te lang',
	'waarde-met-reden': 'Waarde én reden ingevuld',
	'getal-dubbelzinnig': 'Getal op twee manieren te lezen',
	'ver-van-eerder': 'Wijkt sterk af van eerdere cijfers',
	'regel-verwacht': 'Verwachte regel ontbreekt'
} as const satisfies Record<string, string>;

export type IssueCode = keyof typeof ISSUE_LABELS;

/** The severity of each code: warnings do not block saving but need a toelichting on their row before submitting. */
export const ISSUE_SEVERITY: Record<IssueCode, IssueSeverity> = {
	'geen-regels': 'fout',
	'wijk-onbekend': 'fout',
	'indicator-onbekend': 'fout',
	'indicator-niet-toegewezen': 'fout',
	'indicator-niet-geldig': 'fout',
	'periode-ongeldig': 'fout',
	'periode-past-niet': 'fout',
	'periode-niet-open': 'fout',
	'geen-getal': 'fout',
	negatief: 'fout',
	'procent-buiten-bereik': 'fout',
	'cijfer-buiten-bereik': 'fout',
	'dubbele-regel': 'fout',
	'waarde-en-reden-leeg': 'fout',
	'tekst-te-lang': 'fout',
	'waarde-met-reden': 'waarschuwing',
	'getal-dubbelzinnig': 'waarschuwing',
	'ver-van-eerder': 'waarschuwing',
	'regel-verwacht': 'waarschuwing'
};

export function issue(code: IssueCode, line: number | null, column: DeliveryColumn | null, message: string): DeliveryIssue {
	return { code, severity: ISSUE_SEVERITY[code], line, column, message };
}

/** A value as quoted in a message: between quotes, cut off after 40 characters. */
export function quote(text: string): string {
	return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/** A number as Dutch readers write it, without thousands separators (they are what made "1.234" ambiguous). */
export function formatNumber(value: number): string {
	const rounded = Math.round(value * 1000) / 1000;
	return String(rounded).replace('.', ',');
}

/** Dutch number words for the small counts in messages. */
export function countWord(n: number): string {
	return ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht'][n] ?? String(n);
}

/** The summary: one entry per code that occurs, errors first, in the order of ISSUE_LABELS. */
export function countIssues(issues: DeliveryIssue[]): { code: string; severity: IssueSeverity; label: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const i of issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
	const order = Object.keys(ISSUE_LABELS) as IssueCode[];
	return order
		.filter((code) => counts.has(code))
		.map((code) => ({ code, severity: ISSUE_SEVERITY[code], label: ISSUE_LABELS[code], count: counts.get(code)! }))
		.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'fout' ? -1 : 1));
}
