// Themes and indicators: edited one at a time in forms or imported as a whole CSV catalogue, under the same
// rules (catalogue-csv.ts). Every change readers see (a name, a definition, a minimum n) is a publication,
// so the published cells and every cache move to the new catalogue together.
import { catalogueToCsv, describeProblem, parseCatalogueCsv, parseCatalogueRecord, type CatalogueRow, type ThemeRef } from '../../domain/catalogue-csv';
import type { Indicator } from '../../domain/indicator';
import type { CellGroup } from '../../domain/suppression';
import { fieldChanges } from '../../domain/changes';
import { themeCodeFrom, validateTheme } from '../../domain/setup-input';
import * as deliveries from '../db/deliveries';
import * as dependents from '../db/dependents';
import * as indicators from '../db/indicators';
import { now, type Scope } from '../db/scope';
import * as themes from '../db/themes';
import { publishChange } from '../publish/publication';
import { recordChange, refusable, Refused, type Actor, type SetupResult } from './record';

type Fields = Record<string, string | undefined>;

/** The longest list of problems shown for one file. */
const MAX_PROBLEMS = 50;

/** A definition without a start period applies from the beginning. */
const FROM_THE_START = '2000';

/** The catalogue as CSV for a spreadsheet (the shape of data/indicatoren.csv plus every optional column). */
export async function exportCsv(scope: Scope): Promise<string> {
	const [themeList, list] = await Promise.all([themes.list(scope), indicators.list(scope)]);
	return catalogueToCsv(themeList, list);
}

/**
 * Writes valid rows: new indicators, changed fields, new definition versions; returns the codes whose
 * minimum n changed (their published cells are decided again). Inside the publication's transaction.
 * With `order` (a whole catalogue file), the file's order becomes the catalogue order and indicators not
 * in the file follow in their old order.
 */
async function applyRows(tx: Scope, actor: Actor, rows: CatalogueRow[], order: string[] | null): Promise<string[]> {
	const stored = await indicators.list(tx);
	const existing = new Map(stored.map((i) => [i.code, i]));
	const positions = new Map<string, number>();
	if (order) [...order, ...stored.map((i) => i.code).filter((c) => !order.includes(c))].forEach((code, i) => positions.set(code, i));
	let next = Math.max(-1, ...stored.map((i) => i.position)) + 1;
	const minNChanged: string[] = [];
	for (const row of rows) {
		const before = existing.get(row.indicator.code);
		const indicator: Indicator = { ...row.indicator, position: positions.get(row.indicator.code) ?? before?.position ?? next++ };
		const after = { ...row.indicator, definition: row.definition };
		if (!before) {
			await indicators.create(tx, indicator, [{ validFrom: row.definitionValidFrom ?? indicator.validFrom ?? FROM_THE_START, definition: row.definition, changeNote: row.changeNote }]);
			await recordChange(tx, actor, 'indicator.aangemaakt', indicator.code, null, after);
			continue;
		}
		const { definition: oldDefinition, definitions: _versions, archivedAt: _archived, position: _position, ...oldFields } = before;
		await indicators.update(tx, indicator);
		if (row.definition !== oldDefinition && row.definitionValidFrom) {
			await indicators.saveDefinition(tx, indicator.code, { validFrom: row.definitionValidFrom, definition: row.definition, changeNote: row.changeNote });
		}
		if (before.minN !== indicator.minN) minNChanged.push(indicator.code);
		const previous = { ...oldFields, definition: oldDefinition };
		if (fieldChanges(previous, after).length > 0) await recordChange(tx, actor, 'indicator.gewijzigd', indicator.code, previous, after);
	}
	// Indicators outside the file keep their order after it.
	for (const [code, position] of positions) {
		const before = existing.get(code);
		if (before && before.position !== position && !rows.some((r) => r.indicator.code === code)) {
			const { definition: _d, definitions: _v, archivedAt: _a, ...fields } = before;
			await indicators.update(tx, { ...fields, position });
		}
	}
	return minNChanged;
}

/** The published groups of the indicators whose minimum n changed: their small-cell decision is made again. */
const groupsOfChangedMinN = (tx: Scope, codes: string[]): Promise<CellGroup[]> => deliveries.groupsOfIndicators(tx, codes);

