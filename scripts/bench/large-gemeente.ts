// Generates a large synthetic municipality for the benchmark: 100 wijken × 200 indicators × 40 quarters
// (≈ 800,000 measurements plus city totals), written straight into a fresh SQLite file with a fixed seed.
import SQLite from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { periodEnd, periodRange, periodStart, requirePeriod, toPeriodCode } from '../../src/lib/domain/periods';
import { openDatabase } from '../../src/lib/server/db/client';
import { createRandom } from '../demo/random';

export const LARGE = { gemeente: 'GM9999', name: 'Benchstad (synthetisch)', wijken: 100, indicators: 200, from: '2016-Q1', to: '2025-Q4' };

/** Creates the database at `path` (replacing it) and returns how many measurements it holds. */
export async function createLargeGemeente(path: string, seed = 7): Promise<number> {
	for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
	await (await openDatabase(path)).destroy(); // migrations
	const db = new SQLite(path);
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = OFF');
	const random = createRandom(seed);
	const g = LARGE.gemeente;
	const now = new Date().toISOString();
	const wijken = Array.from({ length: LARGE.wijken }, (_, i) => `WK9999${String(i).padStart(2, '0')}`);
	const indicators = Array.from({ length: LARGE.indicators }, (_, i) => `I${String(i + 1).padStart(3, '0')}`);
	const quarters = periodRange(requirePeriod(LARGE.from), requirePeriod(LARGE.to));
	let count = 0;
	db.transaction(() => {
		db.prepare('insert into gemeenten (code, name, public_dashboard, created_at) values (?, ?, 1, ?)').run(g, LARGE.name, now);
		db.prepare("insert into areas (gemeente_code, code, name, level, parent_code, population) values (?, ?, ?, 'gemeente', null, ?)").run(g, g, LARGE.name, LARGE.wijken * 8000);
		const area = db.prepare("insert into areas (gemeente_code, code, name, level, parent_code, population) values (?, ?, ?, 'wijk', ?, ?)");
		wijken.forEach((w, i) => area.run(g, w, `Wijk ${i + 1}`, g, 8000));
		const themes = ['a', 'b', 'c', 'd', 'e'];
		const theme = db.prepare('insert into themes (gemeente_code, code, name, description, position) values (?, ?, ?, ?, ?)');
		themes.forEach((t, i) => theme.run(g, t, `Thema ${t.toUpperCase()}`, 'Synthetisch thema voor de benchmark.', i));
		const indicator = db.prepare(
			"insert into indicators (gemeente_code, code, name, theme_code, unit, frequency, source, kind, direction, delivered_by, min_n, position) values (?, ?, ?, ?, ?, 'kwartaal', 'synthetisch', 'output', 'neutraal', 'organisatie', 5, ?)"
		);
		const definition = db.prepare('insert into indicator_definitions (gemeente_code, indicator_code, valid_from, definition) values (?, ?, ?, ?)');
		indicators.forEach((code, i) => {
			indicator.run(g, code, `Indicator ${i + 1}`, themes[i % themes.length], i % 3 === 0 ? 'procent' : 'aantal', i);
			definition.run(g, code, LARGE.from, 'Synthetische indicator voor de benchmark.');
		});
		db.prepare("insert into organisations (id, gemeente_code, name, type, created_at) values ('bench-org', ?, 'Benchorganisatie', 'welzijnsorganisatie', ?)").run(g, now);
		const delivery = db.prepare("insert into deliveries (id, gemeente_code, organisation_id, period, version, status, created_at, published_at) values (?, ?, 'bench-org', ?, 1, 'gepubliceerd', ?, ?)");
		const measurement = db.prepare(
			'insert into measurements (gemeente_code, delivery_id, indicator_code, area_code, period, period_start, period_end, value, n) values (?, ?, ?, ?, ?, ?, ?, ?, ?)'
		);
		for (const q of quarters) {
			const period = toPeriodCode(q);
			const id = `bench-${period}`;
			delivery.run(id, g, period, now, now);
			const start = periodStart(q);
			const end = periodEnd(q);
			indicators.forEach((code, i) => {
				const percent = i % 3 === 0;
				let total = 0;
				for (const w of wijken) {
					const value = percent ? Math.round(20 + 60 * random.next()) : Math.round(2 + 300 * random.next());
					total += value;
					measurement.run(g, id, code, w, period, start, end, value, percent ? 200 : null);
					count++;
				}
				measurement.run(g, id, code, g, period, start, end, percent ? Math.round(total / wijken.length) : total, percent ? 200 * wijken.length : null);
				count++;
			});
		}
	})();
	db.close();
	return count;
}
