// A delivery before it is submitted: the user's rows (as uploaded, then fixed in the preview) and their check
// report, every file uploaded for it, and the steps of its life. Measurements are written only on submit,
// from rows that passed every check; until then nothing of a concept reaches any reader.
import { createHash } from 'node:crypto';
import type { MeasurementInput } from './deliveries';
import * as deliveries from './deliveries';
import { lock } from './locks';
import { inTransaction, newId, now, type Scope } from './scope';

export const eventKinds = ['ingelezen', 'aangepast', 'ingediend', 'teruggestuurd', 'gepubliceerd', 'vervangen', 'hersteld'] as const;
export type EventKind = (typeof eventKinds)[number];

export interface UploadedFile {
	name: string;
	bytes: Uint8Array;
}

export interface DeliveryEvent {
	kind: EventKind;
	reason: string | null;
	userName: string | null;
	at: string;
}

export interface StoredFile {
	id: string;
	fileName: string;
	sha256: string;
	size: number;
	uploadedAt: string;
	uploadedByName: string | null;
}

const deliveryLock = (scope: Scope, organisationId: string, period: string) => `delivery:${scope.gemeente}:${organisationId}:${period}`;

let eventSequence = 0;

/**
 * An event id that sorts in the order this process made them: steps within one millisecond (an upload and
 * its fix in a test, a publication's events) keep their order when listed by time, then id.
 */
function eventId(): string {
	eventSequence = (eventSequence + 1) % 36 ** 4;
	return `${Date.now().toString(36).padStart(9, '0')}${eventSequence.toString(36).padStart(4, '0')}-${newId()}`;
}

async function recordEvent(scope: Scope, deliveryId: string, kind: EventKind, userId: string | null, reason: string | null = null, at = now()): Promise<void> {
	await scope.db.insertInto('delivery_events').values({ id: eventId(), gemeente_code: scope.gemeente, delivery_id: deliveryId, kind, reason, user_id: userId, at }).execute();
}

/** Most files kept for one delivery: enough for every honest correction, not a way to fill the store. */
export const MAX_FILES_PER_DELIVERY = 50;

/** A refused upload: too many files for one delivery. */
export class TooManyFiles extends Error {}

async function storeFile(scope: Scope, deliveryId: string, file: UploadedFile, userId: string | null, at: string): Promise<string> {
	const sha256 = createHash('sha256').update(file.bytes).digest('hex');
	const kept = await scope.db.selectFrom('delivery_files').select('sha256').where('gemeente_code', '=', scope.gemeente).where('delivery_id', '=', deliveryId).execute();
	// The same file again is kept once.
	if (kept.some((f) => f.sha256 === sha256)) return sha256;
	if (kept.length >= MAX_FILES_PER_DELIVERY) throw new TooManyFiles(`delivery ${deliveryId} has ${kept.length} files`);
	await scope.db
		.insertInto('delivery_files')
		.values({ id: newId(), gemeente_code: scope.gemeente, delivery_id: deliveryId, file_name: file.name, content: Buffer.from(file.bytes), sha256, size: file.bytes.byteLength, uploaded_by: userId, uploaded_at: at })
		.execute();
	return sha256;
}

/**
 * Keeps an upload as the open concept of organisation × period: the concept that is open is given the new
 * rows (its earlier files stay), otherwise a new version is made. One transaction: a failure or a killed
 * process leaves no half delivery. Returns the delivery id.
 */
export async function saveUpload(
	scope: Scope,
	input: { organisationId: string; period: string; file: UploadedFile; draft: unknown; report: unknown; userId: string | null }
): Promise<string> {
	const at = now();
	return inTransaction(scope.db, async (db) => {
		const tx = { db, gemeente: scope.gemeente };
		await lock(db, deliveryLock(tx, input.organisationId, input.period));
		const open = await db
			.selectFrom('deliveries')
			.select('id')
			.where('gemeente_code', '=', scope.gemeente)
			.where('organisation_id', '=', input.organisationId)
			.where('period', '=', input.period)
			.where('status', '=', 'concept')
			.orderBy('version', 'desc')
			.executeTakeFirst();
		const id = open?.id ?? (await deliveries.createDraft(tx, { organisationId: input.organisationId, period: input.period, fileName: input.file.name, createdBy: input.userId, createdAt: at, measurements: [] }));
		const sha256 = await storeFile(tx, id, input.file, input.userId, at);
		await db
			.updateTable('deliveries')
			.set((eb) => ({ draft: JSON.stringify(input.draft), validation_report: JSON.stringify(input.report), file_name: input.file.name, file_sha256: sha256, draft_revision: eb('draft_revision', '+', 1) }))
			.where('gemeente_code', '=', scope.gemeente)
			.where('id', '=', id)
			.execute();
		await recordEvent(tx, id, 'ingelezen', input.userId, input.file.name, at);
		return id;
	});
}

/**
 * Replaces a concept's rows and report (a value fixed in the preview), if the draft is still revision
 * `revision`; false when it is no longer a concept or someone changed it meanwhile (another tab, an upload).
 */
