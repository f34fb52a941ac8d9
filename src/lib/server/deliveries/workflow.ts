// A quarter's delivery through the browser: read the file, check every row against the organisation's
// assignments and its own history, keep it as a concept whatever its state, let the user fix values, submit,
// send back, publish (through the explicit publication) and restore. Routes stay thin; this is the logic.
import { expectedRows, type Assignment } from '../../domain/delivery-expected';
import { readDeliveryFile, readDutchNumber, type FileRead, type FileRow } from '../../domain/delivery-file';
import { validateDelivery, withRowFixed, type DeliveryContext, type DeliveryReport, type InputRow } from '../../domain/delivery-validation';
import { periodStart, requirePeriod } from '../../domain/periods';
import * as areas from '../db/areas';
import { NotPublishableError, type MeasurementInput } from '../db/deliveries';
import * as drafts from '../db/delivery-drafts';
import * as gemeenten from '../db/gemeenten';
import * as indicators from '../db/indicators';
import * as organisations from '../db/organisations';
import { lock } from '../db/locks';
import { inTransaction, type Scope } from '../db/scope';
import * as publication from '../publish/publication';

/** What a concept keeps of its file: the rows as uploaded (then fixed), and how the file was read. */
export interface DeliveryDraft {
	format: 'csv' | 'xlsx';
	sheet: string | null;
	header: string[];
	decimal: ',' | '.' | null;
	notices: string[];
	rows: FileRow[];
}

export interface Actor {
	id: string;
	name: string;
}

