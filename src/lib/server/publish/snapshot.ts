// Publishes the measurements an audience may see as one Arrow IPC stream per gemeente × audience.
// Suppression happens in listVisible, before anything is serialised.
import { Bool, Dictionary, Float64, Int32, Table, Utf8, makeData, makeVector, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import type { Visibility } from '../../domain/vocabulary';
import type { Scope } from '../db/scope';
import { listVisible, type VisibleMeasurement } from './figures';

export interface Snapshot {
	bytes: Uint8Array;
	rows: number;
}

/** A string column as a dictionary (codes repeat on every row): smaller, and much faster to build. */
function dictionaryColumn(values: (string | null)[]): Vector {
	const codes = new Map<string, number>();
	const indices = new Int32Array(values.length);
	const validity = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	values.forEach((value, i) => {
		if (value === null) {
			nullCount++;
			return;
		}
		let code = codes.get(value);
		if (code === undefined) codes.set(value, (code = codes.size));
		indices[i] = code;
		validity[i >> 3]! |= 1 << (i & 7);
	});
	const dictionary = vectorFromArray([...codes.keys()], new Utf8());
	const type = new Dictionary(new Utf8(), new Int32());
	return makeVector(makeData({ type, length: values.length, nullCount, nullBitmap: nullCount ? validity : null, data: indices, dictionary }));
}

/** A numeric column from values with nulls. */
function numberColumn(type: Float64 | Int32, values: (number | null)[]): Vector {
	const data = type instanceof Float64 ? new Float64Array(values.length) : new Int32Array(values.length);
	const validity = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	values.forEach((value, i) => {
		if (value === null) nullCount++;
		else {
			data[i] = value;
			validity[i >> 3]! |= 1 << (i & 7);
		}
	});
	return makeVector(makeData({ type, length: values.length, nullCount, nullBitmap: nullCount ? validity : null, data } as never));
}

/** The Arrow table the browser loads as `measurements`: one row per visible measurement. */
export function toSnapshotTable(rows: VisibleMeasurement[]): Table {
	return new Table({
		indicator_code: dictionaryColumn(rows.map((r) => r.indicatorCode)),
		area_code: dictionaryColumn(rows.map((r) => r.areaCode)),
		period: dictionaryColumn(rows.map((r) => r.period)),
		period_start: dictionaryColumn(rows.map((r) => r.periodStart)),
		period_end: dictionaryColumn(rows.map((r) => r.periodEnd)),
		value: numberColumn(new Float64(), rows.map((r) => r.value)),
		n: numberColumn(new Int32(), rows.map((r) => r.n)),
		missing_reason: dictionaryColumn(rows.map((r) => r.missingReason)),
		suppressed: vectorFromArray(rows.map((r) => r.suppressed), new Bool()),
		protects_other: vectorFromArray(rows.map((r) => r.protectsOther), new Bool())
	});
}

/** Serialises the audience's snapshot for the scope's gemeente (or only some indicators). */
export async function buildSnapshot(scope: Scope, audience: Visibility, indicatorCodes?: string[]): Promise<Snapshot> {
	const rows = await listVisible(scope, audience, { indicatorCodes });
	const bytes = tableToIPC(toSnapshotTable(rows), 'stream');
	return { bytes, rows: rows.length };
}
