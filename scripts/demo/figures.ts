// The numeric model of the demo: per indicator a level, how it depends on the wijk, a trend, seasonality,
// and the few story-worthy events (energy crisis, a vacancy, a language café, a definition change).
// Values are fictional but of plausible magnitude for Leiden.
import type { Period } from '../../src/lib/domain/periods';
import { WIJK_PROFILES } from './catalogue';
import type { Random } from './random';

interface Profile {
	/** Per 1,000 inhabitants per period for counts; the level itself for rates and percentages. */
	level: number;
	/** Counts scale with population; rates do not. */
	count: boolean;
	/** Change of the level per unit of deprivation (relative for counts, absolute points for rates). */
	deprivation: number;
	/** Relative change per year for counts, points per year for rates. */
	trend: number;
	/** A summer dip in Q3. */
	seasonal?: boolean;
	/** Relative noise for counts, absolute for rates. */
	noise: number;
	decimals: number;
	/** Survey figures carry a number of respondents: [min, max]. */
	respondents?: [number, number];
	/** A multiplier for special events. */
	event?: (wijk: string, period: Period) => number;
}

const quarterIndex = (p: Period) => p.year * 4 + Math.max(p.part, 1) - 1;
const between = (p: Period, from: string, to: string) => {
	const [fy, fq] = from.split('-Q').map(Number) as [number, number];
	const [ty, tq] = to.split('-Q').map(Number) as [number, number];
	const i = quarterIndex(p);
	return i >= fy * 4 + fq - 1 && i <= ty * 4 + tq - 1;
};
const crisisWijken = new Set(['WK054603', 'WK054606', 'WK054608']);
const crisis = (wijk: string, p: Period) => {
	if (between(p, '2022-Q3', '2023-Q2')) return crisisWijken.has(wijk) ? 1.7 : 1.3;
	if (between(p, '2023-Q3', '2030-Q4')) return crisisWijken.has(wijk) ? 1.3 : 1.15;
	return 1;
};

/** From this quarter on, DEELN_UNIEK counts a resident once per quarter instead of once per activity. */
export const DEELN_DEFINITION_CHANGE = '2024-Q1';

export const PROFILES: Record<string, Profile> = {
	DEELN_UNIEK: {
		level: 45, count: true, deprivation: 0.2, trend: 0.03, seasonal: true, noise: 0.05, decimals: 0,
		event: (_w, p) => (quarterIndex(p) >= 2024 * 4 ? 0.7 : 1)
	},
	BEREIK_65PLUS: { level: 12, count: true, deprivation: 0.1, trend: 0.02, seasonal: true, noise: 0.06, decimals: 0 },
	BEREIK_TAAL: {
		level: 4, count: true, deprivation: 0.8, trend: 0.02, noise: 0.08, decimals: 0,
		event: (w, p) => ((w === 'WK054602' || w === 'WK054603') && p.year >= 2023 ? 1.2 + 0.15 * (p.year - 2023) : 1)
	},
	BEWINIT: { level: 0.55, count: true, deprivation: 0, trend: 0, seasonal: true, noise: 0.2, decimals: 0 },
	TEV_DEELN: { level: 7.6, count: false, deprivation: -0.2, trend: 0.02, noise: 0.15, decimals: 1, respondents: [7, 45] },
	BEZOEK_INLOOP: { level: 20, count: true, deprivation: 0.7, trend: 0.01, seasonal: true, noise: 0.06, decimals: 0 },
	VRAGEN_GELD: { level: 6, count: true, deprivation: 0.9, trend: 0, noise: 0.07, decimals: 0, event: crisis },
	VROEGSIGN: { level: 3, count: true, deprivation: 1, trend: 0.02, noise: 0.08, decimals: 0, event: crisis },
	HUISBEZOEK: { level: 2.5, count: true, deprivation: 0.6, trend: 0.02, noise: 0.1, decimals: 0 },
	DOORVERW_SWT: { level: 1.5, count: true, deprivation: 0.7, trend: 0, noise: 0.12, decimals: 0 },
	WOR_VERW: { level: 0.8, count: true, deprivation: 0.3, trend: 0, noise: 0.12, decimals: 0, event: (_w, p) => (p.year >= 2022 ? 1.25 ** (p.year - 2021) : 1) },
	GEZCHECK: { level: 1, count: true, deprivation: 0.3, trend: 0.03, noise: 0.12, decimals: 0 },
	JONG_BEREIK: {
		level: 8, count: true, deprivation: 0.4, trend: 0.01, seasonal: true, noise: 0.06, decimals: 0,
		event: (w, p) => (w !== 'WK054609' ? 1 : p.year === 2024 ? 0.45 : p.year === 2025 ? 0.9 : 1)
	},
	JONG_COACH: { level: 0.6, count: true, deprivation: 0.5, trend: 0.02, noise: 0.15, decimals: 0 },
	OPV_VRAGEN: { level: 1.2, count: true, deprivation: 0.2, trend: 0.03, noise: 0.12, decimals: 0 },
	VRIJW_ACTIEF: { level: 9, count: true, deprivation: -0.3, trend: 0.01, noise: 0.04, decimals: 0 },
	MZ_INBEELD: { level: 7, count: true, deprivation: 0.1, trend: 0.04, noise: 0.03, decimals: 0 },
	MZ_ONDERST: { level: 2.5, count: true, deprivation: 0.1, trend: 0.02, noise: 0.1, decimals: 0 },
	EENZAAM: { level: 44, count: false, deprivation: 8, trend: 0.2, noise: 1.2, decimals: 0, respondents: [180, 520] },
	CONTACT_BUREN: { level: 38, count: false, deprivation: -5, trend: -0.2, noise: 1.5, decimals: 0, respondents: [180, 520] },
	ONTMOETPLEK: { level: 62, count: false, deprivation: -6, trend: 0.3, noise: 1.5, decimals: 0, respondents: [180, 520] },
	VRIJW_WERK_PCT: { level: 30, count: false, deprivation: -6, trend: 0, noise: 1.5, decimals: 0, respondents: [180, 520] },
	MZ_OVERBELAST: { level: 12, count: false, deprivation: 2, trend: 0.3, noise: 1, decimals: 0, respondents: [40, 130] },
	GEZOND: { level: 78, count: false, deprivation: -7, trend: -0.2, noise: 1.2, decimals: 0, respondents: [200, 600] },
	VEILIG: { level: 84, count: false, deprivation: -6, trend: 0.2, noise: 1.2, decimals: 0, respondents: [180, 520] },
	CEO_REDZAAM: { level: 72, count: false, deprivation: -2, trend: 0.3, noise: 3, decimals: 0, respondents: [30, 120] },
	BIJSTAND: { level: 45, count: false, deprivation: 30, trend: -0.6, noise: 0.8, decimals: 1 },
	SCHULDEN: { level: 5, count: false, deprivation: 3, trend: 0.1, noise: 0.3, decimals: 1 },
	WMO_VOORZ: { level: 60, count: false, deprivation: 15, trend: 1.2, noise: 1, decimals: 1 },
	JEUGDHULP: { level: 10, count: false, deprivation: 3, trend: 0.1, noise: 0.4, decimals: 1 },
	AANMELD_SWT: { level: 3, count: true, deprivation: 0.8, trend: 0.02, noise: 0.1, decimals: 0 },
	INWONERS: { level: 1000, count: true, deprivation: 0, trend: 0.008, noise: 0, decimals: 0 }
};

