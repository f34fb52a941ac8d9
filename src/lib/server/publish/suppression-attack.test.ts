// The attacker test for small-cell protection: take exactly what an anonymous reader can download (the
// public Arrow snapshot, which pages, __data.json and CSV exports are cut from), and work out for every
// hidden cell the interval it must lie in from the city total and the published wijken, as someone who knows
// the rule and even which hidden cells are the small ones would. No interval may hold fewer than minN values.
// The interval reasoning here is written independently of domain/suppression.ts on purpose.
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../../../scripts/demo/load';
import { seedDemo } from '../../../../scripts/demo/seed';
import { basisOf, hiddenCells, isSmallCell } from '../../domain/suppression';
import type { Db } from '../db/client';
import * as indicators from '../db/indicators';
import { memoryDb } from '../db/test-fixtures';
import { buildSnapshot } from './snapshot';

interface PublishedCell {
	indicator: string;
	area: string;
	period: string;
	value: number | null;
	n: number | null;
	suppressed: boolean;
}

interface Finding {
	hidden: number;
	narrowest: number;
	/** indicator|period|area of the narrowest interval, for the report. */
	where: string;
}

/** Tightest intervals for parts in [lo, hi] that add up to `sum`, by repeated bound propagation. */
function attackerIntervals(sum: number, bounds: [number, number][]): [number, number][] {
	const b = bounds.map(([lo, hi]) => [lo, hi] as [number, number]);
	for (let changed = true; changed; ) {
		changed = false;
		for (let i = 0; i < b.length; i++) {
			let othersLo = 0;
			let othersHi = 0;
			b.forEach(([lo, hi], j) => {
				if (j === i) return;
				othersLo += lo;
				othersHi += hi;
			});
			const lo = Math.max(b[i]![0], sum - othersHi);
			const hi = Math.min(b[i]![1], sum - othersLo);
			if (lo !== b[i]![0] || hi !== b[i]![1]) {
				b[i] = [lo, hi];
				changed = true;
			}
		}
	}
	return b;
}

/**
 * Attacks every indicator × period group of `published`. `truth` (what only intern sees) tells the attacker
 * which hidden cells are small, the strongest assumption; it also checks the true value lies in its interval.
 */
function attack(published: PublishedCell[], truth: Map<string, PublishedCell>, rules: Map<string, { unit: string; minN: number }>, city: string): Finding {
	const groups = new Map<string, PublishedCell[]>();
	for (const cell of published) {
		const key = `${cell.indicator}|${cell.period}`;
		groups.set(key, [...(groups.get(key) ?? []), cell]);
	}
	const finding: Finding = { hidden: 0, narrowest: Infinity, where: '' };
	for (const cells of groups.values()) {
		const rule = rules.get(cells[0]!.indicator)!;
		const basis = (c: PublishedCell) => basisOf({ value: c.value, n: c.n, unit: rule.unit });
		const parts = cells.filter((c) => c.area !== city && (c.suppressed || c.value !== null));
		const hidden = parts.filter((c) => c.suppressed);
		finding.hidden += hidden.length + cells.filter((c) => c.area === city && c.suppressed).length;
		if (hidden.length === 0) continue;
		const total = cells.find((c) => c.area === city && !c.suppressed && c.value !== null);
		const key = (c: PublishedCell) => `${c.indicator}|${c.period}|${c.area}`;
		const small = (c: PublishedCell) => {
			const t = truth.get(key(c))!;
			return isSmallCell({ value: t.value, n: t.n, unit: rule.unit }, rule.minN);
		};
		const start = hidden.map((c): [number, number] => (small(c) ? [0, rule.minN - 1] : [rule.minN, Infinity]));
		// A published part without a known basis is one more unknown in the sum, somewhere in [0, ∞).
		const unknown = parts.filter((c) => !c.suppressed && basis(c) === null).map((): [number, number] => [0, Infinity]);
		const knownSum = parts.filter((c) => !c.suppressed && basis(c) !== null).reduce((s, c) => s + basis(c)!, 0);
		const intervals = total && basis(total) !== null ? attackerIntervals(basis(total)! - knownSum, [...start, ...unknown]).slice(0, start.length) : start;
		intervals.forEach(([lo, hi], i) => {
			const cell = hidden[i]!;
			const t = truth.get(key(cell))!;
			const actual = basisOf({ value: t.value, n: t.n, unit: rule.unit })!;
			expect(actual, `${key(cell)} lies in its interval`).toBeGreaterThanOrEqual(lo);
			expect(actual, `${key(cell)} lies in its interval`).toBeLessThanOrEqual(hi);
			const width = Number.isFinite(hi) ? Math.floor(hi) - Math.ceil(lo) + 1 : Infinity;
			if (width < finding.narrowest) Object.assign(finding, { narrowest: width, where: key(cell) });
			expect(width, `${key(cell)}: an attacker narrows it to [${lo}, ${hi}]`).toBeGreaterThanOrEqual(rule.minN);
		});
	}
	return finding;
}

