// Themes and indicators: edited one at a time in forms or imported as a whole CSV catalogue, under the same
// rules (catalogue-csv.ts). Every change readers see (a name, a definition, a minimum n) is a publication,
// so the published cells and every cache move to the new catalogue together.
import { catalogueToCsv, describeProblem, parseCatalogueCsv, parseCatalogueRecord, type CatalogueRow, type ThemeRef } from '../../domain/catalogue-csv';
import type { Indicator } from '../../domain/indicator';
import type { CellGroup } from '../../domain/suppression';
import { themeCodeFrom, validateTheme } from '../../domain/setup-input';
import * as deliveries from '../db/deliveries';
import * as dependents from '../db/dependents';
import * as indicators from '../db/indicators';
import { now, type Scope } from '../db/scope';
import * as themes from '../db/themes';
import { publishChange } from '../publish/publication';
import { recordChange, refusable, Refused, type Actor, type SetupResult } from './record';

type Fields = Record<string, string | undefined>;

/** A definition without a start period applies from the beginning. */
const FROM_THE_START = '2000';

/** The catalogue as CSV for a spreadsheet (the shape of data/indicatoren.csv plus every optional column). */
export async function exportCsv(scope: Scope): Promise<string> {
	const [themeList, list] = await Promise.all([themes.list(scope), indicators.list(scope)]);
	return catalogueToCsv(themeList, list);
}

function comparable(i: Omit<Indicator, 'position'> & { definition?: string }): Record<string, unknown> {
	return { ...i };
}

/** Writes valid rows: new indicators, changed fields, new definition versions. Inside a transaction. */
async function applyRows(tx: Scope, actor: Actor, rows: CatalogueRow[], positions: Map<string, number>): Promise<void> {
	const existing = new Map((await indicators.list(tx)).map((i) => [i.code, i]));
	let next = Math.max(-1, ...[...existing.values()].map((i) => i.position)) + 1;
	for (const row of rows) {
		const before = existing.get(row.indicator.code);
		const position = positions.get(row.indicator.code) ?? before?.position ?? next++;
		const indicator: Indicator = { ...row.indicator, position };
		if (!before) {
			await indicators.create(tx, indicator, [{ validFrom: row.definitionValidFrom ?? indicator.validFrom ?? FROM_THE_START, definition: row.definition, changeNote: row.changeNote }]);
			await recordChange(tx, actor, 'indicator.aangemaakt', indicator.code, null, comparable({ ...row.indicator, definition: row.definition }));
			continue;
		}
		const { definition: oldDefinition, definitions: _versions, archivedAt: _archived, position: _position, ...oldFields } = before;
		await indicators.update(tx, indicator);
		if (row.definition !== oldDefinition && row.definitionValidFrom) {
			await indicators.saveDefinition(tx, indicator.code, { validFrom: row.definitionValidFrom, definition: row.definition, changeNote: row.changeNote });
		}
		const after = { ...row.indicator, definition: row.definition };
		if (JSON.stringify(comparable({ ...oldFields, definition: oldDefinition })) !== JSON.stringify(comparable(after))) {
			await recordChange(tx, actor, 'indicator.gewijzigd', indicator.code, { ...oldFields, definition: oldDefinition }, after);
		}
	}
}

/** The published groups of indicators whose minimum n changes: their small-cell decision is made again. */
async function groupsToRecompute(scope: Scope, rows: CatalogueRow[]): Promise<CellGroup[]> {
	const current = new Map((await indicators.list(scope)).map((i) => [i.code, i]));
	const changed = rows.filter((r) => current.has(r.indicator.code) && current.get(r.indicator.code)!.minN !== r.indicator.minN).map((r) => r.indicator.code);
	return deliveries.groupsOfIndicators(scope, changed);
}

