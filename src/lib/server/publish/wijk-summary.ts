// The wijk at a glance as the page renders it: domain/wijk-summary's tiles with a sparkline drawn on the
// server, cached per publication like the figures they come from.
import { sparkPlot } from '../../charts/sparkline';
import type { Figure } from '../../domain/figure';
import { buildWijkSummary, type SummaryTile, type WijkSummary } from '../../domain/wijk-summary';
import type { Scope } from '../db/scope';
import { renderToString } from './render';
import { VersionedCache } from './versioned-cache';

export const SPARK_WIDTH = 120;
export const SPARK_HEIGHT = 28;

export type SummaryTileView = Omit<SummaryTile, 'trend'> & { spark: string | null };
export interface WijkSummaryView extends Omit<WijkSummary, 'themes' | 'largestChanges' | 'newContext'> {
	themes: { code: string; name: string; tiles: SummaryTileView[] }[];
	/** Codes of the tiles in `themes`, so each tile is sent once. */
	largestChanges: string[];
	newContext: string[];
}

const cache = new VersionedCache<WijkSummaryView>(32);

/**
 * The summary of `figures` (one wijk, all periods, as one audience sees them) for publication `version`;
 * `key` names the figures (audience, wijk) so readers who see the same share the drawing. `since`: when the
 * publication before `version` appeared (what is newer is "new"), null for a first publication.
 */
export function cachedWijkSummary(scope: Scope, version: number, key: string, figures: Figure[], themes: { code: string; name: string }[], since: string | null): Promise<WijkSummaryView> {
	return cache.get(scope, version, key, async () => toView(buildWijkSummary(figures, themes, since), figures[0]?.area.name ?? ''));
}

/** Draws each tile's sparkline and sends the highlights as references to the tiles. */
export function toView(summary: WijkSummary, areaName: string): WijkSummaryView {
	const drawn = (tile: SummaryTile): SummaryTileView => {
		const { trend, ...rest } = tile;
		const points = trend.map((p) => ({ period: p.period, area: areaName, role: 'wijk' as const, value: p.value }));
		const spark =
			points.filter((p) => p.value !== null).length > 1
				? renderToString((document) => sparkPlot(points, { width: SPARK_WIDTH, height: SPARK_HEIGHT, unit: tile.unit, label: null, document }))
				: null;
		return { ...rest, spark };
	};
	return {
		since: summary.since,
		themes: summary.themes.map((theme) => ({ ...theme, tiles: theme.tiles.map(drawn) })),
		largestChanges: summary.largestChanges.map((t) => t.code),
		newContext: summary.newContext.map((t) => t.code)
	};
}
