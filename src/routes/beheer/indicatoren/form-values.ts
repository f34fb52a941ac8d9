// The indicator form's values: read from a submitted form, or from a stored indicator (numbers in Dutch notation).
import { exportColumns } from '$lib/domain/catalogue-csv';
import type { IndicatorWithDefinition } from '$lib/server/db/indicators';

/** Every catalogue column's value from a submitted form. */
export function valuesFromForm(form: FormData): Record<string, string> {
	return Object.fromEntries(exportColumns.map((c) => [c, String(form.get(c) ?? '')]));
}

/** The form's values for a stored indicator: its current definition with the period it applies from. */
export function valuesFromIndicator(i: IndicatorWithDefinition, themeName: string): Record<string, string> {
	const version = i.definitions.at(-1);
	const number = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
	return {
		code: i.code,
		naam: i.name,
		thema: themeName,
		eenheid: i.unit,
		frequentie: i.frequency,
		bron: i.source,
		soort: i.kind,
		richting: i.direction,
		aanleverder: i.deliveredBy,
		definitie: i.definition,
		definitie_vanaf: version?.validFrom ?? '',
		// A new definition needs its own note; the current one's is shown beside the form.
		wijziging: '',
		minimum_n: String(i.minN),
		streefwaarde: number(i.targetValue),
		toelichting_streefwaarde: i.targetNote ?? '',
		geldig_vanaf: i.validFrom ?? '',
		geldig_tot: i.validTo ?? ''
	};
}