/** Periods per year each frequency produces, as canonical codes, within 2021..2025. */
export function periodsFor(frequency: string): string[] {
	const years = [2021, 2022, 2023, 2024, 2025];
	switch (frequency) {
		case 'kwartaal':
			return years.flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`));
		case 'halfjaar':
			return years.flatMap((y) => [`${y}-H1`, `${y}-H2`]);
		case 'jaar':
			return years.map(String);
		case 'tweejaarlijks':
			return ['2021', '2023', '2025'];
		case 'vierjaarlijks':
			return ['2021', '2025'];
		default:
			throw new Error(`unknown frequency: ${JSON.stringify(frequency)}`);
	}
}

export interface WijkValue {
	value: number;
	n: number | null;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** One wijk's value for one indicator and period. */
export function wijkValue(code: string, wijk: string, period: Period, random: Random): WijkValue {
	const profile = PROFILES[code];
	if (!profile) throw new Error(`no demo profile for indicator ${JSON.stringify(code)}`);
	const wijkProfile = WIJK_PROFILES[wijk];
	if (!wijkProfile) throw new Error(`no demo profile for wijk ${JSON.stringify(wijk)}`);
	const years = period.year - 2021 + (Math.max(period.part, 1) - 1) / (period.kind === 'kwartaal' ? 4 : 2);
	const event = profile.event?.(wijk, period) ?? 1;
	let value: number;
	if (profile.count) {
		const perYear = period.kind === 'kwartaal' ? 1 : 4;
		const base = (profile.level * wijkProfile.population) / 1000 / perYear;
		const seasonal = profile.seasonal && period.kind === 'kwartaal' && period.part === 3 ? 0.72 : 1;
		value = base * (1 + profile.deprivation * wijkProfile.deprivation) * (1 + profile.trend) ** years * seasonal * event;
		value *= 1 + profile.noise * random.normal();
		if (code === 'INWONERS') value = wijkProfile.population * (1 + profile.trend) ** (period.year - 2024);
	} else {
		value = (profile.level + profile.deprivation * wijkProfile.deprivation + profile.trend * years) * event + profile.noise * random.normal();
		if (profile.respondents === undefined && code === 'BIJSTAND') value = Math.max(value, 5);
	}
	const n = profile.respondents
		? Math.round(profile.respondents[0] + (profile.respondents[1] - profile.respondents[0]) * random.next())
		: null;
	return { value: Math.max(0, round(value, profile.decimals)), n };
}

/** The city's value from its wijken: counts add up, rates are weighted by population (or respondents). */
export function cityValue(code: string, values: { wijk: string; value: WijkValue }[]): WijkValue {
	const profile = PROFILES[code]!;
	if (profile.count) return { value: values.reduce((sum, v) => sum + v.value.value, 0), n: null };
	const weight = (v: { wijk: string; value: WijkValue }) => v.value.n ?? WIJK_PROFILES[v.wijk]!.population;
	const total = values.reduce((sum, v) => sum + weight(v), 0);
	const mean = values.reduce((sum, v) => sum + v.value.value * weight(v), 0) / total;
	const n = profile.respondents ? values.reduce((sum, v) => sum + (v.value.n ?? 0), 0) : null;
	return { value: round(mean, Math.max(profile.decimals, 1)), n };
}
