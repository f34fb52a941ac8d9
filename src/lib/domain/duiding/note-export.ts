// Published notes as CSV rows for a report in Word: grouped by session (newest first), then by figure in
// note-number order, so the rows read as the sessions went. Pure.
import type { CsvCell } from '../csv';
import { periodRangeLabel } from '../periods';
import { noteKindLabels, type NoteKind, type Visibility } from '../vocabulary';
import type { Names } from './afspraak-list';

/** What a note row needs; `sessionTitle`/`sessionHeldOn` are null for a note made outside a session. */
export interface ExportedNote {
	number: number;
	indicatorCode: string;
	areaCode: string;
	periodFrom: string;
	periodTo: string;
	kind: NoteKind;
	body: string;
	authorRole: string;
	authorOrganisationName: string | null;
	visibility: Visibility;
	sessionTitle: string | null;
	sessionHeldOn: string | null;
}

/** Notes as CSV rows, header first. */
export function buildNoteRows(list: ExportedNote[], names: Names): CsvCell[][] {
	const indicator = (code: string) => names.indicators.get(code) ?? code;
	const area = (code: string) => names.areas.get(code) ?? code;
	const sorted = [...list].sort(
		(a, b) =>
			(b.sessionHeldOn ?? '').localeCompare(a.sessionHeldOn ?? '') ||
			(a.sessionTitle ?? '').localeCompare(b.sessionTitle ?? '') ||
			indicator(a.indicatorCode).localeCompare(indicator(b.indicatorCode), 'nl') ||
			area(a.areaCode).localeCompare(area(b.areaCode), 'nl') ||
			a.number - b.number
	);
	return [
		['indicator', 'wijk', 'nummer', 'periode', 'soort', 'notitie', 'rol spreker', 'organisatie spreker', 'sessie', 'datum sessie', 'zichtbaar voor'],
		...sorted.map((n) => [
			indicator(n.indicatorCode),
			area(n.areaCode),
			n.number,
			periodRangeLabel(n.periodFrom, n.periodTo),
			noteKindLabels[n.kind],
			n.body,
			n.authorRole,
			n.authorOrganisationName,
			n.sessionTitle,
			n.sessionHeldOn,
			n.visibility
		])
	];
}
