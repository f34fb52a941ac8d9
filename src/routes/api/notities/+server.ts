// The published notes a reader may see on some indicators in some areas: for charts the browser draws itself
// (a comparison answered by DuckDB-WASM), which the Arrow snapshot does not carry.
import { json } from '@sveltejs/kit';
import { requireDashboard } from '$lib/server/auth/guards';
import * as notes from '$lib/server/db/notes';
import { toFigureNote } from '$lib/server/duiding/figures';
import type { RequestHandler } from './$types';

const list = (value: string | null, max: number) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean).slice(0, max);

export const GET: RequestHandler = async ({ locals, url }) => {
	const viewer = requireDashboard(locals, url);
	const indicators = new Set(list(url.searchParams.get('indicatoren'), 40));
	const areas = list(url.searchParams.get('gebieden'), 20);
	const found = areas.length && indicators.size ? await notes.listReadable(locals.scope, viewer, { areaCodes: areas }) : [];
	return json(
		found.filter((n) => indicators.has(n.indicatorCode)).map((n) => ({ ...toFigureNote(n, viewer), indicatorCode: n.indicatorCode, areaCode: n.areaCode })),
		{ headers: { 'cache-control': 'private, no-store' } }
	);
};
