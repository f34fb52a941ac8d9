// Builds the whole Leiden demo as plain data from a seed: areas, catalogue, organisations, versioned
// deliveries with measurements, stories and duidingssessies. Pure: no database, no files.
import { deliveryQuarter } from '../../src/lib/domain/delivery-expected';
import { normalizePeriod, requirePeriod, toPeriodCode } from '../../src/lib/domain/periods';
import type { NewArea } from '../../src/lib/server/db/areas';
import type { NewAfspraak } from '../../src/lib/server/db/afspraken';
import type { NewConclusion } from '../../src/lib/server/db/conclusions';
import type { MeasurementInput, NewDelivery } from '../../src/lib/server/db/deliveries';
import type { NewSession } from '../../src/lib/server/db/duiding-sessions';
import type { Definition, Indicator } from '../../src/lib/server/db/indicators';
import type { NewNote } from '../../src/lib/server/db/notes';
import type { NewStory } from '../../src/lib/server/db/stories';
import type { Theme } from '../../src/lib/server/db/themes';
import { DELIVERS, GEMEENTE, ORGANISATIONS, THEMES, WIJK_PROFILES, type CatalogueRow, type OrganisationKey, type WijkFeature } from './catalogue';
import type { SessionContent, StoryContent } from './content-types';
import { cityValue, DEELN_DEFINITION_CHANGE, periodsFor, wijkValue, type WijkValue } from './figures';
import { createRandom } from './random';
import { DEMO_ACCOUNTS, type DemoAccount } from './accounts';

export const DEFAULT_SEED = 20251231;

export interface DemoData {
	gemeente: { code: string; name: string };
	areas: NewArea[];
	themes: Theme[];
	indicators: { indicator: Indicator; definitions: Definition[] }[];
	organisations: { key: OrganisationKey; id: string; name: string; type: 'gemeente' | 'welzijnsorganisatie' }[];
	assignments: { organisationId: string; indicatorCodes: string[]; areaCodes: string[] }[];
	/** In the order they happened; `publishedAt` null leaves a delivery as concept, or `ingediend` when `submitted`. */
	deliveries: { delivery: NewDelivery; publishedAt: string | null; submitted?: boolean }[];
	stories: NewStory[];
	/** One account per role; passwords are hashed by the seed. */
	accounts: { id: string; name: string; email: string; role: DemoAccount['role']; organisationId: string | null }[];
	sessions: { session: NewSession; notes: NewNote[]; conclusions: NewConclusion[]; afspraken: NewAfspraak[] }[];
}

/** The demo's answer to "what is the story mainly about", from its first theme. */
const TOPIC_OF_THEME: Record<string, string> = {
	meedoen: 'ontmoeting',
	basiskracht: 'geld en regelzaken',
	gezondheid: 'gezondheid',
	opgroeien: 'opgroeien',
	inzet: 'vrijwillige inzet en mantelzorg',
	veiligheid: 'veiligheid en leefbaarheid',
	context: 'iets anders'
};

/** Agreed targets: shown as a topic for conversation, never as a verdict. */
const TARGETS: Record<string, { value: number; note: string }> = {
	TEV_DEELN: { value: 7.5, note: 'Afgesproken in de subsidieafspraken 2023-2026: deelnemers geven gemiddeld minstens een 7,5.' }
};

const MISSING: { indicator: string; areas: string[] | 'all'; period: string; reason: string }[] = [
	{ indicator: 'HUISBEZOEK', areas: 'all', period: '2023-Q2', reason: 'Registratiesysteem vervangen: de huisbezoeken van dit kwartaal zijn niet betrouwbaar geteld.' },
	{ indicator: 'BEWINIT', areas: ['WK054600'], period: '2021-Q2', reason: 'Niet aangeleverd door een wisseling van opbouwwerker.' },
	{ indicator: 'EENZAAM', areas: ['WK054602'], period: '2021', reason: 'Te weinig respondenten in de wijkenquête 2021 om een betrouwbaar cijfer te geven.' }
];

