// Reads the forms of a duidingssessie: its details (date, kind, wijken, theme, participants), its agenda,
// and the note, conclusion and afspraak a facilitator adds while people talk. Every field is checked at
// once, with a Dutch message per field. Pure.
import type { FieldIssue, InputResult } from '../setup-input';
import { afspraakStatuses, duidingSessionKinds, isOneOf, noteKinds, visibilities, type AfspraakStatus, type DuidingSessionKind, type NoteKind, type Visibility } from '../vocabulary';

export type FormFields = Record<string, string | string[] | undefined>;

export interface SessionFormContext {
	wijken: Set<string>;
	themes: Set<string>;
	organisations: Set<string>;
	indicators: Set<string>;
	/** The gemeente's own code: an agenda figure may be about the whole gemeente. */
	gemeente: string;
}

/** What the session forms offer. */
export interface SessionChoices {
	wijken: { code: string; name: string }[];
	/** The gemeente's own area: an agenda figure may be about the whole gemeente. */
	gemeente: { code: string; name: string } | null;
	themes: { code: string; name: string }[];
	indicators: { code: string; name: string; themeCode: string }[];
	organisations: { id: string; name: string }[];
}

export interface SessionFields {
	title: string;
	heldOn: string;
	kind: DuidingSessionKind;
	themeCode: string | null;
	areaCodes: string[];
	participants: { role: string; organisationId: string | null; name: string | null }[];
}

export const MAX_PARTICIPANTS = 40;
export const MAX_AGENDA = 30;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const one = (form: FormFields, name: string) => String((Array.isArray(form[name]) ? form[name]![0] : form[name]) ?? '').trim();
const many = (form: FormFields, name: string) => (Array.isArray(form[name]) ? form[name]! : form[name] !== undefined ? [form[name] as string] : []).map((v) => String(v).trim());

function limited(issues: FieldIssue[], field: string, value: string, max: number, what: string): void {
	if (value.length > max) issues.push({ field, message: `${what} is te lang: hooguit ${max} tekens.` });
}

/** The details form: titel, datum, soort, wijk (several), thema, and participant rows deelnemer_rol/_organisatie/_naam. */
export function validateSessionDetails(form: FormFields, context: SessionFormContext): InputResult<SessionFields> {
	const issues: FieldIssue[] = [];
	const title = one(form, 'titel');
	if (!title) issues.push({ field: 'titel', message: 'Geef de sessie een titel.' });
	limited(issues, 'titel', title, 160, 'De titel');
	const heldOn = one(form, 'datum');
	if (!ISO_DATE.test(heldOn) || Number.isNaN(Date.parse(`${heldOn}T00:00:00Z`))) issues.push({ field: 'datum', message: 'Vul de datum in als 2026-12-17.' });
	const kind = one(form, 'soort');
	if (!isOneOf(duidingSessionKinds, kind)) issues.push({ field: 'soort', message: 'Kies wat voor sessie het is.' });
	const areaCodes = [...new Set(many(form, 'wijk').filter(Boolean))];
	if (areaCodes.some((code) => !context.wijken.has(code))) issues.push({ field: 'wijk', message: 'Een gekozen wijk bestaat niet (meer). Laad de pagina opnieuw.' });
	const theme = one(form, 'thema');
	if (theme && !context.themes.has(theme)) issues.push({ field: 'thema', message: 'Kies een thema uit de lijst.' });
	if (!areaCodes.length && !theme) issues.push({ field: 'wijk', message: 'Kies ten minste één wijk of een thema: daarover gaat de sessie.' });
	const roles = many(form, 'deelnemer_rol');
	const orgs = many(form, 'deelnemer_organisatie');
	const names = many(form, 'deelnemer_naam');
	const participants: SessionFields['participants'] = [];
	for (let i = 0; i < Math.max(roles.length, orgs.length, names.length); i++) {
		const role = roles[i] ?? '';
		const org = orgs[i] ?? '';
		const name = names[i] ?? '';
		if (!role && !org && !name) continue;
		const field = `deelnemer_rol`;
		if (!role) issues.push({ field, message: `Deelnemer ${i + 1}: vul de rol in (bijvoorbeeld "opbouwwerker"). Een naam mag, maar hoeft niet.` });
		limited(issues, field, role, 80, `De rol van deelnemer ${i + 1}`);
		limited(issues, field, name, 80, `De naam van deelnemer ${i + 1}`);
		if (org && !context.organisations.has(org)) issues.push({ field: 'deelnemer_organisatie', message: `Deelnemer ${i + 1}: kies een organisatie uit de lijst.` });
		participants.push({ role, organisationId: org || null, name: name || null });
	}
	if (participants.length > MAX_PARTICIPANTS) issues.push({ field: 'deelnemer_rol', message: `Hooguit ${MAX_PARTICIPANTS} deelnemers.` });
	if (issues.length) return { ok: false, issues };
	return { ok: true, value: { title, heldOn, kind: kind as DuidingSessionKind, themeCode: theme || null, areaCodes, participants } };
}

