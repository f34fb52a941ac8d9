// Publication: the one write readers see. Publishing makes deliveries current, recomputes the published cells
// of the indicator × period groups it touches, and raises the gemeente's publication version, all in one
// transaction under a per-gemeente lock: two publications never interleave, and a crash half-way leaves the
// previous publication current and complete. Readers read the version once per request and key every cache
// by it; nothing on a read path writes.
import type { PublicationKind } from '../../domain/vocabulary';
import type { CellGroup } from '../../domain/suppression';
import { refreshStatistics } from '../db/client';
import * as deliveries from '../db/deliveries';
import * as deliveryDrafts from '../db/delivery-drafts';
import * as gemeenten from '../db/gemeenten';
import { lock } from '../db/locks';
import { inTransaction, now, type Scope } from '../db/scope';
import { recompute } from './published-cells';

export interface PublicationRequest {
	kind: PublicationKind;
	/** One line in Dutch for the history. */
	summary: string;
	/** The user who publishes; null for the system (seed, upgrade). */
	by: string | null;
	/** Deliveries that become current, in order; `at` backdates one (the demo seed). */
	deliveries?: { id: string; at?: string }[];
	/** Recompute every group (after an upgrade). */
	everything?: boolean;
	/** Further groups to recompute: those of an indicator whose minimum n changed, of a renamed organisation. */
	groups?: CellGroup[];
	at?: string;
}

export interface PublicationChanges {
	deliveries: string[];
	replaced: string[];
	/** The indicator × period groups recomputed; empty when `everything`. */
	groups: CellGroup[];
	everything: boolean;
}

export interface Publication {
	version: number;
	kind: PublicationKind;
	summary: string;
	changes: PublicationChanges;
	publishedBy: string | null;
	publishedByName: string | null;
	publishedAt: string;
}

/** Publishes in one transaction and returns the new publication; throws (changing nothing) on an invalid request. */
export async function publish(scope: Scope, request: PublicationRequest): Promise<Publication> {
	const published = await write(scope, request);
	// Outside the transaction: a publication can change a table's size by much (the seed, an upgrade).
	if (!scope.db.isTransaction) await refreshStatistics(scope.db);
	return published;
}

async function write(scope: Scope, request: PublicationRequest): Promise<Publication> {
	const at = request.at ?? now();
	return inTransaction(scope.db, async (db) => {
		await lock(db, `publication:${scope.gemeente}`);
		const tx: Scope = { db, gemeente: scope.gemeente };
		const published: string[] = [];
		const replaced: string[] = [];
		for (const item of await oldestFirst(tx, request.deliveries ?? [])) {
			const { replacedId, superseded, version } = await deliveries.markPublished(tx, item.id, item.at ?? at);
			await deliveryDrafts.recordPublished(tx, item.id, request.by, item.at ?? at);
			// A waiting older version can never become current now: its page says why.
			for (const old of superseded) await deliveryDrafts.recordSuperseded(tx, old, version, request.by, item.at ?? at);
			published.push(item.id);
			if (replacedId) replaced.push(replacedId);
		}
		const everything = request.everything === true;
		// A correction may drop a row the replaced version had: its group changes too.
		const groups = everything ? [] : dedupe([...(await deliveries.groupsOf(tx, [...published, ...replaced])), ...(request.groups ?? [])]);
		await recompute(tx, everything ? 'everything' : groups);
		const bumped = await db
			.updateTable('gemeenten')
			.set((eb) => ({ publication_version: eb('publication_version', '+', 1) }))
			.where('code', '=', scope.gemeente)
			.returning('publication_version')
			.executeTakeFirst();
		if (!bumped) throw new Error(`unknown gemeente: ${scope.gemeente}`);
		const changes: PublicationChanges = { deliveries: published, replaced, groups, everything };
		await db
			.insertInto('publications')
			.values({
				gemeente_code: scope.gemeente,
				version: bumped.publication_version,
				kind: request.kind,
				summary: request.summary,
				changes: JSON.stringify(changes),
				published_by: request.by,
				published_at: at
			})
			.execute();
		return { version: bumped.publication_version, kind: request.kind, summary: request.summary, changes, publishedBy: request.by, publishedByName: null, publishedAt: at };
	});
}

function dedupe(groups: CellGroup[]): CellGroup[] {
	return [...new Map(groups.map((g) => [`${g.indicatorCode}\u0000${g.period}`, g])).values()];
}

/**
 * Makes a setup change (catalogue, areas, organisations) and publishes it as one transaction, under the
 * publication lock taken first: readers see the change and the recomputed cells together, with a new
 * version, so no cache keeps the old definition, minimum n or population. `groups` names the published
 * groups to recompute; it runs after `change`, inside the lock, so a delivery published meanwhile is in it.
 */
