// Small display helpers shared by components.
import { periodLabel, requirePeriod } from '../domain/periods';

export { periodRangeLabel } from '../domain/periods';

/** A period code as a reader says it. */
export function periodText(code: string): string {
	return periodLabel(requirePeriod(code));
}

// toLocale*String builds a formatter on every call (measured: 3 ms of each wijk page); these are built once.
const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

const LIST = new Intl.ListFormat('nl-NL', { type: 'conjunction' });

/** Names as a Dutch list: "Leiden-Noord, Morsdistrict en Stationsdistrict". */
export function listText(names: string[]): string {
	return LIST.format(names);
}

/** A date-time as a Dutch date: "14 februari 2026". */
export function dateText(iso: string): string {
	return DATE.format(new Date(iso));
}

/** A moment as a Dutch date and time in Dutch local time: "30 nov 2026, 09:12". */
export function timeText(iso: string): string {
	return TIME.format(new Date(iso));
}

const AUDIT_ACTIONS: Record<string, string> = {
	login: 'Ingelogd',
	'login.mislukt': 'Inloggen mislukt',
	'login.geblokkeerd': 'Inloggen geblokkeerd (te veel pogingen)',
	logout: 'Uitgelogd',
	'logout.overal': 'Overal uitgelogd',
	'account.uitgenodigd': 'Uitnodiging gemaakt',
	'account.aangemaakt': 'Account gemaakt',
	'account.uitnodiging-ingetrokken': 'Uitnodiging ingetrokken',
	'account.eerste-beheerder': 'Eerste beheerder gemaakt',
	'account.rol': 'Rol gewijzigd',
	'account.uitgezet': 'Account uitgezet',
	'account.aangezet': 'Account aangezet',
	'account.wachtwoordlink': 'Link voor nieuw wachtwoord gemaakt',
	'account.wachtwoord': 'Wachtwoord gewijzigd',
	'instelling.openbaar': 'Openbaar dashboard gewijzigd',
	'instelling.direct-publiceren': 'Publiceren bij indienen gewijzigd',
	'demo.seed': 'Demogegevens geladen',
	'toegang.geweigerd': 'Toegang geweigerd',
	'export.csv': 'Cijfers gedownload (CSV)',
	publicatie: 'Cijfers gepubliceerd',
	'organisatie.aangemaakt': 'Organisatie toegevoegd',
	'organisatie.gewijzigd': 'Organisatie gewijzigd',
	'organisatie.gearchiveerd': 'Organisatie gearchiveerd',
	'organisatie.teruggezet': 'Organisatie weer in gebruik',
	'organisatie.verwijderd': 'Organisatie verwijderd',
	'organisatie.toewijzing': 'Toewijzing gewijzigd',
	'thema.aangemaakt': 'Thema toegevoegd',
	'thema.gewijzigd': 'Thema gewijzigd',
	'thema.verwijderd': 'Thema verwijderd',
	'indicator.aangemaakt': 'Indicator toegevoegd',
	'indicator.gewijzigd': 'Indicator gewijzigd',
	'indicator.gearchiveerd': 'Indicator gearchiveerd',
	'indicator.teruggezet': 'Indicator weer in gebruik',
	'indicator.verwijderd': 'Indicator verwijderd',
	'catalogus.import': 'Indicatoren ingelezen',
	'gebieden.import': 'Gebiedsindeling ingelezen',
	'gebied.inwoners': 'Inwoners gewijzigd',
	'gebied.verwijderd': 'Gebied verwijderd'
};

/** A Dutch description of an audit-log action; unknown actions are shown as they are. */
export function auditActionLabel(action: string): string {
	return AUDIT_ACTIONS[action] ?? action;
}

/** Capitalises the first letter: "verklaring" → "Verklaring". */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
