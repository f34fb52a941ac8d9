// The audit log is append-only: this module has no update or delete. What anyone can trigger without
// rights (refused requests, failed sign-ins, exports) goes through `recordLimited`: a budget per client in
// the store (shared by every instance), so nobody can flood the log or the database.
import type { ThrottlePolicy } from '../../domain/throttle';
import { newId, now, type Scope } from './scope';
import * as throttles from './throttles';
import { containsText, startsWithText } from './text-search';

export interface AuditEntry {
	userId: string | null;
	action: string;
	subject?: string | null;
	detail?: Record<string, unknown> | null;
	ip?: string | null;
}

/** Longest subject, detail (JSON) and address stored; longer input is cut, so one entry stays small. */
export const LIMITS = { subject: 200, detail: 2000, ip: 64 } as const;

/** Per client (user or IP address): 30 limited entries per 15 minutes. */
export const LIMITED_POLICY: ThrottlePolicy = { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 0 };

/** Once per window: for attempts that repeat while locked out. */
export const ONCE_PER_WINDOW: ThrottlePolicy = { maxFailures: 1, windowMs: 15 * 60_000, lockMs: 0 };

function cut(text: string | null | undefined, max: number): string | null {
	if (text === null || text === undefined) return null;
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Appends an entry, with long text cut to LIMITS. */
export async function record(scope: Scope, entry: AuditEntry): Promise<void> {
	await scope.db
		.insertInto('audit_log')
		.values({
			id: newId(),
			gemeente_code: scope.gemeente,
			user_id: entry.userId,
			action: entry.action,
			subject: cut(entry.subject, LIMITS.subject),
			detail: entry.detail ? cut(JSON.stringify(entry.detail), LIMITS.detail) : null,
			ip: cut(entry.ip, LIMITS.ip),
			created_at: now()
		})
		.execute();
}

/**
 * Appends an entry unless `client` (a user id or an IP address) has used up its budget for this window;
 * the entry that reaches the limit says so. Returns whether it was written.
 */
export async function recordLimited(scope: Scope, client: string, entry: AuditEntry, at = Date.now(), policy: ThrottlePolicy = LIMITED_POLICY): Promise<boolean> {
	// One budget per kind of entry: exports cannot use up the budget that records refusals.
	const used = await throttles.hit(scope, `audit:${entry.action}:${cut(client, LIMITS.ip)}`, at, policy);
	if (used.failures > policy.maxFailures) return false;
	const last = used.failures === policy.maxFailures;
	await record(scope, last ? { ...entry, detail: { ...entry.detail, meer: 'Verdere meldingen van deze afzender worden dit kwartier niet vastgelegd.' } } : entry);
	return true;
}

export interface AuditFilter {
	/** Actions starting with this text, e.g. `login` or `account.`. */
	action?: string;
	/** Subject or user e-mail containing this text. */
	who?: string;
	/** ISO date (inclusive). */
	from?: string;
	/** ISO date (inclusive). */
	to?: string;
}

/** The most recent entries matching the filter, newest first, with the acting user's name. */
export async function list(scope: Scope, filter: AuditFilter = {}, limit = 200) {
	let query = scope.db
		.selectFrom('audit_log as a')
		.leftJoin('users as u', (join) => join.onRef('u.id', '=', 'a.user_id').on('u.gemeente_code', '=', scope.gemeente))
		.select(['a.id', 'a.user_id as userId', 'u.name as userName', 'a.action', 'a.subject', 'a.detail', 'a.ip', 'a.created_at as createdAt'])
		.where('a.gemeente_code', '=', scope.gemeente);
	if (filter.action) query = query.where(startsWithText('a.action', filter.action));
	if (filter.who) {
		const who = filter.who;
		query = query.where((eb) => eb.or([containsText('a.subject', who), containsText('u.email', who)]));
	}
	if (filter.from) query = query.where('a.created_at', '>=', filter.from);
	if (filter.to) query = query.where('a.created_at', '<', `${filter.to}T99`);
	return query.orderBy('a.created_at', 'desc').orderBy('a.id').limit(limit).execute();
}

/** The distinct actions in the log, for the filter's choices. */
export async function actions(scope: Scope): Promise<string[]> {
	const rows = await scope.db.selectFrom('audit_log').select('action').distinct().where('gemeente_code', '=', scope.gemeente).orderBy('action').execute();
	return rows.map((r) => r.action);
}
