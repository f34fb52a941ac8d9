// The audit log is append-only: this module has no update or delete.
import { newId, now, type Scope } from './scope';

export interface AuditEntry {
	userId: string | null;
	action: string;
	subject?: string | null;
	detail?: Record<string, unknown> | null;
	ip?: string | null;
}

/** Appends an entry. */
export async function record(scope: Scope, entry: AuditEntry): Promise<void> {
	await scope.db
		.insertInto('audit_log')
		.values({
			id: newId(),
			gemeente_code: scope.gemeente,
			user_id: entry.userId,
			action: entry.action,
			subject: entry.subject ?? null,
			detail: entry.detail ? JSON.stringify(entry.detail) : null,
			ip: entry.ip ?? null,
			created_at: now()
		})
		.execute();
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
	if (filter.action) query = query.where('a.action', 'like', `${filter.action.replace(/[%_]/g, '')}%`);
	if (filter.who) {
		const like = `%${filter.who.toLowerCase().replace(/[%_]/g, '')}%`;
		query = query.where((eb) => eb.or([eb('a.subject', 'like', like), eb('u.email', 'like', like)]));
	}
	if (filter.from) query = query.where('a.created_at', '>=', filter.from);
	if (filter.to) query = query.where('a.created_at', '<', `${filter.to}T99`);
	return query.orderBy('a.created_at', 'desc').limit(limit).execute();
}

/** The distinct actions in the log, for the filter's choices. */
export async function actions(scope: Scope): Promise<string[]> {
	const rows = await scope.db.selectFrom('audit_log').select('action').distinct().where('gemeente_code', '=', scope.gemeente).orderBy('action').execute();
	return rows.map((r) => r.action);
}