export interface AgendaFields {
	indicatorCode: string;
	areaCode: string;
	question: string | null;
}

/** Agenda rows agenda_figuur ("INDICATOR|AREA") with agenda_vraag, in order; empty rows are skipped, a figure once. */
export function validateAgenda(form: FormFields, context: SessionFormContext): InputResult<AgendaFields[]> {
	const issues: FieldIssue[] = [];
	const figures = many(form, 'agenda_figuur');
	const questions = many(form, 'agenda_vraag');
	const agenda: AgendaFields[] = [];
	const seen = new Set<string>();
	figures.forEach((figure, i) => {
		if (!figure) return;
		const [indicatorCode = '', areaCode = ''] = figure.split('|');
		if (!context.indicators.has(indicatorCode) || !(context.wijken.has(areaCode) || areaCode === context.gemeente)) {
			issues.push({ field: 'agenda_figuur', message: `Agendapunt ${i + 1}: dit cijfer bestaat niet (meer). Kies een ander.` });
			return;
		}
		if (seen.has(figure)) return;
		seen.add(figure);
		const question = (questions[i] ?? '').trim();
		limited(issues, 'agenda_vraag', question, 300, `De vraag bij agendapunt ${i + 1}`);
		agenda.push({ indicatorCode, areaCode, question: question || null });
	});
	if (agenda.length > MAX_AGENDA) issues.push({ field: 'agenda_figuur', message: `Hooguit ${MAX_AGENDA} agendapunten: kies wat het meest telt.` });
	return issues.length ? { ok: false, issues } : { ok: true, value: agenda };
}

function visibilityOf(issues: FieldIssue[], form: FormFields): Visibility {
	const visibility = one(form, 'zichtbaar');
	if (!isOneOf(visibilities, visibility)) issues.push({ field: 'zichtbaar', message: 'Kies voor wie het zichtbaar wordt.' });
	return visibility as Visibility;
}

function bodyOf(issues: FieldIssue[], form: FormFields, what: string, max: number): string {
	const body = String(one(form, 'tekst'));
	if (!body) issues.push({ field: 'tekst', message: `Schrijf ${what}.` });
	limited(issues, 'tekst', body, max, 'De tekst');
	return body;
}

export interface NoteFields {
	kind: NoteKind;
	body: string;
	/** The speaker's role and organisation. */
	speakerRole: string;
	speakerOrganisationId: string | null;
	from: string;
	to: string;
	repliesToNoteId: string | null;
	visibility: Visibility;
}