const TOELICHTINGEN: { indicator: string; area: string; period: string; text: string }[] = [
	{ indicator: 'VRAGEN_GELD', area: 'WK054603', period: '2022-Q4', text: 'Veel vragen over hoge energierekeningen en de energietoeslag.' },
	{ indicator: 'VRAGEN_GELD', area: 'GM0546', period: '2023-Q1', text: 'Piek door de energiecrisis; extra inloopuren in drie wijken.' },
	{ indicator: 'DEELN_UNIEK', area: 'GM0546', period: '2024-Q1', text: 'Vanaf dit kwartaal telt elke deelnemer één keer per kwartaal per wijk. Daardoor lager dan eerder; de groep is niet kleiner geworden.' },
	{ indicator: 'JONG_BEREIK', area: 'WK054609', period: '2024-Q2', text: 'De vacature voor jongerenwerker in Stevenshof is nog niet vervuld.' },
	{ indicator: 'JONG_BEREIK', area: 'WK054609', period: '2025-Q1', text: 'Nieuwe jongerenwerker gestart in januari.' },
	{ indicator: 'BEREIK_TAAL', area: 'WK054602', period: '2023-Q2', text: 'Start van het taalcafé in de bibliotheek, met vrijwilligers.' },
	{ indicator: 'HUISBEZOEK', area: 'GM0546', period: '2023-Q3', text: 'Eerste kwartaal met het nieuwe registratiesysteem.' },
	{ indicator: 'DEELN_UNIEK', area: 'WK054608', period: '2025-Q2', text: 'Correctie: in de eerste aanlevering stond een tikfout (een nul te veel).' }
];