export async function publishChange<T>(
	scope: Scope,
	request: Omit<PublicationRequest, 'deliveries' | 'everything' | 'groups'> & { groups?: (tx: Scope, result: T) => Promise<CellGroup[]> },
	change: (tx: Scope) => Promise<T>
): Promise<{ result: T; publication: Publication }> {
	return inTransaction(scope.db, async (db) => {
		const tx: Scope = { db, gemeente: scope.gemeente };
		await lock(db, `publication:${scope.gemeente}`);
		const result = await change(tx);
		const { groups, ...rest } = request;
		return { result, publication: await publish(tx, { ...rest, groups: groups ? await groups(tx, result) : [] }) };
	});
}

/** Deliveries in version order (stable otherwise), so a correction published with its original ends up current. */
async function oldestFirst<T extends { id: string }>(scope: Scope, items: T[]): Promise<T[]> {
	if (items.length < 2) return items;
	const rows = await scope.db.selectFrom('deliveries').select(['id', 'version']).where('gemeente_code', '=', scope.gemeente).where('id', 'in', items.map((i) => i.id)).execute();
	const version = new Map(rows.map((r) => [r.id, Number(r.version)]));
	return items.map((item, index) => ({ item, index })).sort((a, b) => (version.get(a.item.id) ?? 0) - (version.get(b.item.id) ?? 0) || a.index - b.index).map((x) => x.item);
}

/**
 * Switches the public dashboard on or off, as a publication: snapshot URLs change, so no shared cache keeps
 * serving under the old setting. The publication lock comes first, then the gemeente's row, the order every
 * publication takes them in, so the two never wait on each other.
 */
export async function setPublicDashboard(scope: Scope, value: boolean, by: string | null): Promise<Publication> {
	return inTransaction(scope.db, async (db) => {
		const published = await publish({ db, gemeente: scope.gemeente }, { kind: 'instelling', summary: value ? 'Dashboard openbaar gemaakt' : 'Dashboard alleen voor ingelogde gebruikers', by });
		await gemeenten.setPublicDashboard(db, scope.gemeente, value);
		return published;
	});
}

/** The gemeente's current publication version; 0 before the first. Read once per request. */
export async function currentVersion(scope: Scope): Promise<number> {
	const row = await scope.db.selectFrom('gemeenten').select('publication_version').where('code', '=', scope.gemeente).executeTakeFirst();
	return Number(row?.publication_version ?? 0);
}

/** The most recent publications, newest first, with the publisher's name. */
export async function history(scope: Scope, limit = 50): Promise<Publication[]> {
	const rows = await scope.db
		.selectFrom('publications as p')
		.leftJoin('users as u', (join) => join.onRef('u.id', '=', 'p.published_by').onRef('u.gemeente_code', '=', 'p.gemeente_code'))
		.select(['p.version', 'p.kind', 'p.summary', 'p.changes', 'p.published_by as publishedBy', 'u.name as publishedByName', 'p.published_at as publishedAt'])
		.where('p.gemeente_code', '=', scope.gemeente)
		.orderBy('p.version', 'desc')
		.limit(limit)
		.execute();
	return rows.map(({ changes, ...row }) => ({ ...row, changes: JSON.parse(changes) as PublicationChanges }));
}

/**
 * Reads something that belongs to publication `version`: runs `read`, then checks the version is still
 * current. `consistent` is false when a publication landed meanwhile, so the caller must not cache it
 * under `version`. Needs no transaction: versions only grow, so an unchanged version means no publication
 * committed between the two reads.
 */
export async function readAt<T>(scope: Scope, version: number, read: () => Promise<T>): Promise<{ value: T; consistent: boolean }> {
	const value = await read();
	return { value, consistent: (await currentVersion(scope)) === version };
}

/**
 * Publishes what a database from before explicit publications holds (its published deliveries) as its
 * first publication. Runs at start-up, never on a read path; a no-op once a gemeente has a publication.
 */
export async function publishUpgraded(db: Scope['db']): Promise<number> {
	const pending = await db.selectFrom('gemeenten').select('code').where('publication_version', '=', 0).execute();
	let count = 0;
	for (const { code } of pending) {
		const hasPublished = await db.selectFrom('deliveries').select('id').where('gemeente_code', '=', code).where('status', '=', 'gepubliceerd').limit(1).executeTakeFirst();
		if (!hasPublished) continue;
		await inTransaction(db, async (trx) => {
			// Another instance may have done it while this one started.
			await lock(trx, `publication:${code}`);
			if ((await currentVersion({ db: trx, gemeente: code })) > 0) return;
			await publish({ db: trx, gemeente: code }, { kind: 'herberekening', summary: 'Eerste publicatie na de upgrade naar genummerde publicaties', by: null, everything: true });
			count++;
		});
	}
	return count;
}