/** Imports a whole catalogue CSV: all rows valid or nothing changes; codes not in the file are kept. */
export async function importCsv(scope: Scope, actor: Actor, text: string): Promise<SetupResult<{ added: number; changed: number; unchanged: number; absent: string[]; notices: string[] }> & { problems?: string[] }> {
	const context = { themes: await themes.list(scope), current: await indicators.list(scope) };
	const parsed = parseCatalogueCsv(text, context);
	if (!parsed.ok) {
		const count = parsed.problems.length;
		// Every problem counts in the message; the list stops at a readable length.
		const shown = parsed.problems.slice(0, MAX_PROBLEMS).map(describeProblem);
		if (count > MAX_PROBLEMS) shown.push(`En nog ${count - MAX_PROBLEMS} problemen. Los eerst deze op en lees het bestand opnieuw in.`);
		return { ok: false, message: `Er is niets ingelezen: het bestand heeft ${count === 1 ? 'één probleem' : `${count} problemen`}. Pas het bestand aan en lees het opnieuw in.`, problems: shown };
	}
	const { added, changed, definitionChanged, unchanged, absent } = parsed.changes;
	const touched = new Set([...added, ...changed, ...definitionChanged]);
	const rows = parsed.rows.filter((r) => touched.has(r.indicator.code));
	const value = { added: added.length, changed: new Set([...changed, ...definitionChanged]).size, unchanged: unchanged.length, absent, notices: parsed.notices };
	if (rows.length === 0) return { ok: true, value, message: 'Het bestand is gelijk aan de huidige indicatoren. Er is niets veranderd.' };
	const { publication } = await publishChange(
		scope,
		{ kind: 'herberekening', summary: `Indicatoren ingelezen: ${value.added} nieuw, ${value.changed} gewijzigd`, by: actor.id, groups: groupsOfChangedMinN },
		async (tx) => {
			// File order is catalogue order.
			const minNChanged = await applyRows(tx, actor, rows, parsed.rows.map((r) => r.indicator.code));
			await recordChange(tx, actor, 'catalogus.import', `${rows.length} indicatoren`, null, { nieuw: added, gewijzigd: [...touched].filter((c) => !added.includes(c)) });
			return minNChanged;
		}
	);
	return { ok: true, value, message: `Ingelezen en gepubliceerd als versie ${publication.version}: ${value.added} nieuw, ${value.changed} gewijzigd, ${value.unchanged} ongewijzigd.` };
}

/** Adds (no `code`) or changes one indicator from a form whose fields are named like the CSV columns. */
export async function saveIndicator(scope: Scope, actor: Actor, fields: Fields, code: string | null): Promise<SetupResult<string>> {
	const current = await indicators.list(scope);
	if (code && !current.some((i) => i.code === code)) return { ok: false, message: 'Deze indicator bestaat niet (meer). Misschien heeft iemand anders hem net verwijderd.' };
	const record = { ...fields, ...(code ? { code } : {}) };
	if (!code && current.some((i) => i.code === String(fields.code ?? '').trim().toUpperCase())) {
		return { ok: false, message: 'Controleer de velden.', issues: [{ field: 'code', message: `Er is al een indicator met code ${String(fields.code).trim().toUpperCase()}. Kies een andere code.` }] };
	}
	const parsed = parseCatalogueRecord(record, { themes: await themes.list(scope), current });
	if (!parsed.ok) return { ok: false, message: 'Controleer de velden.', issues: parsed.problems.map((p) => ({ field: p.column ?? 'code', message: p.message })) };
	const row = parsed.rows[0]!;
	const { added, unchanged } = parsed.changes;
	if (unchanged.length > 0) return { ok: true, value: row.indicator.code, message: 'Er was niets veranderd.' };
	const verb = added.length > 0 ? 'toegevoegd' : 'bijgewerkt';
	const { publication } = await publishChange(scope, { kind: 'herberekening', summary: `Indicator ${row.indicator.code} ${verb}`, by: actor.id, groups: groupsOfChangedMinN }, (tx) =>
		applyRows(tx, actor, [row], null)
	);
	return { ok: true, value: row.indicator.code, message: `De indicator is ${verb} en gepubliceerd als versie ${publication.version}.` };
}

/** Archives an indicator (no new deliveries, history stays readable) or takes it back into use. */
export async function setIndicatorArchived(scope: Scope, actor: Actor, code: string, archived: boolean): Promise<SetupResult> {
	const indicator = await indicators.get(scope, code);
	if (!indicator) return { ok: false, message: 'Deze indicator bestaat niet (meer).' };
	await publishChange(scope, { kind: 'herberekening', summary: `Indicator ${code} ${archived ? 'gearchiveerd' : 'weer in gebruik'}`, by: actor.id }, async (tx) => {
		await indicators.setArchived(tx, code, archived ? now() : null);
		await recordChange(tx, actor, archived ? 'indicator.gearchiveerd' : 'indicator.teruggezet', code, { gearchiveerd: indicator.archivedAt !== null }, { gearchiveerd: archived });
	});
	return { ok: true, value: undefined, message: archived ? 'De indicator is gearchiveerd. Eerdere cijfers blijven zichtbaar.' : 'De indicator is weer in gebruik.' };
}