/** Earlier published values per indicator × area, oldest first, before `quarter`: the outlier check's history. */
async function historyBefore(scope: Scope, indicatorCodes: string[], quarter: string): Promise<Map<string, { period: string; value: number }[]>> {
	const history = new Map<string, { period: string; value: number }[]>();
	if (indicatorCodes.length === 0) return history;
	const rows = await scope.db
		.selectFrom('published_cells')
		.select(['indicator_code', 'area_code', 'period', 'value'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('indicator_code', 'in', indicatorCodes)
		.where('period_start', '<', periodStart(requirePeriod(quarter)))
		.where('value', 'is not', null)
		.orderBy('period_start')
		.execute();
	for (const r of rows) {
		const key = `${r.indicator_code}|${r.area_code}`;
		const list = history.get(key) ?? [];
		list.push({ period: r.period, value: Number(r.value) });
		history.set(key, list);
	}
	return history;
}

/** Everything a check of organisation × quarter needs, read from the store (`history: false` leaves out the published history, for what is expected). */
export async function contextFor(scope: Scope, organisationId: string, quarter: string, options: { history?: boolean } = {}): Promise<DeliveryContext & { assignments: Assignment[] }> {
	const [wijken, city, catalogue, assigned] = await Promise.all([
		areas.list(scope, 'wijk'),
		areas.get(scope, scope.gemeente),
		indicators.listCurrent(scope),
		organisations.assignments(scope, organisationId)
	]);
	const indicatorCodes = [...new Set(assigned.map((a) => a.indicatorCode))];
	return {
		quarter,
		areas: [...(city ? [{ code: city.code, name: city.name }] : []), ...wijken.map((w) => ({ code: w.code, name: w.name }))],
		indicators: catalogue.map((i) => ({ code: i.code, name: i.name, unit: i.unit, frequency: i.frequency, validFrom: i.validFrom, validTo: i.validTo, direction: i.direction })),
		assignments: assigned,
		history: options.history === false ? new Map() : await historyBefore(scope, indicatorCodes, quarter)
	};
}

/** What organisation × quarter must deliver, with names: the template's rows and the page's "verwacht". */
export async function expected(scope: Scope, organisationId: string, quarter: string) {
	const context = await contextFor(scope, organisationId, quarter, { history: false });
	const areaName = new Map(context.areas.map((a) => [a.code, a.name]));
	const indicatorName = new Map(context.indicators.map((i) => [i.code, i.name]));
	return expectedRows(quarter, context.assignments, context.indicators).map((r) => ({
		...r,
		areaName: areaName.get(r.areaCode) ?? r.areaCode,
		indicatorName: indicatorName.get(r.indicatorCode) ?? r.indicatorCode
	}));
}

function check(draft: DeliveryDraft, context: DeliveryContext): DeliveryReport {
	return validateDelivery(draft.rows as InputRow[], draft.decimal, context, readDutchNumber);
}

export type UploadResult = { ok: true; id: string; report: DeliveryReport } | { ok: false; problems: { code: string; message: string }[] };

/**
 * Reads and checks an uploaded file for organisation × quarter and keeps it as the open concept, errors and
 * all. A file that cannot be read at all (not a spreadsheet, too large, no known columns) is refused and
 * nothing is stored.
 */
export async function upload(scope: Scope, actor: Actor, organisationId: string, quarter: string, file: { name: string; bytes: Uint8Array }, limits?: { maxBytes: number }): Promise<UploadResult> {
	const org = await organisations.get(scope, organisationId);
	if (!org || org.archivedAt) return { ok: false, problems: [{ code: 'organisatie-gearchiveerd', message: 'Deze organisatie is gearchiveerd en levert niets nieuws aan.' }] };
	const read: FileRead = await readDeliveryFile(file.bytes, file.name, limits);
	if (!read.ok) return { ok: false, problems: read.problems };
	const draft: DeliveryDraft = { format: read.format, sheet: read.sheet, header: read.header, decimal: read.decimal, notices: read.notices, rows: read.rows };
	const report = check(draft, await contextFor(scope, organisationId, quarter));
	try {
		const id = await drafts.saveUpload(scope, { organisationId, period: quarter, file, draft, report: summaryOf(report), userId: actor.id });
		return { ok: true, id, report };
	} catch (error) {
		if (error instanceof drafts.TooManyFiles) {
			return { ok: false, problems: [{ code: 'te-veel-bestanden', message: `Voor dit kwartaal zijn al ${drafts.MAX_FILES_PER_DELIVERY} bestanden ingelezen. Verbeter de regels op de pagina van de aanlevering, of vraag de gemeente om hulp.` }] };
		}
		throw error;
	}
}

/** The delivery's draft and its report, checked afresh (the catalogue or the history may have changed). */
export async function review(scope: Scope, delivery: drafts.DeliveryRecord): Promise<{ draft: DeliveryDraft | null; report: DeliveryReport | null }> {
	const draft = delivery.draft as DeliveryDraft | null;
	if (!draft) return { draft: null, report: null };
	return { draft, report: check(draft, await contextFor(scope, delivery.organisationId, delivery.period)) };
}

/** What is kept of a report with the delivery: the verdict and the counts per kind (the rows are checked again when shown). */
function summaryOf(report: DeliveryReport) {
	return { ok: report.ok, counts: report.counts, needsToelichting: report.needsToelichting };
}

/**
 * A cell as the row editor shows it: a workbook's number cell in Dutch notation ("1234,5"), other cells as
 * typed. A value sent back unchanged keeps its exact number; only a changed one is read as typed text.
 */
export function editorText(row: FileRow, column: keyof FileRow['cells']): string {
	const text = row.cells[column] ?? '';
	return row.numeric.includes(column) && text !== '' ? text.replace('.', ',') : text;
}

/** Fixes one row of a concept in the preview (no new upload); the whole file is checked again. */
export async function fixRow(scope: Scope, actor: Actor, delivery: drafts.DeliveryRecord, line: number, cells: FileRow['cells']): Promise<{ ok: true; report: DeliveryReport } | { ok: false; message: string }> {
	const draft = delivery.draft as DeliveryDraft | null;
	if (!draft || delivery.status !== 'concept') return { ok: false, message: 'Alleen een concept kan worden verbeterd. Deze aanlevering is al ingediend of afgehandeld.' };
	const row = draft.rows.find((r) => r.line === line);
	if (!row) return { ok: false, message: `Regel ${line} bestaat niet in dit bestand.` };
	// Only what the user changed is new typed text; an unchanged number cell keeps its exact value.
	const changed = Object.fromEntries(Object.entries(cells).filter(([column, value]) => value !== editorText(row, column as keyof FileRow['cells'])));
	const rows = withRowFixed(draft.rows as InputRow[], line, { ...row.cells, ...changed }).map((r) => (r.line === line ? { ...r, numeric: row.numeric.filter((c) => !(c in changed)) } : r)) as FileRow[];
	const fixed: DeliveryDraft = { ...draft, rows };
	const report = check(fixed, await contextFor(scope, delivery.organisationId, delivery.period));
	if (!(await drafts.saveDraft(scope, delivery.id, delivery.draftRevision, fixed, summaryOf(report), actor.id, `regel ${line}`))) return { ok: false, message: 'Deze aanlevering is intussen veranderd (ingediend, of een nieuw bestand ingelezen). Laad de pagina opnieuw en verbeter het dan.' };
	return { ok: true, report };
}

/** Why a concept cannot be submitted yet, in Dutch; null when it can. */
export function blockers(report: DeliveryReport | null): string | null {
	if (!report) return 'Er is nog geen bestand ingelezen.';
	const errors = report.issues.filter((i) => i.severity === 'fout').length;
	if (errors > 0) return `Er ${errors === 1 ? 'is nog 1 fout' : `zijn nog ${errors} fouten`}. Los ${errors === 1 ? 'die' : 'ze'} eerst op.`;
	if (report.needsToelichting > 0) return `${report.needsToelichting === 1 ? 'Bij 1 cijfer hoort' : `Bij ${report.needsToelichting} cijfers hoort`} een waarschuwing. Schrijf een toelichting bij ${report.needsToelichting === 1 ? 'dat cijfer' : 'die cijfers'}.`;
	return null;
}

/**
 * Submits a concept after checking it once more: its rows become measurements and it waits for a
 * beleidsmedewerker, or is published at once where the gemeente's setting says so.
 */
export async function submit(scope: Scope, actor: Actor, delivery: drafts.DeliveryRecord): Promise<{ ok: true; published: number | null } | { ok: false; message: string }> {
	if (delivery.status !== 'concept') return { ok: false, message: 'Deze aanlevering is al ingediend.' };
	const { report } = await review(scope, delivery);
	const blocked = blockers(report);
	if (blocked || !report) return { ok: false, message: blocked ?? 'Er is nog geen bestand ingelezen.' };
	const measurements: MeasurementInput[] = report.rows.map((r) => ({ indicatorCode: r.indicatorCode, areaCode: r.areaCode, period: r.period, value: r.value, missingReason: r.missingReason, toelichting: r.toelichting }));
	if (!(await drafts.submit(scope, delivery.id, delivery.draftRevision, measurements, actor.id))) return { ok: false, message: 'Deze aanlevering is intussen veranderd of al ingediend. Laad de pagina opnieuw en kijk of alles klopt.' };
	const gemeente = await gemeenten.get(scope.db, scope.gemeente);
	if (!gemeente?.submitPublishes) return { ok: true, published: null };
	try {
		return { ok: true, published: (await publishOne(scope, actor, delivery.id)).version };
	} catch (error) {
		// Submitted all the same: a beleidsmedewerker publishes it from the list of waiting deliveries.
		if (error instanceof NotPublishableError) return { ok: true, published: null };
		throw error;
	}
}

/** Publishes one submitted delivery as its own publication (a beleidsmedewerker's step, or submission where allowed). */
export async function publishOne(scope: Scope, actor: Actor, id: string) {
	const delivery = await scope.db.selectFrom('deliveries').select(['organisation_id as organisationId', 'period', 'version']).where('gemeente_code', '=', scope.gemeente).where('id', '=', id).executeTakeFirst();
	const org = delivery && (await organisations.get(scope, delivery.organisationId));
	return publication.publish(scope, { kind: 'aanlevering', summary: `Aanlevering ${org?.name ?? ''} ${delivery?.period ?? ''} (versie ${delivery?.version ?? '?'})`.trim(), by: actor.id, deliveries: [{ id }] });
}

/** Sends a submitted delivery back with a reason (a beleidsmedewerker's step). */
export async function sendBack(scope: Scope, actor: Actor, delivery: drafts.DeliveryRecord, reason: string): Promise<{ ok: true } | { ok: false; message: string }> {
	const text = reason.trim();
	if (!text) return { ok: false, message: 'Schrijf waarom u de aanlevering terugstuurt, zodat de organisatie weet wat ze moet aanpassen.' };
	if (text.length > 1000) return { ok: false, message: 'De reden is te lang: hooguit 1000 tekens.' };
	if (!(await drafts.sendBack(scope, delivery.id, text, actor.id))) return { ok: false, message: 'Deze aanlevering wacht niet (meer) op publicatie. Laad de pagina opnieuw.' };
	return { ok: true };
}

/** Restores an earlier version as a new version and publishes it (a beleidsmedewerker's step). */
export async function restore(scope: Scope, actor: Actor, delivery: drafts.DeliveryRecord): Promise<{ ok: true; version: number } | { ok: false; message: string }> {
	// One transaction, the publication lock first (the order every publication takes), so the restored
	// version is never seen, sent back or replaced before it is published.
	return inTransaction(scope.db, async (db) => {
		const tx = { db, gemeente: scope.gemeente };
		await lock(db, `publication:${scope.gemeente}`);
		const id = await drafts.restore(tx, delivery.id, actor.id);
		if (!id) return { ok: false as const, message: 'Alleen een versie die eerder gepubliceerd was, kan worden teruggezet.' };
		const published = await publishOne(tx, actor, id);
		return { ok: true as const, version: published.version };
	});
}

/** Days after a quarter's end by which its delivery is expected; later is "te laat". */
export const DAYS_TO_DELIVER = 30;

/** Per quarter: what is expected, every version with its status, and whether it is late on `today`. */
export async function quarterOverview(scope: Scope, organisationId: string, quarters: string[], today: string) {
	// The catalogue and assignments do not depend on the quarter: read once, not once per quarter.
	const context = await contextFor(scope, organisationId, quarters[0] ?? '', { history: false });
	return Promise.all(
		quarters.map(async (quarter) => {
			const expectedCount = expectedRows(quarter, context.assignments, context.indicators).length;
			const versions = await drafts.versions(scope, organisationId, quarter);
			const handedIn = versions.some((v) => v.status === 'ingediend' || v.status === 'gepubliceerd' || (v.status === 'vervangen' && v.publishedAt !== null));
			const due = new Date(Date.parse(`${periodEndDate(quarter)}T00:00:00Z`) + DAYS_TO_DELIVER * 86_400_000).toISOString().slice(0, 10);
			return { quarter, expected: expectedCount, versions, due, late: expectedCount > 0 && !handedIn && today > due };
		})
	);
}

function periodEndDate(quarter: string): string {
	const p = requirePeriod(quarter);
	return new Date(Date.UTC(p.year, p.part * 3, 0)).toISOString().slice(0, 10);
}
