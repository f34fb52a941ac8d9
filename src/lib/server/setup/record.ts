// The audit entry of a setup change: who, what and the fields that changed, before and after.
import { describeChanges, fieldChanges } from '../../domain/changes';
import * as audit from '../db/audit';
import type { Scope } from '../db/scope';

/** Who makes a change, for the audit log. */
export interface Actor {
	id: string;
	ip: string | null;
}

/** A setup action's outcome: done with a Dutch message, or refused with one (and per-field issues). */
export type SetupResult<T = undefined> = { ok: true; value: T; message: string } | { ok: false; message: string; issues?: { field: string; message: string }[] };

/** Records a change of `subject` with the fields that differ between `before` and `after` (null: created or deleted). */
export async function recordChange(
	scope: Scope,
	actor: Actor,
	action: string,
	subject: string,
	before: Record<string, unknown> | null,
	after: Record<string, unknown> | null
): Promise<void> {
	const changes = fieldChanges(before, after);
	// The line a beheerder reads, kept short enough that the entry's JSON is never cut.
	let line = describeChanges(changes);
	if (line.length > 1500) line = `${line.slice(0, 1499)}…`;
	await audit.record(scope, { userId: actor.id, action, subject, detail: { wijzigingen: line }, ip: actor.ip });
}

/** A refusal found inside a transaction: thrown to roll it back, turned into a result by the caller. */
export class Refused extends Error {
	/** The form field the refusal is about, when it is about one. */
	constructor(
		message: string,
		readonly field: string | null = null
	) {
		super(message);
	}
}

/** Runs `work`; a `Refused` becomes a refused result with its message. */
export async function refusable<T>(work: () => Promise<SetupResult<T>>): Promise<SetupResult<T>> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof Refused) {
			return error.field ? { ok: false, message: 'Controleer de velden.', issues: [{ field: error.field, message: error.message }] } : { ok: false, message: error.message };
		}
		throw error;
	}
}
