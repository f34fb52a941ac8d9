// Reads the setup forms (themes, organisations, assignments, populations): expected failures are results
// with a Dutch message per field, every problem at once.
import { parsePeriod, toPeriodCode } from './periods';
import { isOneOf, organisationTypes, type OrganisationType } from './vocabulary';

export interface FieldIssue {
	field: string;
	message: string;
}

export type InputResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Text from a form field, trimmed, with inner runs of white space kept (a definition may have paragraphs). */
function text(fields: Record<string, string | undefined>, name: string): string {
	return String(fields[name] ?? '').trim();
}

function requireText(issues: FieldIssue[], fields: Record<string, string | undefined>, name: string, label: string, max: number): string {
	const value = text(fields, name);
	if (!value) issues.push({ field: name, message: `Vul ${label} in.` });
	else if (value.length > max) issues.push({ field: name, message: `${label[0]!.toUpperCase()}${label.slice(1)} is te lang: hooguit ${max} tekens.` });
	return value;
}

/** A code for a theme: lower-case letters, digits and dashes, made from the name when left empty. */
export function themeCodeFrom(name: string): string {
	return (
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'thema'
	);
}

/** A theme: its name and the societal goal it stands for. */
export function validateTheme(fields: Record<string, string | undefined>): InputResult<{ name: string; description: string }> {
	const issues: FieldIssue[] = [];
	const name = requireText(issues, fields, 'naam', 'de naam van het thema', 120);
	const description = requireText(issues, fields, 'doel', 'het maatschappelijk doel', 1000);
	return issues.length ? { ok: false, issues } : { ok: true, value: { name, description } };
}

/** An organisation: name and type. */
export function validateOrganisation(fields: Record<string, string | undefined>): InputResult<{ name: string; type: OrganisationType }> {
	const issues: FieldIssue[] = [];
	const name = requireText(issues, fields, 'naam', 'de naam van de organisatie', 120);
	const type = text(fields, 'soort');
	if (!isOneOf(organisationTypes, type)) issues.push({ field: 'soort', message: 'Kies wat voor organisatie het is.' });
	return issues.length ? { ok: false, issues } : { ok: true, value: { name, type: type as OrganisationType } };
}

/** An optional period field: null when empty, the normalised code when valid. */
export function optionalPeriod(issues: FieldIssue[], fields: Record<string, string | undefined>, name: string): string | null {
	const value = text(fields, name);
	if (!value) return null;
	const parsed = parsePeriod(value);
	if (!parsed.ok) {
		issues.push({ field: name, message: parsed.message });
		return null;
	}
	return toPeriodCode(parsed.period);
}

/**
 * An assignment: which indicators an organisation delivers for which areas, from which period. `known`
 * holds the codes that may be chosen (current indicators and areas of the gemeente).
 */
export function validateAssignment(
	input: { indicators: string[]; areas: string[]; from: string },
	known: { indicators: Set<string>; areas: Set<string> }
): InputResult<{ indicators: string[]; areas: string[]; validFrom: string | null }> {
	const issues: FieldIssue[] = [];
	const indicators = [...new Set(input.indicators)];
	const areas = [...new Set(input.areas)];
	if (indicators.length === 0) issues.push({ field: 'indicator', message: 'Kies minstens één indicator.' });
	else if (indicators.some((c) => !known.indicators.has(c))) issues.push({ field: 'indicator', message: 'Een gekozen indicator bestaat niet (meer). Laad de pagina opnieuw.' });
	if (areas.length === 0) issues.push({ field: 'gebied', message: 'Kies minstens één wijk of de hele gemeente.' });
	else if (areas.some((c) => !known.areas.has(c))) issues.push({ field: 'gebied', message: 'Een gekozen gebied bestaat niet (meer). Laad de pagina opnieuw.' });
	const validFrom = optionalPeriod(issues, { vanaf: input.from }, 'vanaf');
	return issues.length ? { ok: false, issues } : { ok: true, value: { indicators, areas, validFrom } };
}

/** Inhabitants as typed: a whole number ≥ 0 with optional thousands dots or spaces; empty means unknown. */
export function parsePopulation(value: string): { ok: true; value: number | null } | { ok: false; message: string } {
	const cleaned = value.trim().replace(/[.\s\u00a0]/g, '');
	if (cleaned === '') return { ok: true, value: null };
	if (!/^\d{1,9}$/.test(cleaned)) return { ok: false, message: `"${value.trim().slice(0, 20)}" is geen aantal inwoners. Vul een heel getal in, zoals 12500.` };
	return { ok: true, value: Number(cleaned) };
}