/** Deletes an indicator nothing refers to; otherwise refuses and says what depends on it. */
export async function removeIndicator(scope: Scope, actor: Actor, code: string): Promise<SetupResult> {
	const indicator = await indicators.get(scope, code);
	if (!indicator) return { ok: false, message: 'Deze indicator bestaat niet (meer).' };
	return refusable(async () => {
		await publishChange(scope, { kind: 'herberekening', summary: `Indicator ${code} verwijderd`, by: actor.id }, async (tx) => {
			const found = await dependents.list(tx, 'indicator', code);
			if (found.length > 0) throw new Refused(`${indicator.name} kan niet weg: er hoort nog iets bij (${dependents.describe(found)}). Archiveer de indicator als hij niet meer wordt gemeten.`);
			await indicators.remove(tx, code);
			await recordChange(tx, actor, 'indicator.verwijderd', code, { name: indicator.name, definition: indicator.definition }, null);
		});
		return { ok: true, value: undefined, message: `${indicator.name} is verwijderd.` };
	});
}

/** Adds a theme; its code is made from its name. */
export async function createTheme(scope: Scope, actor: Actor, fields: Fields): Promise<SetupResult<string>> {
	const input = validateTheme(fields);
	if (!input.ok) return { ok: false, message: 'Controleer de velden.', issues: input.issues };
	const existing = await themes.list(scope);
	if (existing.some((t) => t.name.toLowerCase() === input.value.name.toLowerCase())) {
		return { ok: false, message: 'Controleer de velden.', issues: [{ field: 'naam', message: `Er is al een thema "${input.value.name}".` }] };
	}
	// Code and position are chosen under the publication lock, so two themes added at once never share them.
	const { result: code } = await publishChange(scope, { kind: 'herberekening', summary: `Thema ${input.value.name} toegevoegd`, by: actor.id }, async (tx) => {
		const current = await themes.list(tx);
		const base = themeCodeFrom(input.value.name);
		let candidate = base;
		for (let n = 2; current.some((t) => t.code === candidate); n++) candidate = `${base}-${n}`;
		await themes.create(tx, { code: candidate, ...input.value, position: Math.max(-1, ...current.map((t) => t.position)) + 1 });
		await recordChange(tx, actor, 'thema.aangemaakt', input.value.name, null, input.value);
		return candidate;
	});
	return { ok: true, value: code, message: `Het thema ${input.value.name} is toegevoegd.` };
}

/** Renames a theme or changes its goal. */
export async function updateTheme(scope: Scope, actor: Actor, code: string, fields: Fields): Promise<SetupResult> {
	const input = validateTheme(fields);
	if (!input.ok) return { ok: false, message: 'Controleer de velden.', issues: input.issues };
	const before = (await themes.list(scope)).find((t) => t.code === code);
	if (!before) return { ok: false, message: 'Dit thema bestaat niet (meer).' };
	await publishChange(scope, { kind: 'herberekening', summary: `Thema ${input.value.name} gewijzigd`, by: actor.id }, async (tx) => {
		await themes.update(tx, { ...before, ...input.value });
		await recordChange(tx, actor, 'thema.gewijzigd', input.value.name, { name: before.name, description: before.description }, input.value);
	});
	return { ok: true, value: undefined, message: 'Het thema is bijgewerkt.' };
}

/** Deletes a theme without indicators, stories or sessions. */
export async function removeTheme(scope: Scope, actor: Actor, code: string): Promise<SetupResult> {
	const theme = (await themes.list(scope)).find((t) => t.code === code);
	if (!theme) return { ok: false, message: 'Dit thema bestaat niet (meer).' };
	return refusable(async () => {
		await publishChange(scope, { kind: 'herberekening', summary: `Thema ${theme.name} verwijderd`, by: actor.id }, async (tx) => {
			const found = await dependents.list(tx, 'theme', code);
			if (found.length > 0) throw new Refused(`Het thema ${theme.name} kan niet weg: er hoort nog iets bij (${dependents.describe(found)}).`);
			await themes.remove(tx, code);
			await recordChange(tx, actor, 'thema.verwijderd', theme.name, { name: theme.name, description: theme.description }, null);
		});
		return { ok: true, value: undefined, message: `Het thema ${theme.name} is verwijderd.` };
	});
}

export type { ThemeRef };
