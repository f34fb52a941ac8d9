// Reads the demo's source files from data/ and builds the demo data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalogue, parseWijken } from './catalogue';
import { SESSIONS, STORIES } from './content';
import { generateDemo, type DemoData } from './generate';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** The Leiden demo for `seed`, from data/indicatoren.csv and data/leiden-wijken-2023.geojson. */
export function loadDemo(seed?: number): DemoData {
	return generateDemo({
		seed,
		catalogue: parseCatalogue(readFileSync(`${dataDir}indicatoren.csv`, 'utf8')),
		wijken: parseWijken(readFileSync(`${dataDir}leiden-wijken-2023.geojson`, 'utf8')),
		stories: STORIES,
		sessions: SESSIONS
	});
}
