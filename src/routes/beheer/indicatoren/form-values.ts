// The indicator form's values: read from a submitted form, or from a stored indicator (numbers in Dutch notation).
import { catalogueValues, exportColumns } from '$lib/domain/catalogue-csv';
import type { IndicatorWithDefinition } from '$lib/server/db/indicators';

/** Every catalogue column's value from a submitted form. */
export function valuesFromForm(form: FormData): Record<string, string> {
	return Object.fromEntries(exportColumns.map((c) => [c, String(form.get(c) ?? '')]));
}

/** The form's values for a stored indicator: its current definition with the period it applies from. */
export function valuesFromIndicator(i: IndicatorWithDefinition, themeName: string): Record<string, string> {
	const values = catalogueValues(i, themeName);
	// Numbers as a Dutch reader types them; a new definition needs its own note (the current one is shown beside the form).
	const text = (value: string | number | null) => (value === null ? '' : typeof value === 'number' ? String(value).replace('.', ',') : value);
	return { ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, text(v)])), wijziging: '' };
}
