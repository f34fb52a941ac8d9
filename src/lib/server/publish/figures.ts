// What an audience may see of the published measurements: the single place where small cells are
// suppressed, used by both the server-rendered figures and the Arrow snapshot.
import { isSmallCell, secondarySuppression } from '../../domain/suppression';
import type { FigureCell } from '../../domain/figure';
import type { Visibility } from '../../domain/vocabulary';
import * as indicators from '../db/indicators';
import * as measurements from '../db/measurements';
import type { MeasurementFilter, PublishedMeasurement } from '../db/measurements';
import type { Scope } from '../db/scope';

export interface VisibleMeasurement extends PublishedMeasurement {
	/** True when the value rests on too few persons for this audience; `value`, `n` and `toelichting` are then null. */
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

const keyOf = (row: PublishedMeasurement) => `${row.indicatorCode}|${row.areaCode}|${row.period}`;

/**
 * Applies small-cell suppression for `audience`: small cells are hidden, and per indicator × period one more
 * wijk when a single hidden wijk could otherwise be derived from the city total (`cityCode`). A hidden cell
 * loses its value, its n and its toelichting (which may repeat the number).
 */
export function toVisible(rows: PublishedMeasurement[], rules: Map<string, IndicatorRule>, audience: Visibility, cityCode: string): VisibleMeasurement[] {
	if (!suppressesSmallCells(audience)) return rows.map((row) => ({ ...row, suppressed: false }));
	const primary = new Set<string>();
	const groups = new Map<string, PublishedMeasurement[]>();
	for (const row of rows) {
		const rule = rules.get(row.indicatorCode);
		if (!rule) throw new Error(`measurement for unknown indicator: ${row.indicatorCode}`);
		if (isSmallCell({ value: row.value, n: row.n, unit: rule.unit }, rule.minN)) primary.add(keyOf(row));
		const group = `${row.indicatorCode}|${row.period}`;
		const members = groups.get(group);
		if (members) members.push(row);
		else groups.set(group, [row]);
	}
	const hidden = new Set(primary);
	for (const group of groups.values()) {
		const extra = secondarySuppression(
			group.map((row) => ({ key: keyOf(row), value: row.value, n: row.n, primary: primary.has(keyOf(row)), isTotal: row.areaCode === cityCode }))
		);
		for (const key of extra) hidden.add(key);
	}
	return rows.map((row) =>
		hidden.has(keyOf(row)) ? { ...row, value: null, n: null, toelichting: null, suppressed: true } : { ...row, suppressed: false }
	);
}

/**
 * Published measurements as `audience` may see them. Suppression needs every area of a group, so the
 * filter is applied after suppressing, never before.
 */
export async function listVisible(scope: Scope, audience: Visibility, filter: MeasurementFilter = {}): Promise<VisibleMeasurement[]> {
	const [rows, catalogue] = await Promise.all([
		measurements.listPublished(scope, { indicatorCodes: filter.indicatorCodes }),
		indicators.list(scope)
	]);
	const rules = new Map(catalogue.map((i) => [i.code, { unit: i.unit, minN: i.minN }]));
	const visible = toVisible(rows, rules, audience, scope.gemeente);
	return filter.areaCodes ? visible.filter((row) => filter.areaCodes!.includes(row.areaCode)) : visible;
}

/** The cell a page shows for a visible measurement; null when there is none. */
export function cellOf(m: VisibleMeasurement | undefined): FigureCell | null {
	return m ? { value: m.value, suppressed: m.suppressed, missingReason: m.missingReason } : null;
}
