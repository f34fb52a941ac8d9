import type { Definition, Indicator } from '../../domain/indicator';
import { comparePeriods, requirePeriod } from '../../domain/periods';

export type { Definition, Indicator };
import { inTransaction, type Scope } from './scope';

/** An indicator with its current definition ("wat telt als") and the history of earlier ones. */
export interface IndicatorWithDefinition extends Indicator {
	/** Set when the indicator is no longer delivered; its figures stay readable. */
	archivedAt: string | null;
	definition: string;
	definitions: Definition[];
}

/** Every stored column of an indicator but its key (gemeente, code). */
function columnsOf(indicator: Indicator) {
	return {
		name: indicator.name,
		theme_code: indicator.themeCode,
		unit: indicator.unit,
		frequency: indicator.frequency,
		source: indicator.source,
		kind: indicator.kind,
		direction: indicator.direction,
		delivered_by: indicator.deliveredBy,
		target_value: indicator.targetValue,
		target_note: indicator.targetNote,
		min_n: indicator.minN,
		valid_from: indicator.validFrom,
		valid_to: indicator.validTo,
		position: indicator.position
	};
}

async function insertIndicator(scope: Scope, indicator: Indicator, definitions: Definition[]): Promise<void> {
	if (definitions.length === 0) throw new Error(`indicator ${indicator.code} needs at least one definition`);
	await scope.db
		.insertInto('indicators')
		.values({ gemeente_code: scope.gemeente, code: indicator.code, archived_at: null, ...columnsOf(indicator) })
		.execute();
	await scope.db
		.insertInto('indicator_definitions')
		.values(
			definitions.map((d) => ({
				gemeente_code: scope.gemeente,
				indicator_code: indicator.code,
				valid_from: d.validFrom,
				definition: d.definition,
				change_note: d.changeNote
			}))
		)
		.execute();
}

/**
 * Adds an indicator with its definitions (at least one; the one with the latest `validFrom` is current).
 * One transaction: an indicator never exists without its definitions.
 */
export async function create(scope: Scope, indicator: Indicator, definitions: Definition[]): Promise<void> {
	return inTransaction(scope.db, (db) => insertIndicator({ ...scope, db }, indicator, definitions));
}

function select(scope: Scope) {
	return scope.db
		.selectFrom('indicators')
		.select([
			'code',
			'name',
			'theme_code as themeCode',
			'unit',
			'frequency',
			'source',
			'kind',
			'direction',
			'delivered_by as deliveredBy',
			'target_value as targetValue',
			'target_note as targetNote',
			'min_n as minN',
			'valid_from as validFrom',
			'valid_to as validTo',
			'position',
			'archived_at as archivedAt'
		])
		.where('gemeente_code', '=', scope.gemeente);
}

async function withDefinitions(scope: Scope, list: (Indicator & { archivedAt: string | null })[]): Promise<IndicatorWithDefinition[]> {
	if (list.length === 0) return [];
	const rows = await scope.db
		.selectFrom('indicator_definitions')
		.select(['indicator_code', 'valid_from as validFrom', 'definition', 'change_note as changeNote'])
		.where('gemeente_code', '=', scope.gemeente)
		.where(
			'indicator_code',
			'in',
			list.map((i) => i.code)
		)
		.orderBy('indicator_code')
		.orderBy('valid_from')
		.execute();
	return list.map((indicator) => {
		// By period start, not as text: "2024-H2" sorts before "2024-Q1" as text but starts later.
		const definitions = rows
			.filter((r) => r.indicator_code === indicator.code)
			.map(({ indicator_code: _, ...d }) => d)
			.sort((a, b) => comparePeriods(requirePeriod(a.validFrom), requirePeriod(b.validFrom)));
		return { ...indicator, definition: definitions.at(-1)?.definition ?? '', definitions };
	});
}

/** Every indicator in catalogue order, with definitions. */
export async function list(scope: Scope): Promise<IndicatorWithDefinition[]> {
	return withDefinitions(scope, await select(scope).orderBy('position').execute());
}

/** One indicator with definitions, or undefined. */
export async function get(scope: Scope, code: string): Promise<IndicatorWithDefinition | undefined> {
	const found = await select(scope).where('code', '=', code).executeTakeFirst();
	return found ? (await withDefinitions(scope, [found]))[0] : undefined;
}

/** Every indicator that is not archived, in catalogue order (for new deliveries and assignments). */
export async function listCurrent(scope: Scope): Promise<IndicatorWithDefinition[]> {
	return withDefinitions(scope, await select(scope).where('archived_at', 'is', null).orderBy('position').execute());
}

/** Codes of archived indicators. */
export async function archivedCodes(scope: Scope): Promise<Set<string>> {
	const rows = await scope.db.selectFrom('indicators').select('code').where('gemeente_code', '=', scope.gemeente).where('archived_at', 'is not', null).execute();
	return new Set(rows.map((r) => r.code));
}

/** Overwrites every field of an existing indicator but its code (definitions are separate). */
export async function update(scope: Scope, indicator: Indicator): Promise<void> {
	await scope.db
		.updateTable('indicators')
		.set(columnsOf(indicator))
		.where('gemeente_code', '=', scope.gemeente)
		.where('code', '=', indicator.code)
		.execute();
}

/** Adds a definition version, or rewrites the text of the version that starts at the same period. */
export async function saveDefinition(scope: Scope, indicatorCode: string, definition: Definition): Promise<void> {
	await scope.db
		.insertInto('indicator_definitions')
		.values({ gemeente_code: scope.gemeente, indicator_code: indicatorCode, valid_from: definition.validFrom, definition: definition.definition, change_note: definition.changeNote })
		.onConflict((oc) => oc.columns(['gemeente_code', 'indicator_code', 'valid_from']).doUpdateSet({ definition: definition.definition, change_note: definition.changeNote }))
		.execute();
}

/** Archives (a timestamp) or restores (null) an indicator. */
export async function setArchived(scope: Scope, code: string, at: string | null): Promise<void> {
	await scope.db.updateTable('indicators').set({ archived_at: at }).where('gemeente_code', '=', scope.gemeente).where('code', '=', code).execute();
}

/** Deletes an indicator and its definitions; the caller has checked that nothing else refers to it. */
export async function remove(scope: Scope, code: string): Promise<void> {
	await scope.db.deleteFrom('indicator_definitions').where('gemeente_code', '=', scope.gemeente).where('indicator_code', '=', code).execute();
	await scope.db.deleteFrom('indicators').where('gemeente_code', '=', scope.gemeente).where('code', '=', code).execute();
}
