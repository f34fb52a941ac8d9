/** The fixed word lists of the domain, shared by the store, validation, the UI and the demo data. */

export const visibilities = ['openbaar', 'raad', 'partners', 'intern'] as const;
/** Who may read a piece of content, from everyone (`openbaar`) to internal only (`intern`). */
export type Visibility = (typeof visibilities)[number];

export const roles = ['lezer', 'aanleveraar', 'facilitator', 'beleidsmedewerker', 'beheerder'] as const;
export type Role = (typeof roles)[number];

export const areaLevels = ['gemeente', 'wijk', 'buurt'] as const;
export type AreaLevel = (typeof areaLevels)[number];

export const organisationTypes = ['gemeente', 'welzijnsorganisatie', 'overig'] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export const frequencies = ['kwartaal', 'halfjaar', 'jaar', 'tweejaarlijks', 'vierjaarlijks'] as const;
export type Frequency = (typeof frequencies)[number];

export const indicatorKinds = ['output', 'outcome', 'context', 'ervaring'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

export const units = ['aantal', 'procent', 'rapportcijfer', 'per 1.000 inwoners', 'per 1.000 huishoudens', 'euro', 'uren'] as const;
/** The units a figure can have; the charts and the delivery checks (0-100, 1-10, no negative counts) know each. */
export type Unit = (typeof units)[number];

export const directions = ['hoger', 'lager', 'neutraal'] as const;
/** Which way is desirable; `neutraal` means more or less is not good or bad in itself. */
export type Direction = (typeof directions)[number];

export const deliverers = ['organisatie', 'gemeente'] as const;
export type Deliverer = (typeof deliverers)[number];

export const deliveryStatuses = ['concept', 'ingediend', 'gepubliceerd', 'vervangen'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export const publicationKinds = ['aanlevering', 'herberekening', 'verhaal', 'notitie', 'instelling', 'demo'] as const;
/** What a publication made current: deliveries, a recalculation (catalogue change), a story or note change, a setting. */
export type PublicationKind = (typeof publicationKinds)[number];

export const storyTypes = [
	'inwonersverhaal',
	'casus',
	'signaal',
	'klantreis',
	'werkbezoek',
	'verhalensessie',
	'klein succes',
	'wat niet werkte'
] as const;
export type StoryType = (typeof storyTypes)[number];

/** What a story is mainly about: one answer when saving it, so stories can be counted next to the figures. */
export const storyTopics = ['ontmoeting', 'hulp en ondersteuning', 'geld en regelzaken', 'gezondheid', 'opgroeien', 'vrijwillige inzet en mantelzorg', 'veiligheid en leefbaarheid', 'iets anders'] as const;
export type StoryTopic = (typeof storyTopics)[number];

/** Whether a story shows things getting better or worse. */
export const storyTrends = ['beter', 'slechter', 'gelijk', 'weet niet'] as const;
export type StoryTrend = (typeof storyTrends)[number];

export const storyStatuses = ['concept', 'gepubliceerd', 'ingetrokken'] as const;
export type StoryStatus = (typeof storyStatuses)[number];

export const privacyChecks = ['niet gecontroleerd', 'akkoord', 'aanpassen'] as const;
export type PrivacyCheck = (typeof privacyChecks)[number];

export const duidingSessionKinds = ['duidingssessie', 'kwartaalgesprek', 'vertelsessie', 'leersessie', 'raadsavond'] as const;
export type DuidingSessionKind = (typeof duidingSessionKinds)[number];

/** concept → gepland → bezig → afgerond; an afgeronde session is read-only until a facilitator re-opens it. */
export const duidingSessionStatuses = ['concept', 'gepland', 'bezig', 'afgerond'] as const;
export type DuidingSessionStatus = (typeof duidingSessionStatuses)[number];

export const noteKinds = ['verklaring', 'vraag', 'signaal', 'context', 'tegenspraak', 'datakanttekening'] as const;
export type NoteKind = (typeof noteKinds)[number];

/** How the UI names a note kind. */
export const noteKindLabels: Record<NoteKind, string> = {
	verklaring: 'verklaring',
	vraag: 'vraag',
	signaal: 'signaal',
	context: 'context of externe factor',
	tegenspraak: 'tegenspraak',
	datakanttekening: 'datakanttekening'
};

/** Who reads something at a level, as a form offers it. */
export const visibilityLabels: Record<Visibility, string> = {
	openbaar: 'Iedereen (openbaar)',
	raad: 'Raadsleden, partners en gemeente',
	partners: 'Partners en gemeente',
	intern: 'Alleen de gemeente (intern)'
};

export const afspraakStatuses = ['open', 'loopt', 'afgerond', 'vervallen'] as const;
export type AfspraakStatus = (typeof afspraakStatuses)[number];

/** True when `value` is one of `list`; narrows the type. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** How often a figure appears, as a reader says it. */
export const frequencyLabels: Record<Frequency, string> = {
	kwartaal: 'elk kwartaal',
	halfjaar: 'elk halfjaar',
	jaar: 'elk jaar',
	tweejaarlijks: 'elke twee jaar',
	vierjaarlijks: 'elke vier jaar'
};
