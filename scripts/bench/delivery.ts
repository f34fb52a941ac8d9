// The delivery benchmark (issue 11), on SQLite: a 100,000-row delivery as CSV and as XLSX, read, checked and
// stored as a concept through the same function the upload page calls, then submitted (its measurements
// written) and published, in a store that also holds the large synthetic gemeente (808,000 measurements).
// The 100,000 rows belong to a second synthetic gemeente of 1,000 wijken × 100 indicators (one delivery can
// only hold one row per indicator × wijk, and the large gemeente has 20,000 of those), with a published
// quarter before it, so the outlier check has a history to compare with.
// Targets: CSV ≤ 3 s, XLSX ≤ 10 s, publish ≤ 1 s; the memory peak (RSS) is reported.
// Usage: npm run bench:delivery
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { toCsv } from '../../src/lib/domain/csv';
import { openDatabase, type Db } from '../../src/lib/server/db/client';
import * as areas from '../../src/lib/server/db/areas';
import * as deliveries from '../../src/lib/server/db/deliveries';
import * as drafts from '../../src/lib/server/db/delivery-drafts';
import * as indicators from '../../src/lib/server/db/indicators';
import * as organisations from '../../src/lib/server/db/organisations';
import * as themes from '../../src/lib/server/db/themes';
import * as users from '../../src/lib/server/db/users';
import * as workflow from '../../src/lib/server/deliveries/workflow';
import * as publication from '../../src/lib/server/publish/publication';
import { ensureGemeente } from '../../src/lib/server/setup/gemeente';
import { createLargeGemeente } from './large-gemeente';

const DIR = 'var/bench-delivery';
const PATH = `${DIR}/wijkbeeld.db`;
const G = 'GM9998';
const WIJKEN = 1000;
const INDICATORS = 100;
const QUARTER = '2025-Q4';
const wijkCodes = Array.from({ length: WIJKEN }, (_, i) => `WK9998${String(i).padStart(3, '0')}`);
const indicatorCodes = Array.from({ length: INDICATORS }, (_, i) => `B${String(i + 1).padStart(3, '0')}`);

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function timed<T>(what: string, work: () => Promise<T>): Promise<{ value: T; ms: number; peak: number }> {
	global.gc?.();
	const before = process.memoryUsage().rss;
	peak = before;
	const started = performance.now();
	const value = await work();
	const ms = performance.now() - started;
	// RSS does not shrink much after setup: the rise during the step is what the step costs.
	console.log(`  ${what}: ${Math.round(ms)} ms (memory: ${mb(before)} before, peak ${mb(peak)}, +${mb(peak - before)})`);
	return { value, ms, peak: peak - before };
}

/** The bulk gemeente: 1,000 wijken, 100 counts delivered quarterly by one organisation, one quarter published. */
async function setUpBulk(db: Db): Promise<{ organisationId: string; userId: string }> {
	const scope = { db, gemeente: G };
	await ensureGemeente(db, { code: G, name: 'Bulkstad (synthetisch)' });
	await areas.createMany(scope, wijkCodes.map((code, i) => ({ code, name: `Wijk ${i + 1}`, level: 'wijk' as const, parentCode: G, population: 2000 })));
	await themes.create(scope, { code: 'meedoen', name: 'Meedoen', description: 'Synthetisch', position: 0 });
	for (const [i, code] of indicatorCodes.entries()) {
		await indicators.create(
			scope,
			{ code, name: `Telling ${i + 1}`, themeCode: 'meedoen', unit: 'aantal', frequency: 'kwartaal', source: 'synthetisch', kind: 'output', direction: 'neutraal', deliveredBy: 'organisatie', targetValue: null, targetNote: null, minN: 5, validFrom: null, validTo: null, position: i },
			[{ validFrom: '2000', definition: 'Synthetisch.', changeNote: null }]
		);
	}
	const organisationId = await organisations.create(scope, { name: 'Bulkwerk (synthetisch)', type: 'welzijnsorganisatie' });
	await organisations.assign(scope, organisationId, indicatorCodes, wijkCodes);
	const userId = await users.create(scope, { name: 'Bench', email: 'bench@bulkstad.nl', role: 'beleidsmedewerker', organisationId: null });
	const history = await deliveries.createDraft(scope, {
		organisationId,
		period: '2025-Q3',
		measurements: indicatorCodes.flatMap((indicatorCode, i) => wijkCodes.map((areaCode, w) => ({ indicatorCode, areaCode, period: '2025-Q3', value: 20 + ((i * 7 + w * 13) % 60) })))
	});
	await publication.publish(scope, { kind: 'aanlevering', summary: 'Benchmark-geschiedenis', by: null, deliveries: [{ id: history }] });
	return { organisationId, userId };
}

