// Reads the story form: every field checked at once, with a Dutch message per field. The storyteller is a
// role, never a name; the wijk may be the whole gemeente when the wijk is too small to stay anonymous.
import { consentCovers } from './story-rules';
import { optionalPeriod, type FieldIssue, type InputResult } from './setup-input';
import { isOneOf, storyTopics, storyTrends, storyTypes, visibilities, type StoryType, type Visibility } from './vocabulary';

export interface StoryFormContext {
	/** Current wijken and the gemeente's own code. */
	areas: Set<string>;
	themes: Set<string>;
	indicators: Set<string>;
	organisations: Set<string>;
}

export interface StoryFields {
	title: string;
	body: string;
	type: StoryType;
	sourceRole: string;
	areaCode: string | null;
	period: string | null;
	themeCodes: string[];
	indicatorCodes: string[];
	collectedByOrganisationId: string | null;
	visibility: Visibility;
	consentDate: string | null;
	consentScope: Visibility | null;
	consentRecordedBy: string | null;
	answerTopic: string | null;
	answerTrend: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The story form's fields as typed (multi-valued fields as arrays) to a valid story, or every problem. */
export function validateStory(form: Record<string, string | string[] | undefined>, context: StoryFormContext): InputResult<StoryFields> {
	const issues: FieldIssue[] = [];
	const one = (name: string) => String((Array.isArray(form[name]) ? form[name]![0] : form[name]) ?? '').trim();
	const many = (name: string) => [...new Set((Array.isArray(form[name]) ? form[name]! : form[name] ? [form[name] as string] : []).map((v) => String(v).trim()).filter(Boolean))];

	const title = one('titel');
	if (!title) issues.push({ field: 'titel', message: 'Geef het verhaal een titel.' });
	else if (title.length > 200) issues.push({ field: 'titel', message: 'De titel is te lang: hooguit 200 tekens.' });
	const body = String((form.tekst as string | undefined) ?? '').trim();
	if (!body) issues.push({ field: 'tekst', message: 'Schrijf het verhaal.' });
	else if (body.length > 20_000) issues.push({ field: 'tekst', message: 'Het verhaal is te lang: hooguit 20.000 tekens.' });
	const type = one('soort');
	if (!isOneOf(storyTypes, type)) issues.push({ field: 'soort', message: 'Kies wat voor verhaal het is.' });
	const sourceRole = one('rol');
	if (!sourceRole) issues.push({ field: 'rol', message: 'Vul in wie het vertelt, als rol (bijvoorbeeld "bewoner" of "jongerenwerker"), nooit een naam.' });
	else if (sourceRole.length > 80) issues.push({ field: 'rol', message: 'De rol is te lang: hooguit 80 tekens.' });
	const area = one('gebied');
	if (area && !context.areas.has(area)) issues.push({ field: 'gebied', message: 'Kies een wijk uit de lijst, of de hele gemeente.' });
	const period = optionalPeriod(issues, { periode: one('periode') }, 'periode');
	const themeCodes = many('thema');
	if (themeCodes.some((t) => !context.themes.has(t))) issues.push({ field: 'thema', message: 'Een gekozen thema bestaat niet (meer). Laad de pagina opnieuw.' });
	const indicatorCodes = many('indicator');
	if (indicatorCodes.some((i) => !context.indicators.has(i))) issues.push({ field: 'indicator', message: 'Een gekozen indicator bestaat niet (meer). Laad de pagina opnieuw.' });
	const organisation = one('organisatie');
	if (organisation && !context.organisations.has(organisation)) issues.push({ field: 'organisatie', message: 'Kies een organisatie uit de lijst.' });
	const visibility = one('zichtbaar');
	if (!isOneOf(visibilities, visibility)) issues.push({ field: 'zichtbaar', message: 'Kies voor wie het verhaal zichtbaar is.' });
	const consentDate = one('toestemming_datum');
	if (consentDate && !ISO_DATE.test(consentDate)) issues.push({ field: 'toestemming_datum', message: 'Vul de datum van de toestemming in als 2026-11-30.' });
	const consentScope = one('toestemming_voor');
	if (consentScope && !isOneOf(visibilities, consentScope)) issues.push({ field: 'toestemming_voor', message: 'Kies waarvoor de verteller toestemming gaf.' });
	if (isOneOf(visibilities, visibility) && consentScope && isOneOf(visibilities, consentScope) && !consentCovers(consentScope, visibility)) {
		issues.push({ field: 'zichtbaar', message: 'De verteller gaf geen toestemming om het verhaal zo breed te laten zien. Kies een kleinere groep lezers.' });
	}
	const consentRecordedBy = one('toestemming_door') || null;
	const answerTopic = one('gaat_over');
	if (answerTopic && !isOneOf(storyTopics, answerTopic)) issues.push({ field: 'gaat_over', message: 'Kies waar het verhaal vooral over gaat.' });
	const answerTrend = one('richting');
	if (answerTrend && !isOneOf(storyTrends, answerTrend)) issues.push({ field: 'richting', message: 'Kies of het verhaal laat zien dat het beter of slechter gaat.' });
	if (issues.length) return { ok: false, issues };
	return {
		ok: true,
		value: {
			title,
			body,
			type: type as StoryType,
			sourceRole,
			areaCode: area || null,
			period,
			themeCodes,
			indicatorCodes,
			collectedByOrganisationId: organisation || null,
			visibility: visibility as Visibility,
			consentDate: consentDate || null,
			consentScope: (consentScope || null) as Visibility | null,
			consentRecordedBy,
			answerTopic: answerTopic || null,
			answerTrend: answerTrend || null
		}
	};
}