function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T09:00:00Z`) + days * 86_400_000).toISOString();
}

function quarterEnd(quarter: string): string {
	const p = requirePeriod(quarter);
	const month = p.part * 3;
	return new Date(Date.UTC(p.year, month, 0)).toISOString().slice(0, 10);
}

/** Builds the demo from the catalogue, the wijk boundaries and the hand-written content. */
export function generateDemo(input: {
	seed?: number;
	catalogue: CatalogueRow[];
	wijken: WijkFeature[];
	stories: StoryContent[];
	sessions: SessionContent[];
}): DemoData {
	const random = createRandom(input.seed ?? DEFAULT_SEED);
	const city = GEMEENTE.code;
	const wijkCodes = input.wijken.map((w) => w.code);
	for (const code of wijkCodes) if (!WIJK_PROFILES[code]) throw new Error(`no demo profile for wijk ${JSON.stringify(code)}`);
	const indicatorCodes = new Set(input.catalogue.map((c) => c.code));
	const themeCodes = new Set<string>(THEMES.map((t) => t.code));

	const areas: NewArea[] = [
		{ code: city, name: GEMEENTE.name, level: 'gemeente', parentCode: null, population: Object.values(WIJK_PROFILES).reduce((s, w) => s + w.population, 0) },
		...input.wijken.map((w) => ({ code: w.code, name: w.name, level: 'wijk' as const, parentCode: city, population: WIJK_PROFILES[w.code]!.population, geometry: w.geometry }))
	];

	const indicators = input.catalogue.map((row, position) => {
		const minN = row.code === 'TEV_DEELN' ? 10 : row.unit === 'procent' && row.kind !== 'context' ? 30 : 5;
		const indicator: Indicator = {
			code: row.code,
			name: row.name,
			themeCode: row.themeCode,
			unit: row.unit,
			frequency: row.frequency,
			source: row.source,
			kind: row.kind,
			direction: row.direction,
			deliveredBy: row.deliveredBy,
			targetValue: TARGETS[row.code]?.value ?? null,
			targetNote: TARGETS[row.code]?.note ?? null,
			minN,
			validFrom: null,
			validTo: null,
			position
		};
		const first = periodsFor(row.frequency)[0]!;
		const definitions: Definition[] =
			row.code === 'DEELN_UNIEK'
				? [
						{ validFrom: first, definition: 'Een inwoner telt één keer per activiteit waaraan die in het kwartaal meedoet. Eenmalige evenementen tellen niet mee.', changeNote: null },
						{ validFrom: DEELN_DEFINITION_CHANGE, definition: row.definition, changeNote: 'Vanaf 2024 telt een inwoner één keer per kwartaal per wijk, in plaats van één keer per activiteit. De cijfers zijn daardoor lager.' }
					]
				: [{ validFrom: first, definition: row.definition, changeNote: null }];
		return { indicator, definitions };
	});

	const organisations = (Object.keys(ORGANISATIONS) as OrganisationKey[]).map((key) => ({ key, id: random.id(), ...ORGANISATIONS[key] }));
	const orgId = (key: string) => {
		const org = organisations.find((o) => o.key === key);
		if (!org) throw new Error(`unknown organisation key ${JSON.stringify(key)}`);
		return org.id;
	};
	const delivered: Record<OrganisationKey, string[]> = {
		...DELIVERS,
		gemeente: input.catalogue.filter((c) => c.deliveredBy === 'gemeente').map((c) => c.code)
	};
	for (const [key, codes] of Object.entries(delivered)) {
		for (const code of codes) if (!indicatorCodes.has(code)) throw new Error(`organisation ${key} delivers unknown indicator ${JSON.stringify(code)}`);
	}
	const assignments = organisations.map((o) => ({ organisationId: o.id, indicatorCodes: delivered[o.key], areaCodes: [city, ...wijkCodes] }));

	// Every value, by indicator and period, for each wijk and the city.
	const frequencyOf = new Map(input.catalogue.map((c) => [c.code, c.frequency]));
	const measurementsByQuarter = new Map<string, Map<OrganisationKey, MeasurementInput[]>>();
	for (const [key, codes] of Object.entries(delivered) as [OrganisationKey, string[]][]) {
		for (const code of codes) {
			for (const period of periodsFor(frequencyOf.get(code)!)) {
				const p = requirePeriod(period);
				const values = wijkCodes.map((wijk) => ({ wijk, value: wijkValue(code, wijk, p, random) }));
				const rows: MeasurementInput[] = [];
				const present: { wijk: string; value: WijkValue }[] = [];
				for (const { wijk, value } of values) {
					const missing = MISSING.find((m) => m.indicator === code && m.period === period && (m.areas === 'all' || m.areas.includes(wijk)));
					if (missing) rows.push({ indicatorCode: code, areaCode: wijk, period, value: null, missingReason: missing.reason });
					else {
						present.push({ wijk, value });
						rows.push({ indicatorCode: code, areaCode: wijk, period, value: value.value, n: value.n });
					}
				}
				const cityMissing = MISSING.find((m) => m.indicator === code && m.period === period && m.areas === 'all');
				if (cityMissing) rows.push({ indicatorCode: code, areaCode: city, period, value: null, missingReason: cityMissing.reason });
				else {
					const total = cityValue(code, present);
					rows.push({ indicatorCode: code, areaCode: city, period, value: total.value, n: total.n });
				}
				for (const row of rows) {
					row.toelichting = TOELICHTINGEN.find((t) => t.indicator === code && t.area === row.areaCode && t.period === period)?.text ?? null;
				}
				const quarter = deliveryQuarter(period);
				const byOrg = measurementsByQuarter.get(quarter) ?? new Map<OrganisationKey, MeasurementInput[]>();
				byOrg.set(key, [...(byOrg.get(key) ?? []), ...rows]);
				measurementsByQuarter.set(quarter, byOrg);
			}
		}
	}

	const deliveries: DemoData['deliveries'] = [];
	for (const quarter of periodsFor('kwartaal')) {
		const end = quarterEnd(quarter);
		for (const [key, measurements] of measurementsByQuarter.get(quarter) ?? []) {
			const organisationId = orgId(key);
			if (key === 'buurtkracht' && quarter === '2025-Q2') {
				// A correction: version 1 had a typo (a zero too many) and is replaced, not overwritten.
				const wrong = measurements.map((m) =>
					m.indicatorCode === 'DEELN_UNIEK' && m.areaCode === 'WK054608' && m.value !== null ? { ...m, value: m.value * 10, toelichting: null } : m
				);
				deliveries.push({ delivery: { id: random.id(), organisationId, period: quarter, fileName: `${key}-${quarter}.xlsx`, createdAt: addDays(end, 25), measurements: wrong }, publishedAt: addDays(end, 35) });
				deliveries.push({ delivery: { id: random.id(), organisationId, period: quarter, fileName: `${key}-${quarter}-correctie.xlsx`, createdAt: addDays(end, 48), measurements }, publishedAt: addDays(end, 50) });
				continue;
			}
			deliveries.push({
				delivery: { id: random.id(), organisationId, period: quarter, fileName: `${key}-${quarter}.${key === 'gemeente' ? 'csv' : 'xlsx'}`, createdAt: addDays(end, 30), measurements },
				publishedAt: addDays(end, 42)
			});
		}
	}

	// A correction handed in but not yet published: what a beleidsmedewerker finds waiting on /beheer/publicaties.
	const lastQuarter = periodsFor('kwartaal').at(-1)!;
	const latest = measurementsByQuarter.get(lastQuarter)?.get('buurtkracht');
	if (latest) {
		// One participant more in Leiden-Noord, and so in the city total too (counts add up).
		const corrected = latest.map((m) => {
			if (m.indicatorCode !== 'DEELN_UNIEK' || m.value === null) return m;
			if (m.areaCode === 'WK054603') return { ...m, value: m.value + 1, toelichting: 'Na controle is één deelnemer meer geteld.' };
			return m.areaCode === GEMEENTE.code ? { ...m, value: m.value + 1 } : m;
		});
		const end = quarterEnd(lastQuarter);
		deliveries.push({
			delivery: { id: 'demo-correctie-ingediend', organisationId: orgId('buurtkracht'), period: lastQuarter, fileName: `buurtkracht-${lastQuarter}-correctie.xlsx`, createdAt: addDays(end, 55), measurements: corrected },
			publishedAt: null,
			submitted: true
		});
	}

	// Notes name their author as "role, organisation"; the organisation reads its own internal notes.
	const authorOrganisation = (authorRole: string): string | null => {
		const lower = authorRole.toLowerCase();
		const key = lower.includes('buurtkracht') ? 'buurtkracht' : lower.includes('sleutelstad') ? 'sleutelstad' : lower.includes('jong') ? 'jongsamen' : lower.includes('gemeente') ? 'gemeente' : null;
		return key ? orgId(key) : null;
	};
	const checkWijk = (code: string, where: string, allowCity = false) => {
		if (!wijkCodes.includes(code) && !(allowCity && code === city)) throw new Error(`${where}: unknown wijk ${JSON.stringify(code)}`);
	};
	const checkIndicator = (code: string, where: string) => {
		if (!indicatorCodes.has(code)) throw new Error(`${where}: unknown indicator ${JSON.stringify(code)}`);
	};

	const stories: NewStory[] = input.stories.map((s, i) => {
		const where = `story ${i + 1} ("${s.title}")`;
		checkWijk(s.wijk, where);
		s.indicators.forEach((c) => checkIndicator(c, where));
		s.themes.forEach((t) => {
			if (!themeCodes.has(t)) throw new Error(`${where}: unknown theme ${JSON.stringify(t)}`);
		});
		return {
			id: random.id(),
			title: s.title,
			body: s.body,
			type: s.type,
			sourceRole: s.sourceRole,
			areaCode: s.wijk,
			period: normalizePeriod(s.period),
			themeCodes: s.themes,
			indicatorCodes: s.indicators,
			collectedByOrganisationId: orgId(s.collectedBy),
			consentDate: s.consentDate,
			consentScope: s.consentScope,
			privacyCheck: s.draft ? 'niet gecontroleerd' : 'akkoord',
			visibility: s.visibility,
			status: s.draft ? 'concept' : 'gepubliceerd',
			reviewRequestedAt: s.draft === 'ter review' ? `${s.consentDate}T12:00:00.000Z` : null,
			createdAt: `${s.consentDate}T12:00:00.000Z`,
			// The two questions every story answers, so stories can be counted next to the figures.
			answerTopic: TOPIC_OF_THEME[s.themes[0] ?? ''] ?? 'iets anders',
			answerTrend: s.type === 'klein succes' ? 'beter' : s.type === 'wat niet werkte' || s.type === 'signaal' ? 'slechter' : (['beter', 'gelijk', 'weet niet'] as const)[i % 3],
			consentRecordedBy: s.sourceRole.startsWith('bewoner') ? 'opbouwwerker' : s.sourceRole
		};
	});

	const ordered = [...input.sessions].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
	const sessions: DemoData['sessions'] = ordered.map((s) => {
		const where = `session "${s.title}"`;
		const id = random.id();
		s.wijken.forEach((w) => checkWijk(w, where));
		if (s.theme !== null && !themeCodes.has(s.theme)) throw new Error(`${where}: unknown theme ${JSON.stringify(s.theme)}`);
		const held = s.status === 'afgerond';
		// A held session's results were published the evening it was held.
		const publishedAt = held ? `${s.heldOn}T17:00:00.000Z` : null;
		const noteIds = s.notes.map(() => random.id());
		return {
			session: {
				id,
				title: s.title,
				heldOn: s.heldOn,
				kind: s.kind,
				themeCode: s.theme,
				status: s.status,
				resultsPublishedAt: publishedAt,
				areaCodes: s.wijken,
				participants: s.participants.map((p) => ({ role: p.role, organisationId: orgId(p.organisation), name: null })),
				agenda: s.agenda.map((a) => {
					checkIndicator(a.indicator, where);
					checkWijk(a.area, where, true);
					return { indicatorCode: a.indicator, areaCode: a.area, question: a.question ?? null };
				})
			},
			notes: s.notes.map((n, i) => {
				checkIndicator(n.indicator, where);
				checkWijk(n.area, where, true);
				// A tegenspraak disagrees with the session's latest earlier note on the same figure (else its next one).
				const same = (m: (typeof s.notes)[number]) => m.indicator === n.indicator && m.area === n.area && m.kind !== 'tegenspraak';
				const earlier = s.notes.slice(0, i).findLastIndex(same);
				const later = s.notes.findIndex((m, j) => j > i && same(m));
				const target = n.kind !== 'tegenspraak' ? -1 : earlier >= 0 ? earlier : later;
				if (n.kind === 'tegenspraak' && target < 0) throw new Error(`${where}: a tegenspraak needs another note on ${n.indicator} in ${n.area}`);
				const organisation = authorOrganisation(n.authorRole);
				return {
					id: noteIds[i]!,
					sessionId: id,
					indicatorCode: n.indicator,
					areaCode: n.area,
					periodFrom: toPeriodCode(requirePeriod(n.periodFrom)),
					periodTo: toPeriodCode(requirePeriod(n.periodTo)),
					kind: n.kind,
					body: n.body,
					repliesToNoteId: target >= 0 ? noteIds[target]! : null,
					// "opbouwwerker, Buurtkracht": the role, and the organisation as a reference.
					authorRole: organisation ? n.authorRole.split(',')[0]!.trim() : n.authorRole,
					authorOrganisationId: organisation,
					visibility: n.visibility,
					publishedAt,
					createdAt: `${s.heldOn}T15:00:00.000Z`
				};
			}),
			conclusions: s.conclusions.map((c) => ({ sessionId: id, body: c.body, visibility: c.visibility, createdAt: `${s.heldOn}T16:00:00.000Z` })),
			afspraken: s.afspraken.map((a) => ({
				id: random.id(),
				sessionId: id,
				body: a.body,
				owner: a.owner,
				ownerOrganisationId: authorOrganisation(a.owner),
				deadline: a.deadline,
				status: a.status,
				visibility: a.visibility,
				createdAt: `${s.heldOn}T16:30:00.000Z`,
				// A closed afspraak was closed at its deadline.
				closedAt: `${a.deadline}T12:00:00.000Z`
			}))
		};
	});

	const accounts = DEMO_ACCOUNTS.map((a) => ({
		id: random.id(),
		name: a.name,
		email: a.email,
		role: a.role,
		organisationId: a.organisation ? orgId(a.organisation) : null
	}));

	return {
		gemeente: { ...GEMEENTE },
		accounts,
		areas,
		themes: THEMES.map((t, position) => ({ ...t, position })),
		indicators,
		organisations,
		assignments,
		deliveries,
		stories,
		sessions
	};
}
