// Deliveries (aanleveringen) are versioned: a correction is a new delivery that replaces the published one;
// nothing is overwritten, so every figure can be traced to the file and moment it came from.
import { requirePeriod, periodEnd, periodStart, toPeriodCode } from '../../domain/periods';
import type { DeliveryStatus } from '../../domain/vocabulary';
import type { CellGroup } from '../../domain/suppression';
import { lock } from './locks';
import { inTransaction, newId, now, type Scope } from './scope';

export interface MeasurementInput {
	indicatorCode: string;
	areaCode: string;
	period: string;
	value: number | null;
	missingReason?: string | null;
	n?: number | null;
	numerator?: number | null;
	denominator?: number | null;
	toelichting?: string | null;
}

export interface NewDelivery {
	id?: string;
	organisationId: string;
	period: string;
	fileName?: string | null;
	createdBy?: string | null;
	/** ISO timestamp; defaults to now (the seed backdates). */
	createdAt?: string;
	measurements: MeasurementInput[];
}

export interface Delivery {
	id: string;
	organisationId: string;
	period: string;
	version: number;
	replacesId: string | null;
	status: DeliveryStatus;
	createdAt: string;
	publishedAt: string | null;
	organisationName: string;
	measurementCount: number;
}

/** Stores a delivery as a concept with its measurements, as the next version for organisation × period. */
export async function createDraft(scope: Scope, delivery: NewDelivery): Promise<string> {
	const id = delivery.id ?? newId();
	const period = toPeriodCode(requirePeriod(delivery.period));
	const createdAt = delivery.createdAt ?? now();
	await inTransaction(scope.db, async (db) => {
		// Two uploads for one organisation × period at once must get consecutive versions, not the same one.
		await lock(db, `delivery:${scope.gemeente}:${delivery.organisationId}:${period}`);
		const last = await db
			.selectFrom('deliveries')
			.select(({ fn }) => fn.max('version').as('version'))
			.where('gemeente_code', '=', scope.gemeente)
			.where('organisation_id', '=', delivery.organisationId)
			.where('period', '=', period)
			.executeTakeFirst();
		await db
			.insertInto('deliveries')
			.values({
				id,
				gemeente_code: scope.gemeente,
				organisation_id: delivery.organisationId,
				period,
				version: Number(last?.version ?? 0) + 1,
				replaces_id: null,
				status: 'concept',
				file_name: delivery.fileName ?? null,
				file_sha256: null,
				validation_report: null,
				created_by: delivery.createdBy ?? null,
				created_at: createdAt,
				submitted_at: null,
				published_at: null,
				draft: null
			})
			.execute();
		await writeMeasurements({ db, gemeente: scope.gemeente }, id, delivery.measurements);
	});
	return id;
}

/** Writes a delivery's measurements (on create, or when a concept is submitted). Inside the caller's transaction. */
export async function writeMeasurements(scope: Scope, id: string, measurements: MeasurementInput[]): Promise<void> {
	const rows = measurements.map((m) => {
		const p = requirePeriod(m.period);
		if (m.value === null && !m.missingReason) {
			throw new Error(`measurement ${m.indicatorCode} ${m.areaCode} ${m.period} has neither a value nor a missing reason`);
		}
		return {
			gemeente_code: scope.gemeente,
			delivery_id: id,
			indicator_code: m.indicatorCode,
			area_code: m.areaCode,
			period: toPeriodCode(p),
			period_start: periodStart(p),
			period_end: periodEnd(p),
			value: m.value,
			missing_reason: m.value === null ? (m.missingReason ?? null) : null,
			n: m.n ?? null,
			numerator: m.numerator ?? null,
			denominator: m.denominator ?? null,
			toelichting: m.toelichting ?? null
		};
	});
	// SQLite limits bound parameters per statement; 13 columns × 500 rows stays well inside it.
	for (let i = 0; i < rows.length; i += 500) {
		await scope.db.insertInto('measurements').values(rows.slice(i, i + 500)).execute();
	}
}

