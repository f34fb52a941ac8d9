import { env } from '$env/dynamic/private';
import { error, fail, redirect } from '@sveltejs/kit';
import { openQuarters } from '$lib/domain/delivery-expected';
import { ISSUE_LABELS } from '$lib/domain/delivery-validation';
import type { UploadColumn } from '$lib/domain/delivery-file';
import { maxUploadBytes } from '$lib/server/config';
import * as deliveries from '$lib/server/db/deliveries';
import * as drafts from '$lib/server/db/delivery-drafts';
import * as organisations from '$lib/server/db/organisations';
import { isReviewer, requireDeliveryOf, requireDeliveryUser, type DeliveryUser } from '$lib/server/deliveries/access';
import * as workflow from '$lib/server/deliveries/workflow';
import type { Actions, PageServerLoad } from './$types';

/** Rows shown at once: every row with a remark, then the others up to this many. */
const SHOWN_ROWS = 500;

async function deliveryFor(locals: App.Locals, user: DeliveryUser, id: string) {
	const delivery = await drafts.get(locals.scope, id);
	requireDeliveryOf(locals, user, delivery);
	return delivery!;
}

/** The published value of every indicator × area × period, to compare a delivery's rows with. */
async function publishedValues(scope: App.Locals['scope'], keys: { indicatorCode: string; areaCode: string; period: string }[]) {
	const codes = [...new Set(keys.map((k) => k.indicatorCode))];
	if (codes.length === 0) return new Map<string, number | null>();
	const rows = await scope.db
		.selectFrom('published_cells')
		.select(['indicator_code', 'area_code', 'period', 'value'])
		.where('gemeente_code', '=', scope.gemeente)
		.where('indicator_code', 'in', codes)
		.where('period', 'in', [...new Set(keys.map((k) => k.period))])
		.execute();
	return new Map(rows.map((r) => [`${r.indicator_code}|${r.area_code}|${r.period}`, r.value === null ? null : Number(r.value)]));
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireDeliveryUser(locals, url);
	const delivery = await deliveryFor(locals, user, params.id);
	const [org, { draft, report }, versions, events, files] = await Promise.all([
		organisations.get(locals.scope, delivery.organisationId),
		workflow.review(locals.scope, delivery),
		drafts.versions(locals.scope, delivery.organisationId, delivery.period),
		drafts.events(locals.scope, delivery.id),
		drafts.files(locals.scope, delivery.id)
	]);
	const shownStatus = versions.find((v) => v.id === delivery.id)?.shownStatus ?? delivery.status;
	// A concept or a submission shows its rows as checked now; a version that was published or replaced shows
	// the figures it held (checked then, not against today's catalogue), as does one without a draft.
	const settled = delivery.status === 'gepubliceerd' || delivery.status === 'vervangen' || !draft;
	const measured = settled ? await deliveries.measurementsOf(locals.scope, delivery.id) : [];
	const shownReport = settled ? null : report;
	const keys = shownReport ? shownReport.rows : measured.map((m) => ({ indicatorCode: m.indicatorCode, areaCode: m.areaCode, period: m.period }));
	const published = await publishedValues(locals.scope, keys);
	// The cells as the user typed them; a workbook's number cells as the row editor shows them.
	const typed = new Map((draft?.rows ?? []).map((r) => [r.line, Object.fromEntries(Object.keys(r.cells).map((c) => [c, workflow.editorText(r, c as UploadColumn)]))]));
	const rows = shownReport
		? shownReport.rows.map((r) => ({ ...r, cells: (typed.get(r.line) ?? {}) as Partial<Record<UploadColumn, string>>, published: published.get(`${r.indicatorCode}|${r.areaCode}|${r.period}`) }))
		: measured.map((m, i) => ({ line: i + 2, areaCode: m.areaCode, indicatorCode: m.indicatorCode, period: m.period, value: m.value, missingReason: m.missingReason ?? null, toelichting: m.toelichting ?? null, issues: [] as NonNullable<typeof report>['issues'], cells: {} as Partial<Record<UploadColumn, string>>, published: published.get(`${m.indicatorCode}|${m.areaCode}|${m.period}`) }));
	const withRemarks = rows.filter((r) => r.issues.length > 0);
	const shown = [...withRemarks, ...rows.filter((r) => r.issues.length === 0).slice(0, Math.max(0, SHOWN_ROWS - withRemarks.length))].sort((a, b) => a.line - b.line);
	const editLine = Number(url.searchParams.get('regel'));
	const returned = [...events].reverse().find((e) => e.kind === 'teruggestuurd');
	return {
		delivery: { id: delivery.id, period: delivery.period, version: delivery.version, status: delivery.status, shownStatus, fileName: delivery.fileName, organisation: org?.name ?? '' },
		reviewer: isReviewer(user),
		returnReason: shownStatus === 'teruggestuurd' ? (returned?.reason ?? null) : null,
		notices: draft?.notices ?? [],
		counts: shownReport?.counts ?? [],
		fileIssues: shownReport?.issues.filter((i) => i.line === null) ?? [],
		rows: shown,
		hiddenRows: rows.length - shown.length,
		totalRows: rows.length,
		blocked: delivery.status === 'concept' ? workflow.blockers(report) : null,
		settled,
		edit: editLine ? (rows.find((r) => r.line === editLine) ?? null) : null,
		versions,
		events,
		files,
		labels: ISSUE_LABELS as Record<string, string>,
		maxMb: Math.round(maxUploadBytes(env) / 1024 / 1024)
	};
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

async function start(locals: App.Locals, url: URL, id: string) {
	const user = requireDeliveryUser(locals, url);
	return { user, actor: { id: user.id, name: user.name }, delivery: await deliveryFor(locals, user, id) };
}

function requireReviewer(locals: App.Locals, user: DeliveryUser) {
	if (!isReviewer(user)) {
		locals.refused = true;
		error(403, 'Alleen een beleidsmedewerker of beheerder kan dit doen.');
	}
}

export const actions: Actions = {
	regel: async ({ request, locals, url, params }) => {
		const { actor, delivery } = await start(locals, url, params.id);
		const form = await request.formData();
		const line = Number(text(form, 'regel'));
		const cells: Partial<Record<UploadColumn, string>> = {};
		for (const column of ['wijkcode', 'indicator', 'periode', 'waarde', 'toelichting', 'reden_ontbreekt'] as const) if (form.has(column)) cells[column] = text(form, column).slice(0, 2000);
		const result = await workflow.fixRow(locals.scope, actor, delivery, line, cells);
		if (!result.ok) return fail(409, { form: 'regel', message: result.message });
		const left = result.report.rows.find((r) => r.line === line)?.issues ?? [];
		return { form: 'regel', done: left.length === 0 ? `Regel ${line} is verbeterd.` : `Regel ${line} is opgeslagen, maar heeft nog ${left.length === 1 ? 'een opmerking' : `${left.length} opmerkingen`}.` };
	},
	indienen: async ({ locals, url, params }) => {
		const { actor, delivery } = await start(locals, url, params.id);
		const result = await workflow.submit(locals.scope, actor, delivery);
		if (!result.ok) return fail(409, { form: 'indienen', message: result.message });
		return { form: 'indienen', done: result.published ? `Ingediend en gepubliceerd als versie ${result.published}.` : 'Ingediend. De gemeente controleert de cijfers en publiceert ze.' };
	},
	opnieuw: async ({ request, locals, url, params }) => {
		const { actor, delivery } = await start(locals, url, params.id);
		if (!openQuarters(new Date().toISOString().slice(0, 10), 8).includes(delivery.period)) return fail(400, { form: 'opnieuw', message: 'Voor dit kwartaal kunt u niet meer aanleveren. Vraag de gemeente om een correctie.', problems: [] as string[] });
		const file = (await request.formData()).get('bestand');
		if (!(file instanceof File) || file.size === 0) return fail(400, { form: 'opnieuw', message: 'Kies een Excel- of CSV-bestand.', problems: [] as string[] });
		const max = maxUploadBytes(env);
		if (file.size > max) return fail(413, { form: 'opnieuw', message: `Het bestand is groter dan ${Math.round(max / 1024 / 1024)} MB.`, problems: [] as string[] });
		const result = await workflow.upload(locals.scope, actor, delivery.organisationId, delivery.period, { name: file.name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()) }, { maxBytes: max });
		if (!result.ok) return fail(422, { form: 'opnieuw', message: 'Dit bestand kunnen we niet lezen. Er is niets veranderd.', problems: result.problems.map((p) => p.message) });
		redirect(303, `/aanleveren/${result.id}`);
	},
	terugsturen: async ({ request, locals, url, params }) => {
		const { user, actor, delivery } = await start(locals, url, params.id);
		requireReviewer(locals, user);
		const result = await workflow.sendBack(locals.scope, actor, delivery, text(await request.formData(), 'reden'));
		return result.ok ? { form: 'terugsturen', done: 'Teruggestuurd. De organisatie ziet uw reden en kan de cijfers aanpassen.' } : fail(409, { form: 'terugsturen', message: result.message });
	},
	publiceren: async ({ locals, url, params }) => {
		const { user, delivery } = await start(locals, url, params.id);
		requireReviewer(locals, user);
		if (delivery.status !== 'ingediend') return fail(409, { form: 'publiceren', message: 'Alleen een ingediende aanlevering kan worden gepubliceerd. Misschien heeft iemand anders haar net gepubliceerd.' });
		try {
			const published = await workflow.publishOne(locals.scope, { id: user.id, name: user.name }, delivery.id);
			return { form: 'publiceren', done: `Gepubliceerd als versie ${published.version}. Iedereen ziet de nieuwe cijfers nu.` };
		} catch (failure) {
			if (failure instanceof deliveries.NotPublishableError) return fail(409, { form: 'publiceren', message: 'Deze aanlevering is intussen al gepubliceerd of vervangen. Er is niets veranderd.' });
			throw failure;
		}
	},
	herstellen: async ({ locals, url, params }) => {
		const { user, actor, delivery } = await start(locals, url, params.id);
		requireReviewer(locals, user);
		const result = await workflow.restore(locals.scope, actor, delivery);
		return result.ok ? { form: 'herstellen', done: `Versie ${delivery.version} is teruggezet als nieuwe versie en gepubliceerd (publicatie ${result.version}).` } : fail(409, { form: 'herstellen', message: result.message });
	}
};
