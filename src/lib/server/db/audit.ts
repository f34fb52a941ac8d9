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

/** The most recent entries, newest first. */
export async function list(scope: Scope, limit = 100) {
	return scope.db
		.selectFrom('audit_log')
		.select(['id', 'user_id as userId', 'action', 'subject', 'detail', 'ip', 'created_at as createdAt'])
		.where('gemeente_code', '=', scope.gemeente)
		.orderBy('created_at', 'desc')
		.limit(limit)
		.execute();
}
