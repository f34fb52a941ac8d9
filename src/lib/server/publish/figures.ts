// What an audience may see of the published measurements: the single place where small cells are
// suppressed, used by both the server-rendered figures and the Arrow snapshot.
import { isSmallCell } from '../../domain/suppression';
import type { Visibility } from '../../domain/vocabulary';
import * as indicators from '../db/indicators';
import * as measurements from '../db/measurements';
import type { MeasurementFilter, PublishedMeasurement } from '../db/measurements';
import type { Scope } from '../db/scope';

export interface VisibleMeasurement extends PublishedMeasurement {
	/** True when the value rests on too few persons for this audience; `value` and `n` are then null. */
	suppressed: boolean;
}

export interface IndicatorRule {
	unit: string;
	minN: number;
}

/** Whether the audience gets small cells suppressed; only internal staff see them. */
export function suppressesSmallCells(audience: Visibility): boolean {
	return audience !== 'intern';
}

/** Applies small-cell suppression for `audience` to published rows. */
export function toVisible(rows: PublishedMeasurement[], rules: Map<string, IndicatorRule>, audience: Visibility): VisibleMeasurement[] {
	const suppress = suppressesSmallCells(audience);
	return rows.map((row) => {
		const rule = rules.get(row.indicatorCode);
		if (!rule) throw new Error(`measurement for unknown indicator: ${row.indicatorCode}`);
		const hidden = suppress && isSmallCell({ value: row.value, n: row.n, unit: rule.unit }, rule.minN);
		return hidden ? { ...row, value: null, n: null, suppressed: true } : { ...row, suppressed: false };
	});
}

/** Published measurements as `audience` may see them. */
export async function listVisible(scope: Scope, audience: Visibility, filter: MeasurementFilter = {}): Promise<VisibleMeasurement[]> {
	const [rows, catalogue] = await Promise.all([measurements.listPublished(scope, filter), indicators.list(scope)]);
	const rules = new Map(catalogue.map((i) => [i.code, { unit: i.unit, minN: i.minN }]));
	return toVisible(rows, rules, audience);
}
