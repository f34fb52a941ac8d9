// Reads the demo's source data (indicator catalogue CSV, wijk GeoJSON) and holds the fixed demo facts:
// themes, fictional organisations and the wijk profiles the generator draws from.
import Papa from 'papaparse';
import { deliverers, directions, frequencies, indicatorKinds, isOneOf } from '../../src/lib/domain/vocabulary';
import type { Indicator } from '../../src/lib/domain/indicator';
import type { Deliverer, Direction, Frequency, IndicatorKind } from '../../src/lib/domain/vocabulary';

export const GEMEENTE = { code: 'GM0546', name: 'Leiden' } as const;

export const THEMES = [
	{ code: 'meedoen', name: 'Meedoen en ontmoeten', description: 'Inwoners doen mee, kennen elkaar en hebben plekken om elkaar te ontmoeten.' },
	{ code: 'basiskracht', name: 'Basiskracht en bestaanszekerheid', description: 'Inwoners hebben grip op geld en regelen, en vinden op tijd hulp.' },
	{ code: 'gezondheid', name: 'Gezondheid en vitaliteit', description: 'Inwoners voelen zich gezond en kunnen zich zo lang mogelijk zelf redden.' },
	{ code: 'opgroeien', name: 'Opgroeien en opvoeden', description: 'Kinderen en jongeren groeien veilig en kansrijk op; ouders vinden steun.' },
	{ code: 'inzet', name: 'Vrijwillige inzet en mantelzorg', description: 'Inwoners zetten zich in voor elkaar en mantelzorgers houden het vol.' },
	{ code: 'veiligheid', name: 'Veiligheid en leefbaarheid', description: 'Inwoners voelen zich veilig en thuis in hun buurt.' },
	{ code: 'context', name: 'Context', description: 'Cijfers over de wijk die nodig zijn om de andere cijfers te lezen.' }
] as const;

/** Fictional organisations; `gemeente` delivers the municipality's own figures. */
export const ORGANISATIONS = {
	buurtkracht: { name: 'Stichting Buurtkracht Leiden (fictief)', type: 'welzijnsorganisatie' },
	sleutelstad: { name: 'Welzijnskompas Sleutelstad (fictief)', type: 'welzijnsorganisatie' },
	jongsamen: { name: 'Jong & Samen Leiden (fictief)', type: 'welzijnsorganisatie' },
	gemeente: { name: 'Gemeente Leiden', type: 'gemeente' }
} as const;
export type OrganisationKey = keyof typeof ORGANISATIONS;

/** Which organisation delivers which organisation-delivered indicator. */
export const DELIVERS: Record<Exclude<OrganisationKey, 'gemeente'>, string[]> = {
	buurtkracht: ['DEELN_UNIEK', 'BEREIK_65PLUS', 'BEREIK_TAAL', 'BEWINIT', 'TEV_DEELN', 'VRIJW_ACTIEF', 'MZ_INBEELD', 'MZ_ONDERST'],
	sleutelstad: ['BEZOEK_INLOOP', 'VRAGEN_GELD', 'VROEGSIGN', 'HUISBEZOEK', 'DOORVERW_SWT', 'WOR_VERW', 'GEZCHECK'],
	jongsamen: ['JONG_BEREIK', 'JONG_COACH', 'OPV_VRAGEN']
};

/** Inhabitants (about 131,000 in all, as Leiden in 2024) and relative deprivation (-1 well-off .. 1 deprived). */
export const WIJK_PROFILES: Record<string, { population: number; deprivation: number }> = {
	WK054600: { population: 12_000, deprivation: -0.5 },
	WK054601: { population: 13_000, deprivation: -0.1 },
	WK054602: { population: 6_000, deprivation: 0.1 },
	WK054603: { population: 16_000, deprivation: 0.7 },
	WK054604: { population: 17_000, deprivation: 0 },
	WK054605: { population: 14_000, deprivation: -0.6 },
	WK054606: { population: 17_000, deprivation: 0.6 },
	WK054607: { population: 12_000, deprivation: 0 },
	WK054608: { population: 14_000, deprivation: 0.5 },
	WK054609: { population: 10_000, deprivation: 0.4 }
};

