/** The comparison's chart data for one indicator, from visible cells: the same on the server and in DuckDB's answers. */
import type { FigureCell, SeriesCell } from '../domain/figure';
import { comparePeriods, requirePeriod, toPeriodCode } from '../domain/periods';
import type { TrendPoint } from './trend';

export interface CompareArea {
	code: string;
	name: string;
	/** The gemeente as a whole. */
	isCity: boolean;
}

export interface CompareIndicator {
	code: string;
	name: string;
	unit: string;
	minN: number;
	definition: string;
	/** Source and kind tell a survey figure (with n and a margin) from a registration. */
	source: string;
	kind: string;
}

export interface CompareChartData {
	indicator: CompareIndicator;
	areas: { code: string; name: string }[];
	rows: { period: string; cells: (FigureCell | null)[] }[];
	points: TrendPoint[];
}

/**
 * Lines for `chosen` areas (in that order) of one indicator. Among wijken a city-wide count would dwarf
 * every line, so the city then stands in as its average wijk (its count divided by `wijkCount`).
 */
export function compareChart(indicator: CompareIndicator, cells: SeriesCell[], chosen: CompareArea[], wijkCount: number): CompareChartData {
	const averageCity = indicator.unit === 'aantal' && wijkCount > 0;
	const names = chosen.map((a) => (a.isCity && averageCity ? `${a.name} (gemiddelde wijk)` : a.name));
	const periods = [...new Set(cells.map((c) => c.period))].map(requirePeriod).sort(comparePeriods).map(toPeriodCode);
	const byKey = new Map(cells.map((c) => [`${c.areaCode}|${c.period}`, c]));
	const rows = periods.map((period) => ({
		period,
		cells: chosen.map((a) => {
			const c = byKey.get(`${a.code}|${period}`);
			if (!c) return null;
			const value = a.isCity && averageCity && c.value !== null ? Math.round((c.value / wijkCount) * 10) / 10 : c.value;
			return { value, n: c.n, suppressed: c.suppressed, protectsOther: c.protectsOther, missingReason: c.missingReason };
		})
	}));
	const points = rows.flatMap((r) => chosen.map((a, i) => ({ period: r.period, area: names[i]!, role: a.isCity ? ('stad' as const) : ('wijk' as const), value: r.cells[i]?.value ?? null })));
	return { indicator, areas: chosen.map((a, i) => ({ code: a.code, name: names[i]! })), rows, points };
}

/** The chosen areas in the order of the selection, the city last. */
export function chosenAreas(selection: { wijken: string[]; city: boolean }, areas: { code: string; name: string; level: string }[]): CompareArea[] {
	const wijken = selection.wijken.flatMap((code) => areas.filter((a) => a.code === code && a.level === 'wijk'));
	const city = selection.city ? areas.filter((a) => a.level === 'gemeente') : [];
	return [...wijken, ...city].map((a) => ({ code: a.code, name: a.name, isCity: a.level === 'gemeente' }));
}