function fromSnapshot(bytes: Uint8Array): PublishedCell[] {
	return tableFromIPC(bytes)
		.toArray()
		.map((r) => {
			const row = r.toJSON() as Record<string, unknown>;
			return { indicator: String(row.indicator_code), area: String(row.area_code), period: String(row.period), value: row.value as number | null, n: row.n as number | null, suppressed: Boolean(row.suppressed) };
		});
}

describe('small-cell protection against an attacker', () => {
	let db: Db;
	beforeAll(async () => {
		db = await memoryDb();
		await seedDemo(db, loadDemo());
	});
	afterAll(async () => db.destroy());

	it('holds on the demo: what anyone can download narrows no hidden cell below minN values', async () => {
		const scope = { db, gemeente: 'GM0546' };
		const published = fromSnapshot((await buildSnapshot(scope, 'openbaar')).bytes);
		const truth = new Map(fromSnapshot((await buildSnapshot(scope, 'intern')).bytes).map((c) => [`${c.indicator}|${c.period}|${c.area}`, c]));
		const rules = new Map((await indicators.list(scope)).map((i) => [i.code, { unit: i.unit, minN: i.minN }]));
		const finding = attack(published, truth, rules, 'GM0546');
		expect(finding.hidden).toBeGreaterThan(50);
		console.log(`demo: ${finding.hidden} hidden cells; narrowest interval an attacker gets: ${finding.narrowest} values (${finding.where})`);
	});

	it('holds on a generated gemeente with many small cells', () => {
		// A seeded generator: 30 wijken, counts and surveys where one cell in twenty, or in three, is small.
		let seed = 20261130;
		const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
		const rules = new Map([
			['TELLING', { unit: 'aantal', minN: 5 }],
			['KLEIN', { unit: 'aantal', minN: 10 }],
			['ENQUETE', { unit: 'procent', minN: 20 }]
		]);
		const rows: (PublishedCell & { indicatorCode: string; areaCode: string })[] = [];
		for (let q = 0; q < 40; q++) {
			const period = `${2016 + Math.floor(q / 4)}-Q${(q % 4) + 1}`;
			for (const [indicator, rule] of rules) {
				const parts = Array.from({ length: 30 }, (_, w) => {
					const small = random() < (q % 2 ? 0.05 : 0.3);
					const basis = small ? Math.floor(random() * rule.minN) : rule.minN + Math.floor(random() * 40);
					const value = rule.unit === 'aantal' ? basis : Math.round(random() * 100);
					// Some survey wijken publish a value without its n: one more unknown in the city's n.
					const nShown = rule.unit !== 'aantal' && (small || random() > 0.05);
					return { indicator, area: `WK0000${String(w).padStart(2, '0')}`, period, value, n: nShown ? basis : null, basis, suppressed: false };
				});
				const totalBasis = parts.reduce((s, p) => s + p.basis, 0);
				const total = { indicator, area: 'GM0000', period, value: rule.unit === 'aantal' ? totalBasis : 50, n: rule.unit === 'aantal' ? null : totalBasis, suppressed: false };
				for (const { basis: _basis, ...cell } of [{ ...total, basis: 0 }, ...parts]) rows.push({ ...cell, indicatorCode: cell.indicator, areaCode: cell.area });
			}
		}
		const hidden = hiddenCells(rows, rules, 'GM0000');
		const truth = new Map(rows.map((c) => [`${c.indicator}|${c.period}|${c.area}`, c]));
		const published = rows.map((c) => (hidden.has(c) ? { ...c, value: null, n: null, suppressed: true } : c));
		const finding = attack(published, truth, rules, 'GM0000');
		expect(finding.hidden).toBeGreaterThan(500);
		console.log(`generated: ${finding.hidden} hidden cells of ${rows.length}; narrowest interval an attacker gets: ${finding.narrowest} values (${finding.where})`);
	});
});
