import { error } from '@sveltejs/kit';
import { openQuarters } from '$lib/domain/delivery-expected';
import * as gemeenten from '$lib/server/db/gemeenten';
import * as indicators from '$lib/server/db/indicators';
import * as organisations from '$lib/server/db/organisations';
import { organisationFor, requireDeliveryUser } from '$lib/server/deliveries/access';
import * as workflow from '$lib/server/deliveries/workflow';
import { templateCsv, templateFileName, templateXlsx } from '$lib/server/delivery-template';
import type { RequestHandler } from './$types';

/** The template of organisation × quarter, prefilled with every expected row, as Excel or CSV. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireDeliveryUser(locals, url);
	const organisationId = organisationFor(user, url.searchParams.get('organisatie'));
	const org = organisationId ? await organisations.get(locals.scope, organisationId) : undefined;
	const quarter = url.searchParams.get('periode') ?? '';
	if (!org) error(404, 'Kies eerst de organisatie.');
	if (!openQuarters(new Date().toISOString().slice(0, 10), 8).includes(quarter)) error(404, 'Voor dit kwartaal is er geen sjabloon.');
	const [rows, catalogue, context, gemeente] = await Promise.all([
		workflow.expected(locals.scope, org.id, quarter),
		indicators.listCurrent(locals.scope),
		workflow.contextFor(locals.scope, org.id, quarter),
		gemeenten.get(locals.scope.db, locals.scope.gemeente)
	]);
	const assigned = new Set(context.assignments.map((a) => a.indicatorCode));
	const input = {
		gemeenteName: gemeente?.name ?? locals.scope.gemeente,
		organisationName: org.name,
		quarter,
		rows: rows.map((r) => ({ areaCode: r.areaCode, areaName: r.areaName, indicatorCode: r.indicatorCode, indicatorName: r.indicatorName, period: r.period })),
		indicators: catalogue.filter((i) => assigned.has(i.code)).map((i) => ({ code: i.code, name: i.name, unit: i.unit, frequency: i.frequency, definition: i.definition, minN: i.minN })),
		areas: context.areas
	};
	const xlsx = url.searchParams.get('formaat') !== 'csv';
	const body = xlsx ? await templateXlsx(input) : templateCsv(input);
	return new Response(body as BodyInit, {
		headers: {
			'content-type': xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${templateFileName(input, xlsx ? 'xlsx' : 'csv')}"`,
			'cache-control': 'private, no-store'
		}
	});
};
