// Publishes the measurements an audience may see as one Arrow IPC stream per gemeente × audience.
// Suppression happens in listVisible, before anything is serialised.
import { Bool, Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { createHash } from 'node:crypto';
import type { Visibility } from '../../domain/vocabulary';
import type { Scope } from '../db/scope';
import { listVisible, type VisibleMeasurement } from './figures';

export interface Snapshot {
	bytes: Uint8Array;
	etag: string;
	rows: number;
}

/** The Arrow table the browser loads as `measurements`: one row per visible measurement. */
export function toSnapshotTable(rows: VisibleMeasurement[]): Table {
	return new Table({
		indicator_code: vectorFromArray(rows.map((r) => r.indicatorCode), new Utf8()),
		area_code: vectorFromArray(rows.map((r) => r.areaCode), new Utf8()),
		period: vectorFromArray(rows.map((r) => r.period), new Utf8()),
		period_start: vectorFromArray(rows.map((r) => r.periodStart), new Utf8()),
		value: vectorFromArray(rows.map((r) => r.value), new Float64()),
		n: vectorFromArray(rows.map((r) => r.n), new Int32()),
		missing_reason: vectorFromArray(rows.map((r) => r.missingReason), new Utf8()),
		suppressed: vectorFromArray(rows.map((r) => r.suppressed), new Bool())
	});
}

/** Serialises the audience's snapshot for the scope's gemeente, with a content-derived ETag. */
export async function buildSnapshot(scope: Scope, audience: Visibility): Promise<Snapshot> {
	const rows = await listVisible(scope, audience);
	const bytes = tableToIPC(toSnapshotTable(rows), 'stream');
	const hash = createHash('sha256').update(scope.gemeente).update(audience).update(bytes).digest('base64url');
	return { bytes, etag: `"${hash.slice(0, 32)}"`, rows: rows.length };
}
