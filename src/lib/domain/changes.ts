/** What changed between two versions of a record, field by field, for the audit log. */

export interface FieldChange {
	field: string;
	before: unknown;
	after: unknown;
}

/** The fields of `after` whose value differs from `before` (compared as JSON); a missing record counts as empty. */
export function fieldChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
	const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
	const changes: FieldChange[] = [];
	for (const field of fields) {
		const a = before?.[field] ?? null;
		const b = after?.[field] ?? null;
		if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field, before: a, after: b });
	}
	return changes;
}

function shown(value: unknown): string {
	if (value === null || value === undefined || value === '') return '(leeg)';
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** "naam: Oud → Nieuw; eenheid: aantal → procent": the changes as one line a beheerder reads. */
export function describeChanges(changes: FieldChange[]): string {
	return changes.map((c) => `${c.field}: ${shown(c.before)} → ${shown(c.after)}`).join('; ');
}
