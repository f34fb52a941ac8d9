// The wijk at a glance: per theme a compact tile per figure (latest value, the gemeente beside it, the change
// on a year earlier and whether that is favourable), and what stands out. Built from the figures the wijk
// page already has, so the summary and the cards below never disagree.
import { isGeduid } from './duiding/geduid';
import type { Figure, FigureCell } from './figure';
import { compareSurvey, isSurvey } from './margin';
import { requirePeriod, toPeriodCode } from './periods';
import type { Direction } from './vocabulary';

/** How a change reads against the indicator's direction: said in words on the tile, never by colour alone. */
export type ChangeReading = 'gunstig' | 'ongunstig' | 'gelijk' | 'geen oordeel' | 'geen duidelijk verschil';

export interface SummaryTile {
	code: string;
	name: string;
	unit: string;
	minN: number;
	direction: Direction;
	/** The id of the figure's card further down the page (FigureCard's heading id). */
	anchor: string;
	period: string | null;
	cell: FigureCell | null;
	/** The gemeente's cell in the same period, on the wijk's scale for counts (see domain/comparison). */
	city: FigureCell | null;
	/** True when `city` is a count scaled to the wijk's inhabitants. */
	cityScaled: boolean;
	/** Latest minus `comparedTo`, in the figure's unit (percentage points for a percentage); null when not both known. */
	change: number | null;
	/** The change relative to the earlier value (0.12 = 12%); null when that is zero or unknown. */
	relativeChange: number | null;
	comparedTo: string | null;
	reading: ChangeReading | null;
	/** The wijk's values, oldest first, for the sparkline; null is a gap. */
	trend: { period: string; value: number | null }[];
	notes: number;
	stories: number;
	/** False when no readable note covers the latest period ("nog niet geduid"). */
	geduid: boolean;
	/** Notes published and stories added after `since` (see buildWijkSummary). */
	newNotes: number;
	newStories: number;
}

export interface SummaryTheme {
	code: string;
	name: string;
	tiles: SummaryTile[];
}

export interface WijkSummary {
	themes: SummaryTheme[];
	/** The largest changes on a year earlier, by size relative to the earlier value, largest first. */
	largestChanges: SummaryTile[];
	/** Figures with notes or stories that are new since `since`. */
	newContext: SummaryTile[];
	/** The moment "new" counts from (the previous publication); null when there was none, so nothing is called new. */
	since: string | null;
}

/** The same period one year earlier: 2025-Q3 → 2024-Q3, 2025 → 2024. */
export function yearEarlier(code: string): string {
	const p = requirePeriod(code);
	return toPeriodCode({ ...p, year: p.year - 1 });
}

/**
 * Whether a change is favourable given the indicator's direction ('hoger' means higher is better). A survey
 * change within its 95% margins says 'geen duidelijk verschil'; a neutral indicator gets 'geen oordeel'.
 */
export function readChange(change: number, direction: Direction, withinMargin = false): ChangeReading {
	if (withinMargin) return 'geen duidelijk verschil';
	if (change === 0) return 'gelijk';
	if (direction === 'neutraal') return 'geen oordeel';
	return (change > 0) === (direction === 'hoger') ? 'gunstig' : 'ongunstig';
}

/** One figure's tile; `since` as in buildWijkSummary. */
export function buildTile(figure: Figure, since: string | null): SummaryTile {
	const { indicator } = figure;
	const rows = figure.rows;
	const latestPeriod = figure.latest?.period ?? null;
	const at = (period: string | null) => (period ? rows.find((r) => r.period === period) : undefined);
	// A year earlier where the wijk has a value (quarters have a summer dip), else the period before.
	const wijkPeriods = rows.filter((r) => r.area?.value != null).map((r) => r.period);
	const yearBefore = latestPeriod ? yearEarlier(latestPeriod) : null;
	const comparedTo = latestPeriod
		? yearBefore && wijkPeriods.includes(yearBefore)
			? yearBefore
			: (wijkPeriods.filter((p) => p !== latestPeriod).at(-1) ?? null)
		: null;
	const latestCell = figure.latest?.cell ?? null;
	const earlierCell = at(comparedTo)?.area ?? null;
	const change = latestCell?.value != null && earlierCell?.value != null ? round(latestCell.value - earlierCell.value) : null;
	const withinMargin = latestCell && earlierCell && isSurvey(indicator) ? compareSurvey(latestCell, earlierCell, indicator.unit) === 'geen duidelijk verschil' : false;
	const { notes, stories } = figure;
	const isNew = (at: string | null | undefined) => since !== null && !!at && at > since;
	return {
		code: indicator.code,
		name: indicator.name,
		unit: indicator.unit,
		minN: indicator.minN,
		direction: indicator.direction,
		anchor: `fig-${indicator.code}-${figure.area.code}`,
		period: latestPeriod,
		cell: latestCell,
		city: at(latestPeriod)?.city ?? null,
		cityScaled: figure.cityScale !== 1,
		change,
		relativeChange: change !== null && earlierCell?.value ? change / Math.abs(earlierCell.value) : null,
		comparedTo: change === null ? null : comparedTo,
		reading: change === null ? null : readChange(change, indicator.direction, withinMargin),
		trend: rows.map((r) => ({ period: r.period, value: r.area?.suppressed ? null : (r.area?.value ?? null) })),
		notes: notes.length,
		stories: stories.length,
		geduid: isGeduid(latestPeriod, notes),
		newNotes: notes.filter((n) => isNew(n.publishedAt)).length,
		newStories: stories.filter((s) => isNew(s.createdAt)).length
	};
}

/**
 * The summary of one wijk's figures, grouped by theme in the themes' order. `since` is when the previous
 * publication appeared: a note published, or a story added, after it is "new"; null (a first publication)
 * calls nothing new. `top` caps the largest changes; a survey change within its margins is never among them.
 */
export function buildWijkSummary(figures: Figure[], themes: { code: string; name: string }[], since: string | null, top = 5): WijkSummary {
	const tiles = figures.map((figure) => ({ themeCode: figure.indicator.themeCode, tile: buildTile(figure, since) }));
	const grouped = themes
		.map((theme) => ({ code: theme.code, name: theme.name, tiles: tiles.filter((t) => t.themeCode === theme.code).map((t) => t.tile) }))
		.filter((theme) => theme.tiles.length > 0);
	const all = grouped.flatMap((theme) => theme.tiles);
	const largestChanges = all
		.filter((t) => t.relativeChange !== null && t.relativeChange !== 0 && t.reading !== 'geen duidelijk verschil')
		.sort((a, b) => Math.abs(b.relativeChange!) - Math.abs(a.relativeChange!) || a.code.localeCompare(b.code))
		.slice(0, top);
	return { themes: grouped, largestChanges, newContext: all.filter((t) => t.newNotes + t.newStories > 0), since };
}

/** Rounds away floating-point noise (0.1 + 0.2) without hiding a real small change. */
function round(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}