export type CatalogueRow = Pick<Indicator, 'code' | 'name' | 'themeCode' | 'unit' | 'frequency' | 'source' | 'kind' | 'direction' | 'deliveredBy'> & {
	definition: string;
};

const COLUMNS = ['code', 'naam', 'thema', 'eenheid', 'frequentie', 'bron', 'soort', 'richting', 'aanleverder', 'definitie'];

/** Reads the `;`-separated indicator catalogue; throws naming the line and value of the first problem. */
export function parseCatalogue(text: string): CatalogueRow[] {
	const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, delimiter: ';', skipEmptyLines: true });
	const missing = COLUMNS.filter((c) => !parsed.meta.fields?.includes(c));
	if (missing.length) throw new Error(`indicator catalogue lacks column(s): ${missing.join(', ')}`);
	if (parsed.errors.length) {
		const e = parsed.errors[0]!;
		throw new Error(`indicator catalogue line ${(e.row ?? 0) + 2}: ${e.message}`);
	}
	const themeByName = new Map<string, string>(THEMES.map((t) => [t.name, t.code]));
	const seen = new Set<string>();
	return parsed.data.map((row, index) => {
		const line = index + 2;
		const fail = (what: string, value: string | undefined) => {
			throw new Error(`indicator catalogue line ${line}: ${what} ${JSON.stringify(value)}`);
		};
		const code = row.code?.trim() ?? '';
		if (!/^[A-Z0-9_]+$/.test(code)) fail('invalid code', row.code);
		if (seen.has(code)) fail('duplicate code', code);
		seen.add(code);
		const themeCode = themeByName.get(row.thema?.trim() ?? '');
		if (!themeCode) fail('unknown theme', row.thema);
		if (!isOneOf(frequencies, row.frequentie)) fail('unknown frequency', row.frequentie);
		if (!isOneOf(indicatorKinds, row.soort)) fail('unknown kind', row.soort);
		if (!isOneOf(directions, row.richting)) fail('unknown direction', row.richting);
		if (!isOneOf(deliverers, row.aanleverder)) fail('unknown deliverer', row.aanleverder);
		if (!row.naam?.trim()) fail('empty name for', code);
		if (!row.definitie?.trim()) fail('empty definition for', code);
		return {
			code,
			name: row.naam!.trim(),
			themeCode: themeCode!,
			unit: row.eenheid!.trim(),
			frequency: row.frequentie as Frequency,
			source: row.bron!.trim(),
			kind: row.soort as IndicatorKind,
			direction: row.richting as Direction,
			deliveredBy: row.aanleverder as Deliverer,
			definition: row.definitie!.trim()
		};
	});
}

export interface WijkFeature {
	code: string;
	name: string;
	geometry: unknown;
}

/** Reads the wijk GeoJSON (CBS `statcode`/`statnaam`); throws naming a feature without them. */
export function parseWijken(text: string): WijkFeature[] {
	const json = JSON.parse(text) as { type?: string; features?: { properties?: Record<string, unknown>; geometry?: unknown }[] };
	if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) throw new Error('wijk GeoJSON is not a FeatureCollection');
	return json.features.map((f, i) => {
		const code = f.properties?.statcode;
		const name = f.properties?.statnaam;
		if (typeof code !== 'string' || !/^WK\d{6}$/.test(code)) throw new Error(`wijk feature ${i}: invalid statcode ${JSON.stringify(code)}`);
		if (typeof name !== 'string' || !name) throw new Error(`wijk feature ${i} (${code}): missing statnaam`);
		return { code, name, geometry: f.geometry ?? null };
	});
}