function rows(): (string | number)[][] {
	return indicatorCodes.flatMap((indicator, i) => wijkCodes.map((wijk, w) => [wijk, indicator, QUARTER, 21 + ((i * 7 + w * 13) % 60), '', '']));
}

function csvFile(): Uint8Array {
	return new TextEncoder().encode(toCsv([['wijkcode', 'indicator', 'periode', 'waarde', 'toelichting', 'reden_ontbreekt'], ...rows()]));
}

async function xlsxFile(): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('aanlevering');
	sheet.addRow(['wijkcode', 'indicator', 'periode', 'waarde', 'toelichting', 'reden_ontbreekt']);
	for (const row of rows()) sheet.addRow(row);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const results: { what: string; ms: number; target: number; peak: number }[] = [];

mkdirSync(DIR, { recursive: true });
console.log('Setting up: the large gemeente (808,000 measurements), then the bulk gemeente…');
const large = await createLargeGemeente(PATH);
console.log(`  large gemeente: ${large.measurements} measurements`);
const db = await openDatabase(PATH);
try {
	const { organisationId, userId } = await setUpBulk(db);
	const scope = { db, gemeente: G };
	const actor = { id: userId, name: 'Bench' };
	const csv = csvFile();
	const xlsx = await xlsxFile();
	console.log(`Files: CSV ${mb(csv.byteLength)}, XLSX ${mb(xlsx.byteLength)}, ${WIJKEN * INDICATORS} rows each.`);

	const fromCsv = await timed('CSV: read, check, store as concept', () => workflow.upload(scope, actor, organisationId, QUARTER, { name: 'bulk.csv', bytes: csv }, { maxBytes: 50 * 1024 * 1024 }));
	if (!fromCsv.value.ok || !fromCsv.value.report.ok) throw new Error(`CSV upload not clean: ${JSON.stringify(fromCsv.value.ok ? fromCsv.value.report.counts : fromCsv.value.problems)}`);
	results.push({ what: 'CSV 100,000 rows stored as concept', ms: fromCsv.ms, target: 3000, peak: fromCsv.peak });

	const fromXlsx = await timed('XLSX: read, check, store as concept', () => workflow.upload(scope, actor, organisationId, QUARTER, { name: 'bulk.xlsx', bytes: xlsx }, { maxBytes: 50 * 1024 * 1024 }));
	if (!fromXlsx.value.ok || !fromXlsx.value.report.ok) throw new Error('XLSX upload not clean');
	results.push({ what: 'XLSX 100,000 rows stored as concept', ms: fromXlsx.ms, target: 10000, peak: fromXlsx.peak });

	const id = fromXlsx.value.id;
	const submitted = await timed('submit (check again, write 100,000 measurements)', async () => workflow.submit(scope, actor, (await drafts.get(scope, id))!));
	if (!submitted.value.ok) throw new Error(`submit refused: ${submitted.value.message}`);
	const published = await timed('publish (100 indicator × period groups of 1,000 cells)', () => workflow.publishOne(scope, actor, id));
	results.push({ what: `publish 100,000 rows (store holds ${large.measurements + 2 * WIJKEN * INDICATORS} measurements)`, ms: published.ms, target: 1000, peak: published.peak });
	console.log(`  submit: ${Math.round(submitted.ms)} ms; publication ${published.value.version}`);
} finally {
	clearInterval(sampler);
	await db.destroy();
}

console.log('\nSummary (this machine):');
for (const r of results) console.log(`  ${r.ms <= r.target ? 'MET   ' : 'MISSED'} ${r.what}: ${Math.round(r.ms)} ms (target ≤ ${r.target} ms), memory +${mb(r.peak)} during the step`);
