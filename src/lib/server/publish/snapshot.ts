// Publishes the measurements an audience may see as one Arrow IPC stream per gemeente × audience.
// Small cells are suppressed here, before anything leaves the server.
import { Bool, Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { createHash } from 'node:crypto';
import { isSmallCell } from '../../domain/suppression';
import type { Visibility } from '../../domain/vocabulary';
import * as indicators from '../db/indicators';
import * as measurements from '../db/measurements';
import type { PublishedMeasurement } from '../db/measurements';
import type { Scope } from '../db/scope';

/** Column names of the snapshot table, as the browser's SQL sees them. */
export const SNAPSHOT_TABLE = 'measurements';

export interface Snapshot {
	bytes: Uint8Array;
	etag: string;
	rows: number;
}

export interface IndicatorRule {
	unit: string;
	minN: number;
}

/** Whether the audience gets small cells suppressed; only internal staff see them. */
export function suppressesSmallCells(audience: Visibility): boolean {
	return audience !== 'intern';
}

/** Builds the Arrow table: one row per published measurement, small cells nulled and flagged. */
export function toSnapshotTable(rows: PublishedMeasurement[], rules: Map<string, IndicatorRule>, audience: Visibility): Table {
	const suppress = suppressesSmallCells(audience);
	const hidden = rows.map((r) => {
		const rule = rules.get(r.indicatorCode);
		if (!rule) throw new Error(`measurement for unknown indicator: ${r.indicatorCode}`);
		return suppress && isSmallCell({ value: r.value, n: r.n, unit: rule.unit }, rule.minN);
	});
	return new Table({
		indicator_code: vectorFromArray(rows.map((r) => r.indicatorCode), new Utf8()),
		area_code: vectorFromArray(rows.map((r) => r.areaCode), new Utf8()),
		period: vectorFromArray(rows.map((r) => r.period), new Utf8()),
		period_start: vectorFromArray(rows.map((r) => r.periodStart), new Utf8()),
		value: vectorFromArray(rows.map((r, i) => (hidden[i] ? null : r.value)), new Float64()),
		n: vectorFromArray(rows.map((r, i) => (hidden[i] ? null : r.n)), new Int32()),
		missing_reason: vectorFromArray(rows.map((r) => r.missingReason), new Utf8()),
		suppressed: vectorFromArray(hidden, new Bool())
	});
}

/** Serialises the audience's snapshot for the scope's gemeente, with a content-derived ETag. */
export async function buildSnapshot(scope: Scope, audience: Visibility): Promise<Snapshot> {
	const [rows, catalogue] = await Promise.all([measurements.listPublished(scope), indicators.list(scope)]);
	const rules = new Map(catalogue.map((i) => [i.code, { unit: i.unit, minN: i.minN }]));
	const bytes = tableToIPC(toSnapshotTable(rows, rules, audience), 'stream');
	const hash = createHash('sha256').update(scope.gemeente).update(audience).update(bytes).digest('base64url');
	return { bytes, etag: `"${hash.slice(0, 32)}"`, rows: rows.length };
}
