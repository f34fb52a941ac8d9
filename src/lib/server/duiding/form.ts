// What the session forms offer and how a form post becomes fields: shared by the /duiding pages.
import { formFields as readFields } from '../form-fields';
import * as areas from '../db/areas';
import * as indicators from '../db/indicators';
import * as organisations from '../db/organisations';
import type { Scope } from '../db/scope';
import type { SessionChoices } from '../../domain/duiding/session-input';
import * as themes from '../db/themes';

export async function choices(scope: Scope): Promise<SessionChoices> {
	const [wijken, city, themeList, catalogue, orgs] = await Promise.all([areas.list(scope, 'wijk'), areas.get(scope, scope.gemeente), themes.list(scope), indicators.listCurrent(scope), organisations.list(scope)]);
	return {
		wijken: wijken.map((w) => ({ code: w.code, name: w.name })),
		gemeente: city ? { code: city.code, name: city.name } : null,
		themes: themeList.map((t) => ({ code: t.code, name: t.name })),
		indicators: catalogue.map((i) => ({ code: i.code, name: i.name, themeCode: i.themeCode })),
		organisations: orgs.filter((o) => !o.archivedAt).map((o) => ({ id: o.id, name: o.name }))
	};
}

const MULTI = new Set(['wijk', 'deelnemer_rol', 'deelnemer_organisatie', 'deelnemer_naam', 'agenda_figuur', 'agenda_vraag', 'voorstel']);

/** A form post as the validators read it. */
export function formFields(form: FormData): Record<string, string | string[]> {
	return readFields(form, MULTI);
}

/** The revision a form was based on; -1 (always a conflict) when missing or not a number. */
export function revisionOf(fields: Record<string, string | string[]>): number {
	const value = Number(fields.revision);
	return Number.isInteger(value) && value >= 0 ? value : -1;
}

/** The agenda form: the listed items in order, then the ticked suggestions (without a question yet). */
export function agendaFields(fields: Record<string, string | string[]>): Record<string, string[]> {
	const many = (name: string) => (Array.isArray(fields[name]) ? (fields[name] as string[]) : fields[name] ? [fields[name] as string] : []);
	const figures = many('agenda_figuur');
	const questions = many('agenda_vraag');
	const added = many('voorstel');
	return { agenda_figuur: [...figures, ...added], agenda_vraag: [...figures.map((_, i) => questions[i] ?? ''), ...added.map(() => '')] };
}
