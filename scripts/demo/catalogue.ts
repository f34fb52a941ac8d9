// Reads the demo's source data (indicator catalogue CSV, wijk GeoJSON) and holds the fixed demo facts:
// themes, fictional organisations and the wijk profiles the generator draws from.
import { describeProblem, parseCatalogueCsv } from '../../src/lib/domain/catalogue-csv';
import { importAreas, type ImportedArea } from '../../src/lib/domain/geo-import';
import type { Indicator } from '../../src/lib/domain/indicator';

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

/**
 * Reads the demo's indicator catalogue with the import every gemeente uses (catalogue-csv.ts); throws with
 * every problem listed, so a broken demo file fails loudly.
 */
export function parseCatalogue(text: string): CatalogueRow[] {
	const parsed = parseCatalogueCsv(text, { themes: [...THEMES], current: [] });
	if (!parsed.ok) throw new Error(`indicator catalogue: ${parsed.problems.map(describeProblem).join(' ')}`);
	return parsed.rows.map(({ indicator, definition }) => ({
		code: indicator.code,
		name: indicator.name,
		themeCode: indicator.themeCode,
		unit: indicator.unit,
		frequency: indicator.frequency,
		source: indicator.source,
		kind: indicator.kind,
		direction: indicator.direction,
		deliveredBy: indicator.deliveredBy,
		definition
	}));
}

export type WijkFeature = Pick<ImportedArea, 'code' | 'name' | 'geometry'>;

/** Reads the demo's wijk boundaries with the area import every gemeente uses (geo-import.ts); throws with every problem. */
export function parseWijken(text: string): WijkFeature[] {
	const result = importAreas(text, GEMEENTE.code);
	if (!result.ok) throw new Error(`wijk GeoJSON: ${result.problems.join(' ')}`);
	return result.areas.filter((a) => a.level === 'wijk').map(({ code, name, geometry }) => ({ code, name, geometry }));
}
