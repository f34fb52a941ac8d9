// Afspraken followed up: which come back at a session, which are overdue, and the filters of /acties. Pure.
import type { AfspraakStatus } from '../vocabulary';

export interface AfspraakFacts {
	status: AfspraakStatus;
	deadline: string | null;
	closedAt: string | null;
	sessionId: string;
	sessionHeldOn: string;
	sessionThemeCode: string | null;
	sessionAreaCodes: string[];
}

/** Still to be done: open or under way. */
export function isOpen(status: AfspraakStatus): boolean {
	return status === 'open' || status === 'loopt';
}

/** Open, with a deadline before `today` (ISO date). */
export function isOverdue(a: Pick<AfspraakFacts, 'status' | 'deadline'>, today: string): boolean {
	return isOpen(a.status) && a.deadline !== null && a.deadline < today;
}

/**
 * The afspraken that come back at `session`: made at an earlier session about one of its wijken or its
 * theme, and still open when it took place: open now, or closed on or after the day it was held (or
 * started, when that was earlier), so a session's record keeps what it discussed. Oldest deadline first.
 */
export function carriedInto<T extends AfspraakFacts>(session: { id: string; heldOn: string; startedAt?: string | null; areaCodes: string[]; themeCode: string | null }, afspraken: T[]): T[] {
	const since = session.startedAt && session.startedAt.slice(0, 10) < session.heldOn ? session.startedAt.slice(0, 10) : session.heldOn;
	return afspraken
		.filter((a) => a.sessionId !== session.id && a.sessionHeldOn < session.heldOn)
		.filter((a) => (session.themeCode !== null && a.sessionThemeCode === session.themeCode) || a.sessionAreaCodes.some((code) => session.areaCodes.includes(code)))
		.filter((a) => isOpen(a.status) || (a.closedAt !== null && a.closedAt.slice(0, 10) >= since))
		.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.sessionHeldOn.localeCompare(b.sessionHeldOn));
}

export interface AfspraakFilter {
	owner?: string;
	area?: string;
	theme?: string;
	status?: AfspraakStatus | 'te laat';
}

/** The afspraken that match every given filter; `today` decides what is overdue. */
export function filterAfspraken<T extends AfspraakFacts & { owner: string; areaCode: string | null }>(list: T[], filter: AfspraakFilter, today: string): T[] {
	return list.filter(
		(a) =>
			(!filter.owner || a.owner === filter.owner) &&
			(!filter.area || a.areaCode === filter.area || (a.areaCode === null && a.sessionAreaCodes.includes(filter.area))) &&
			(!filter.theme || a.sessionThemeCode === filter.theme) &&
			(!filter.status || (filter.status === 'te laat' ? isOverdue(a, today) : a.status === filter.status))
	);
}
