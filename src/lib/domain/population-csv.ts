// Inhabitants per area from a small CSV (code;inwoners), as a municipality exports it from its own figures.
// Every line is checked; nothing is used unless all lines are valid.
import Papa from 'papaparse';
import { parsePopulation } from './setup-input';

export type PopulationImport = { ok: true; values: { code: string; population: number | null }[] } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 50;
const CODE_COLUMNS = ['code', 'gebiedcode', 'wijkcode', 'buurtcode', 'statcode', 'wk_code', 'bu_code'];
const POPULATION_COLUMNS = ['inwoners', 'aantal_inwoners', 'aant_inw', 'bevolking'];

/** Reads `code;inwoners` lines (`,` also accepted; header names as CBS writes them too); `known` are the area codes. */
export function parsePopulationCsv(text: string, known: Set<string>): PopulationImport {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
	const [header, ...rows] = parsed.data;
	const names = (header ?? []).map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_'));
	const codeAt = names.findIndex((n) => CODE_COLUMNS.includes(n));
	const valueAt = names.findIndex((n) => POPULATION_COLUMNS.includes(n));
	if (codeAt < 0 || valueAt < 0) return { ok: false, problems: ['Regel 1 moet de kolommen "code" en "inwoners" hebben, bijvoorbeeld: code;inwoners'] };
	if (rows.length === 0) return { ok: false, problems: ['Het bestand heeft alleen kolomnamen. Zet onder regel 1 één regel per wijk of buurt.'] };
	const problems: string[] = [];
	const values: { code: string; population: number | null }[] = [];
	const seen = new Map<string, number>();
	rows.forEach((row, i) => {
		const line = i + 2;
		const code = String(row[codeAt] ?? '').trim().toUpperCase();
		if (!known.has(code)) {
			problems.push(`Regel ${line}: het gebied "${code.slice(0, 20)}" kennen we niet. Lees eerst de wijken en buurten in.`);
			return;
		}
		if (seen.has(code)) {
			problems.push(`Regel ${line}: ${code} staat ook al op regel ${seen.get(code)}.`);
			return;
		}
		seen.set(code, line);
		const value = parsePopulation(String(row[valueAt] ?? ''));
		if (!value.ok) problems.push(`Regel ${line}: ${value.message}`);
		else values.push({ code, population: value.value });
	});
	if (problems.length > MAX_PROBLEMS) return { ok: false, problems: [...problems.slice(0, MAX_PROBLEMS), `En nog ${problems.length - MAX_PROBLEMS} problemen.`] };
	return problems.length ? { ok: false, problems } : { ok: true, values };
}