/** Imports a whole catalogue CSV: all rows valid or nothing changes; codes not in the file are kept. */
export async function importCsv(scope: Scope, actor: Actor, text: string): Promise<SetupResult<{ added: number; changed: number; unchanged: number; absent: string[]; notices: string[] }> & { problems?: string[] }> {
	const context = { themes: await themes.list(scope), current: await indicators.list(scope) };
	const parsed = parseCatalogueCsv(text, context);
	if (!parsed.ok) {
		const count = parsed.problems.length;
		return { ok: false, message: `Er is niets ingelezen: het bestand heeft ${count === 1 ? 'één probleem' : `${count} problemen`}. Pas het bestand aan en lees het opnieuw in.`, problems: parsed.problems.map(describeProblem) };
	}
	const { added, changed, definitionChanged, unchanged, absent } = parsed.changes;
	const touched = new Set([...added, ...changed, ...definitionChanged]);
	const rows = parsed.rows.filter((r) => touched.has(r.indicator.code));
	const value = { added: added.length, changed: new Set([...changed, ...definitionChanged]).size, unchanged: unchanged.length, absent, notices: parsed.notices };
	if (rows.length === 0) return { ok: true, value, message: 'Het bestand is gelijk aan de huidige indicatoren. Er is niets veranderd.' };
	// File order is catalogue order for the indicators in the file.
	const positions = new Map(parsed.rows.map((r, i) => [r.indicator.code, i]));
	const groups = await groupsToRecompute(scope, rows);
	const { publication } = await publishChange(scope, { kind: 'herberekening', summary: `Indicatoren ingelezen: ${value.added} nieuw, ${value.changed} gewijzigd`, by: actor.id, groups }, async (tx) => {
		await applyRows(tx, actor, rows, positions);
		await recordChange(tx, actor, 'catalogus.import', `${rows.length} indicatoren`, null, { nieuw: added, gewijzigd: [...touched].filter((c) => !added.includes(c)) });
	});
	return { ok: true, value, message: `Ingelezen en gepubliceerd als versie ${publication.version}: ${value.added} nieuw, ${value.changed} gewijzigd, ${value.unchanged} ongewijzigd.` };
}

/** Adds (no `code`) or changes one indicator from a form whose fields are named like the CSV columns. */
export async function saveIndicator(scope: Scope, actor: Actor, fields: Fields, code: string | null): Promise<SetupResult<string>> {
	const current = await indicators.list(scope);
	const record = { ...fields, ...(code ? { code } : {}) };
	if (!code && current.some((i) => i.code === String(fields.code ?? '').trim().toUpperCase())) {
		return { ok: false, message: 'Controleer de velden.', issues: [{ field: 'code', message: `Er is al een indicator met code ${String(fields.code).trim().toUpperCase()}. Kies een andere code.` }] };
	}
	const parsed = parseCatalogueRecord(record, { themes: await themes.list(scope), current });
	if (!parsed.ok) return { ok: false, message: 'Controleer de velden.', issues: parsed.problems.map((p) => ({ field: p.column ?? 'code', message: p.message })) };
	const row = parsed.rows[0]!;
	const { added, unchanged } = parsed.changes;
	if (unchanged.length > 0) return { ok: true, value: row.indicator.code, message: 'Er was niets veranderd.' };
	const groups = await groupsToRecompute(scope, [row]);
	const verb = added.length > 0 ? 'toegevoegd' : 'bijgewerkt';
	const { publication } = await publishChange(scope, { kind: 'herberekening', summary: `Indicator ${row.indicator.code} ${verb}`, by: actor.id, groups }, (tx) => applyRows(tx, actor, [row], new Map()));
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
	const base = themeCodeFrom(input.value.name);
	let code = base;
	for (let n = 2; existing.some((t) => t.code === code); n++) code = `${base}-${n}`;
	const theme = { code, ...input.value, position: Math.max(-1, ...existing.map((t) => t.position)) + 1 };
	await publishChange(scope, { kind: 'herberekening', summary: `Thema ${theme.name} toegevoegd`, by: actor.id }, async (tx) => {
		await themes.create(tx, theme);
		await recordChange(tx, actor, 'thema.aangemaakt', theme.name, null, input.value);
	});
	return { ok: true, value: code, message: `Het thema ${theme.name} is toegevoegd.` };
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