export async function saveDraft(scope: Scope, id: string, revision: number, draft: unknown, report: unknown, userId: string | null, what: string): Promise<boolean> {
	return inTransaction(scope.db, async (db) => {
		const result = await db
			.updateTable('deliveries')
			.set((eb) => ({ draft: JSON.stringify(draft), validation_report: JSON.stringify(report), draft_revision: eb('draft_revision', '+', 1) }))
			.where('gemeente_code', '=', scope.gemeente)
			.where('id', '=', id)
			.where('status', '=', 'concept')
			.where('draft_revision', '=', revision)
			.executeTakeFirst();
		if (Number(result.numUpdatedRows) !== 1) return false;
		await recordEvent({ db, gemeente: scope.gemeente }, id, 'aangepast', userId, what);
		return true;
	});
}

export interface DeliveryRecord {
	id: string;
	organisationId: string;
	period: string;
	version: number;
	status: 'concept' | 'ingediend' | 'gepubliceerd' | 'vervangen';
	fileName: string | null;
	createdAt: string;
	submittedAt: string | null;
	publishedAt: string | null;
	draft: unknown;
	/** Raised on every change of the draft. */
	draftRevision: number;
	report: unknown;
}

/** One delivery with its draft and report, or undefined. */
export async function get(scope: Scope, id: string): Promise<DeliveryRecord | undefined> {
	const row = await scope.db
		.selectFrom('deliveries')
		.select(['id', 'organisation_id', 'period', 'version', 'status', 'file_name', 'created_at', 'submitted_at', 'published_at', 'draft', 'draft_revision', 'validation_report'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		id: row.id,
		organisationId: row.organisation_id,
		period: row.period,
		version: Number(row.version),
		status: row.status,
		fileName: row.file_name,
		createdAt: row.created_at,
		submittedAt: row.submitted_at,
		publishedAt: row.published_at,
		draft: row.draft ? JSON.parse(row.draft) : null,
		draftRevision: Number(row.draft_revision),
		report: row.validation_report ? JSON.parse(row.validation_report) : null
	};
}

/**
 * Submits a concept: its checked rows (of draft revision `revision`) become its measurements and it waits for
 * publication (`ingediend`). False when it is no longer a concept or its draft changed since it was checked.
 */
export async function submit(scope: Scope, id: string, revision: number, measurements: MeasurementInput[], userId: string | null): Promise<boolean> {
	return inTransaction(scope.db, async (db) => {
		const tx = { db, gemeente: scope.gemeente };
		const found = await db.selectFrom('deliveries').select(['organisation_id', 'period']).where('gemeente_code', '=', scope.gemeente).where('id', '=', id).executeTakeFirst();
		if (!found) return false;
		await lock(db, deliveryLock(tx, found.organisation_id, found.period));
		const delivery = await db.selectFrom('deliveries').select(['status', 'draft_revision']).where('gemeente_code', '=', scope.gemeente).where('id', '=', id).executeTakeFirst();
		if (!delivery || delivery.status !== 'concept' || Number(delivery.draft_revision) !== revision) return false;
		if (!(await deliveries.submit(tx, id))) return false;
		await deliveries.writeMeasurements(tx, id, measurements);
		await recordEvent(tx, id, 'ingediend', userId);
		return true;
	});
}

/**
 * Sends a submitted delivery back with a reason; it becomes a concept again. Under the publication lock, so
 * it can never happen in the same moment as its publication; refused (false) when it is no longer waiting or
 * a newer version of the quarter exists.
 */
export async function sendBack(scope: Scope, id: string, reason: string, userId: string | null): Promise<boolean> {
	return inTransaction(scope.db, async (db) => {
		const tx = { db, gemeente: scope.gemeente };
		await lock(db, `publication:${scope.gemeente}`);
		const delivery = await get(tx, id);
		if (!delivery || delivery.status !== 'ingediend') return false;
		await lock(db, deliveryLock(tx, delivery.organisationId, delivery.period));
		const newer = await db
			.selectFrom('deliveries')
			.select('id')
			.where('gemeente_code', '=', scope.gemeente)
			.where('organisation_id', '=', delivery.organisationId)
			.where('period', '=', delivery.period)
			.where('version', '>', delivery.version)
			.executeTakeFirst();
		if (newer) return false;
		const result = await db
			.updateTable('deliveries')
			.set({ status: 'concept', submitted_at: null })
			.where('gemeente_code', '=', scope.gemeente)
			.where('id', '=', id)
			.where('status', '=', 'ingediend')
			.executeTakeFirst();
		if (Number(result.numUpdatedRows) !== 1) return false;
		// Its figures are written again when it is submitted again.
		await db.deleteFrom('measurements').where('gemeente_code', '=', scope.gemeente).where('delivery_id', '=', id).execute();
		await recordEvent(tx, id, 'teruggestuurd', userId, reason);
		return true;
	});
}

/** Records that a delivery was published (called inside the publication). */
export async function recordPublished(scope: Scope, id: string, userId: string | null, at: string): Promise<void> {
	await recordEvent(scope, id, 'gepubliceerd', userId, null, at);
}

/** Records that a waiting version was replaced by the publication of a newer one. */
export async function recordSuperseded(scope: Scope, id: string, byVersion: number, userId: string | null, at: string): Promise<void> {
	await recordEvent(scope, id, 'vervangen', userId, `door versie ${byVersion}`, at);
}

/**
 * A new version made from an earlier one's measurements (restoring it), submitted at once; the caller
 * publishes it. Returns the new delivery's id.
 */
export async function restore(scope: Scope, fromId: string, userId: string | null): Promise<string | null> {
	return inTransaction(scope.db, async (db) => {
		const tx = { db, gemeente: scope.gemeente };
		const source = await get(tx, fromId);
		// Only a version that was once published (not a concept or submission that was replaced unpublished).
		if (!source || source.publishedAt === null || (source.status !== 'gepubliceerd' && source.status !== 'vervangen')) return null;
		const rows = await deliveries.measurementsOf(tx, fromId);
		const id = await deliveries.createDraft(tx, { organisationId: source.organisationId, period: source.period, fileName: source.fileName, createdBy: userId, measurements: rows });
		await deliveries.submit(tx, id);
		await recordEvent(tx, id, 'hersteld', userId, `versie ${source.version}`);
		return id;
	});
}

/** The steps of a delivery's life, oldest first, with who took them. */
export async function events(scope: Scope, id: string): Promise<DeliveryEvent[]> {
	return scope.db
		.selectFrom('delivery_events as e')
		.leftJoin('users as u', (join) => join.onRef('u.id', '=', 'e.user_id').onRef('u.gemeente_code', '=', 'e.gemeente_code'))
		.select(['e.kind', 'e.reason', 'u.name as userName', 'e.at'])
		.where('e.gemeente_code', '=', scope.gemeente)
		.where('e.delivery_id', '=', id)
		.orderBy('e.at')
		.orderBy('e.id')
		.execute() as Promise<DeliveryEvent[]>;
}

/** The files uploaded for a delivery, oldest first (without their content). */
export async function files(scope: Scope, id: string): Promise<StoredFile[]> {
	return scope.db
		.selectFrom('delivery_files as f')
		.leftJoin('users as u', (join) => join.onRef('u.id', '=', 'f.uploaded_by').onRef('u.gemeente_code', '=', 'f.gemeente_code'))
		.select(['f.id', 'f.file_name as fileName', 'f.sha256', 'f.size', 'f.uploaded_at as uploadedAt', 'u.name as uploadedByName'])
		.where('f.gemeente_code', '=', scope.gemeente)
		.where('f.delivery_id', '=', id)
		.orderBy('f.uploaded_at')
		.orderBy('f.id')
		.execute();
}

/** One stored file with its content, or undefined. */
export async function file(scope: Scope, deliveryId: string, fileId: string): Promise<{ fileName: string; content: Uint8Array } | undefined> {
	const row = await scope.db
		.selectFrom('delivery_files')
		.select(['file_name', 'content'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('delivery_id', '=', deliveryId)
		.where('id', '=', fileId)
		.executeTakeFirst();
	return row && { fileName: row.file_name, content: new Uint8Array(row.content) };
}

/** Every version of organisation × period, newest first, with who made it. */
export async function versions(scope: Scope, organisationId: string, period: string) {
	const rows = await scope.db
		.selectFrom('deliveries as d')
		.leftJoin('users as u', (join) => join.onRef('u.id', '=', 'd.created_by').onRef('u.gemeente_code', '=', 'd.gemeente_code'))
		.select((eb) => [
			'd.id',
			'd.version',
			'd.status',
			'd.file_name as fileName',
			'd.created_at as createdAt',
			'd.submitted_at as submittedAt',
			'd.published_at as publishedAt',
			'u.name as createdByName',
			// The last step, so a concept that was sent back reads as "teruggestuurd" with its reason.
			eb.selectFrom('delivery_events as e').select('e.kind').whereRef('e.delivery_id', '=', 'd.id').whereRef('e.gemeente_code', '=', 'd.gemeente_code').orderBy('e.at', 'desc').orderBy('e.id', 'desc').limit(1).as('lastEvent'),
			eb.selectFrom('delivery_events as e').select('e.reason').whereRef('e.delivery_id', '=', 'd.id').whereRef('e.gemeente_code', '=', 'd.gemeente_code').where('e.kind', '=', 'teruggestuurd').orderBy('e.at', 'desc').orderBy('e.id', 'desc').limit(1).as('returnReason')
		])
		.where('d.gemeente_code', '=', scope.gemeente)
		.where('d.organisation_id', '=', organisationId)
		.where('d.period', '=', period)
		.orderBy('d.version', 'desc')
		.execute();
	return rows.map((r) => ({ ...r, version: Number(r.version), shownStatus: shownStatus(r.status, r.lastEvent) }));
}

/** The status a user reads: a concept that was sent back is "teruggestuurd" until it is uploaded or fixed again. */
export function shownStatus(status: string, lastEvent: string | null): string {
	return status === 'concept' && lastEvent === 'teruggestuurd' ? 'teruggestuurd' : status;
}
