// The states of a duidingssessie and who moves it: concept → gepland → bezig → afgerond. An afgeronde
// session is read-only; a facilitator may re-open it (the audit log keeps that). Pure.
import type { DuidingSessionKind, DuidingSessionStatus } from '../vocabulary';

export const sessionKindLabels: Record<DuidingSessionKind, string> = {
	duidingssessie: 'Duidingssessie',
	kwartaalgesprek: 'Kwartaalgesprek',
	vertelsessie: 'Vertelsessie',
	leersessie: 'Leersessie',
	raadsavond: 'Raadsavond'
};

/** The step that moves a session from one state to the next, as a button names it. */
export const sessionSteps = {
	plan: { from: ['concept'], to: 'gepland', label: 'Inplannen' },
	start: { from: ['concept', 'gepland'], to: 'bezig', label: 'Sessie starten' },
	finish: { from: ['bezig'], to: 'afgerond', label: 'Sessie afronden' },
	reopen: { from: ['afgerond'], to: 'bezig', label: 'Sessie heropenen' },
	backToConcept: { from: ['gepland'], to: 'concept', label: 'Terug naar concept' }
} as const satisfies Record<string, { from: readonly DuidingSessionStatus[]; to: DuidingSessionStatus; label: string }>;

export type SessionStep = keyof typeof sessionSteps;

export function isSessionStep(value: unknown): value is SessionStep {
	return typeof value === 'string' && Object.hasOwn(sessionSteps, value);
}

/** The steps open from `status`. */
export function stepsFrom(status: DuidingSessionStatus): SessionStep[] {
	return (Object.keys(sessionSteps) as SessionStep[]).filter((step) => (sessionSteps[step].from as readonly string[]).includes(status));
}

/** Notes, conclusions and afspraken can be added and changed until the session is afgerond. */
export function isReadOnly(status: DuidingSessionStatus): boolean {
	return status === 'afgerond';
}

/** The agenda can change until the session is afgerond. */
export function agendaEditable(status: DuidingSessionStatus): boolean {
	return status !== 'afgerond';
}

/**
 * Whether a conclusion or afspraak belongs to the session's published results: made before the latest
 * publication of them (one added after re-opening waits for the next publication).
 */
export function isPublishedItem(session: { resultsPublishedAt: string | null }, item: { createdAt: string }): boolean {
	return session.resultsPublishedAt !== null && item.createdAt <= session.resultsPublishedAt;
}