/** A note: soort, tekst, rol, organisatie, van, tot (empty: a point), antwoord_op (for a tegenspraak), zichtbaar. */
export function validateNote(form: FormFields, organisations: Set<string>): InputResult<NoteFields> {
	const issues: FieldIssue[] = [];
	const kind = one(form, 'soort');
	if (!isOneOf(noteKinds, kind)) issues.push({ field: 'soort', message: 'Kies wat voor notitie het is.' });
	const body = bodyOf(issues, form, 'de notitie', 2000);
	const speakerRole = one(form, 'rol');
	if (!speakerRole) issues.push({ field: 'rol', message: 'Vul de rol in van wie dit zegt (bijvoorbeeld "opbouwwerker").' });
	limited(issues, 'rol', speakerRole, 80, 'De rol');
	const org = one(form, 'organisatie');
	if (org && !organisations.has(org)) issues.push({ field: 'organisatie', message: 'Kies een organisatie uit de lijst.' });
	const from = one(form, 'van');
	if (!from) issues.push({ field: 'van', message: 'Kies de periode waar de notitie bij hoort: klik in de grafiek of kies hier.' });
	const repliesTo = one(form, 'antwoord_op');
	if (kind === 'tegenspraak' && !repliesTo) issues.push({ field: 'antwoord_op', message: 'Kies de notitie waar deze tegenspraak op reageert.' });
	const visibility = visibilityOf(issues, form);
	if (issues.length) return { ok: false, issues };
	return {
		ok: true,
		value: { kind: kind as NoteKind, body, speakerRole, speakerOrganisationId: org || null, from, to: one(form, 'tot') || from, repliesToNoteId: kind === 'tegenspraak' ? repliesTo : null, visibility }
	};
}

/** A conclusion: tekst, zichtbaar, and over ("figuur", "thema" or "sessie"). */
export function validateConclusion(form: FormFields): InputResult<{ body: string; visibility: Visibility; about: 'figuur' | 'thema' | 'sessie' }> {
	const issues: FieldIssue[] = [];
	const body = bodyOf(issues, form, 'de conclusie', 2000);
	const visibility = visibilityOf(issues, form);
	const about = one(form, 'over') || 'figuur';
	if (about !== 'figuur' && about !== 'thema' && about !== 'sessie') issues.push({ field: 'over', message: 'Kies waar de conclusie over gaat.' });
	return issues.length ? { ok: false, issues } : { ok: true, value: { body, visibility, about: about as 'figuur' | 'thema' | 'sessie' } };
}

export interface AfspraakFields {
	body: string;
	owner: string;
	ownerOrganisationId: string | null;
	deadline: string | null;
	status: AfspraakStatus;
	visibility: Visibility;
}

/** An afspraak: tekst, eigenaar (an organisation or role, free text), eigenaar_organisatie, deadline, status, zichtbaar. */
export function validateAfspraak(form: FormFields, organisations: Set<string>): InputResult<AfspraakFields> {
	const issues: FieldIssue[] = [];
	const body = bodyOf(issues, form, 'de afspraak', 1000);
	const owner = one(form, 'eigenaar');
	if (!owner) issues.push({ field: 'eigenaar', message: 'Vul in wie de afspraak uitvoert: een organisatie of een rol. Die hoeft geen account te hebben.' });
	limited(issues, 'eigenaar', owner, 120, 'De eigenaar');
	const org = one(form, 'eigenaar_organisatie');
	if (org && !organisations.has(org)) issues.push({ field: 'eigenaar_organisatie', message: 'Kies een organisatie uit de lijst.' });
	const deadline = one(form, 'deadline');
	if (deadline && !ISO_DATE.test(deadline)) issues.push({ field: 'deadline', message: 'Vul de deadline in als 2027-03-31.' });
	const status = one(form, 'status') || 'open';
	if (!isOneOf(afspraakStatuses, status)) issues.push({ field: 'status', message: 'Kies een status: open, loopt, afgerond of vervallen.' });
	const visibility = visibilityOf(issues, form);
	if (issues.length) return { ok: false, issues };
	return { ok: true, value: { body, owner, ownerOrganisationId: org || null, deadline: deadline || null, status: status as AfspraakStatus, visibility } };
}