/** A delivery's measurements as they were delivered. */
export async function measurementsOf(scope: Scope, id: string): Promise<MeasurementInput[]> {
	const rows = await scope.db
		.selectFrom('measurements')
		.select(['indicator_code', 'area_code', 'period', 'value', 'missing_reason', 'n', 'numerator', 'denominator', 'toelichting'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('delivery_id', '=', id)
		.orderBy('indicator_code')
		.orderBy('area_code')
		.orderBy('period')
		.execute();
	return rows.map((r) => ({
		indicatorCode: r.indicator_code,
		areaCode: r.area_code,
		period: r.period,
		value: r.value === null ? null : Number(r.value),
		missingReason: r.missing_reason,
		n: r.n,
		numerator: r.numerator,
		denominator: r.denominator,
		toelichting: r.toelichting
	}));
}

/** A delivery that cannot be published: unknown in this gemeente, or already published or replaced. */
export class NotPublishableError extends Error {
	constructor(
		readonly deliveryId: string,
		readonly status: DeliveryStatus | null
	) {
		super(status ? `delivery ${deliveryId} is already ${status}` : `unknown delivery: ${deliveryId}`);
		this.name = 'NotPublishableError';
	}
}

/**
 * Marks a delivery published; an earlier published version for the same organisation and period becomes
 * `vervangen` and is linked as the one this replaces. Only a publication calls this (publication.publish),
 * inside its transaction and lock; returns the id it replaced, if any.
 */
export async function markPublished(scope: Scope, id: string, at: string): Promise<{ replacedId: string | null; superseded: string[]; version: number }> {
	const db = scope.db;
	if (!db.isTransaction) throw new Error('markPublished runs inside a publication');
	const delivery = await db
		.selectFrom('deliveries')
		.select(['organisation_id', 'period', 'status', 'version', 'draft'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.executeTakeFirst();
	if (!delivery) throw new NotPublishableError(id, null);
	if (delivery.status === 'gepubliceerd' || delivery.status === 'vervangen') throw new NotPublishableError(id, delivery.status);
	// A concept uploaded through the browser is published only once it is submitted (its rows checked and
	// written); one sent back is a concept again, so it can never be published in the same moment.
	if (delivery.status === 'concept' && delivery.draft !== null) throw new NotPublishableError(id, 'concept');
	const previous = await db
		.selectFrom('deliveries')
		.select(['id', 'version'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('organisation_id', '=', delivery.organisation_id)
		.where('period', '=', delivery.period)
		.where('status', '=', 'gepubliceerd')
		.executeTakeFirst();
	// An older version never replaces a newer one that is already current.
	if (previous && previous.version > delivery.version) throw new NotPublishableError(id, 'vervangen');
	if (previous) {
		await db.updateTable('deliveries').set({ status: 'vervangen' }).where('gemeente_code', '=', scope.gemeente).where('id', '=', previous.id).execute();
	}
	// Older versions still waiting can never become current now: they are replaced too.
	const superseded = await db
		.selectFrom('deliveries')
		.select('id')
		.where('gemeente_code', '=', scope.gemeente)
		.where('organisation_id', '=', delivery.organisation_id)
		.where('period', '=', delivery.period)
		.where('version', '<', delivery.version)
		.where('status', 'in', ['concept', 'ingediend'])
		.execute();
	if (superseded.length > 0) {
		await db
			.updateTable('deliveries')
			.set({ status: 'vervangen' })
			.where('gemeente_code', '=', scope.gemeente)
			.where('id', 'in', superseded.map((d) => d.id))
			.execute();
	}
	const marked = await db
		.updateTable('deliveries')
		.set({ status: 'gepubliceerd', published_at: at, submitted_at: at, replaces_id: previous?.id ?? null })
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.where('status', '=', delivery.status)
		.executeTakeFirst();
	if (Number(marked.numUpdatedRows) !== 1) throw new NotPublishableError(id, null);
	return { replacedId: previous?.id ?? null, superseded: superseded.map((d) => d.id), version: Number(delivery.version) };
}

/** Hands a concept in for the gemeente to check and publish; false when it was not a concept. */
export async function submit(scope: Scope, id: string, at: string = now()): Promise<boolean> {
	const result = await scope.db
		.updateTable('deliveries')
		.set({ status: 'ingediend', submitted_at: at })
		.where('gemeente_code', '=', scope.gemeente)
		.where('id', '=', id)
		.where('status', '=', 'concept')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** The distinct indicator × period groups of the measurements of the gemeente's deliveries, for a filter to narrow. */
function groupsOfDeliveries(scope: Scope) {
	// Driven from the deliveries, so the measurements are found by delivery (their key) on any planner.
	return scope.db
		.selectFrom('deliveries as d')
		.innerJoin('measurements as m', (join) => join.onRef('m.delivery_id', '=', 'd.id').onRef('m.gemeente_code', '=', 'd.gemeente_code'))
		.select(['m.indicator_code as indicatorCode', 'm.period'])
		.distinct()
		.where('d.gemeente_code', '=', scope.gemeente);
}

/** The indicator × period groups the measurements of some deliveries fall in. */
export async function groupsOf(scope: Scope, ids: string[]): Promise<CellGroup[]> {
	if (ids.length === 0) return [];
	return groupsOfDeliveries(scope).where('d.id', 'in', ids).execute();
}

/** The indicator × period groups of the published cells of `indicatorCodes` (after a catalogue change). */
export async function groupsOfIndicators(scope: Scope, indicatorCodes: string[]): Promise<CellGroup[]> {
	if (indicatorCodes.length === 0) return [];
	return scope.db
		.selectFrom('published_cells')
		.select(['indicator_code as indicatorCode', 'period'])
		.distinct()
		.where('gemeente_code', '=', scope.gemeente)
		.where('indicator_code', 'in', indicatorCodes)
		.execute();
}

/** The published groups an organisation's deliveries fill (its name is part of each published cell). */
export async function groupsOfOrganisation(scope: Scope, organisationId: string): Promise<CellGroup[]> {
	return groupsOfDeliveries(scope).where('d.organisation_id', '=', organisationId).where('d.status', '=', 'gepubliceerd').execute();
}

/** Deliveries of the gemeente, newest first, optionally only those with one of `statuses`. */
export async function list(scope: Scope, statuses?: DeliveryStatus[]): Promise<Delivery[]> {
	let query = scope.db
		.selectFrom('deliveries as d')
		.innerJoin('organisations as o', (join) => join.onRef('o.id', '=', 'd.organisation_id').onRef('o.gemeente_code', '=', 'd.gemeente_code'))
		.select((eb) => [
			'd.id',
			'd.organisation_id as organisationId',
			'o.name as organisationName',
			'd.period',
			'd.version',
			'd.replaces_id as replacesId',
			'd.status',
			'd.created_at as createdAt',
			'd.published_at as publishedAt',
			eb
				.selectFrom('measurements as m')
				.select((inner) => inner.fn.countAll<number>().as('n'))
				.whereRef('m.delivery_id', '=', 'd.id')
				.whereRef('m.gemeente_code', '=', 'd.gemeente_code')
				.as('measurementCount')
		])
		.where('d.gemeente_code', '=', scope.gemeente);
	if (statuses?.length === 0) return [];
	if (statuses) query = query.where('d.status', 'in', statuses);
	const rows = await query.orderBy('d.created_at', 'desc').orderBy('d.version', 'desc').orderBy('d.id').execute();
	return rows.map((r) => ({ ...r, measurementCount: Number(r.measurementCount ?? 0) }));
}
