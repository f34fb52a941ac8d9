// The comparison: for each chosen indicator, the chosen areas as lines over the chosen period range,
// with a table of the same numbers.
import { comparePlot } from '../../charts/compare';
import type { CompareSelection } from '../../domain/compare-selection';
import type { FigureCell } from '../../domain/figure';
import { comparePeriods, periodEnd, periodStart, requirePeriod, toPeriodCode } from '../../domain/periods';
import type { Viewer } from '../../domain/roles';
import type { Area } from '../db/areas';
import type { IndicatorWithDefinition } from '../db/indicators';
import type { Scope } from '../db/scope';
import { listVisible } from './figures';
import { renderToString } from './render';

export interface CompareChart {
	indicator: { code: string; name: string; unit: string; minN: number; definition: string };
	areas: { code: string; name: string }[];
	rows: { period: string; cells: (FigureCell | null)[] }[];
	svg: string;
}

/** Builds one chart per indicator for the selected areas and period range. */
export async function compareView(
	scope: Scope,
	viewer: Viewer,
	selection: CompareSelection,
	catalogue: IndicatorWithDefinition[],
	areas: Area[]
): Promise<CompareChart[]> {
	const chosen = areas.filter((a) => selection.wijken.includes(a.code) || (selection.city && a.level === 'gemeente'));
	chosen.sort((a, b) => (a.level === 'gemeente' ? 1 : b.level === 'gemeente' ? -1 : selection.wijken.indexOf(a.code) - selection.wijken.indexOf(b.code)));
	const wijkCount = areas.filter((a) => a.level === 'wijk').length;
	const measured = await listVisible(scope, viewer.audience, { indicatorCodes: selection.indicators, areaCodes: chosen.map((a) => a.code) });
	const from = selection.from ? periodStart(requirePeriod(selection.from)) : null;
	const to = selection.to ? periodEnd(requirePeriod(selection.to)) : null;
	const inRange = (period: string) => {
		const p = requirePeriod(period);
		return (!from || periodStart(p) >= from) && (!to || periodEnd(p) <= to);
	};
	return selection.indicators.flatMap((code) => {
		const indicator = catalogue.find((i) => i.code === code);
		if (!indicator) return [];
		const own = measured.filter((m) => m.indicatorCode === code && inRange(m.period));
		const periods = [...new Set(own.map((m) => m.period))].map(requirePeriod).sort(comparePeriods).map(toPeriodCode);
		// Among wijken a city-wide count would dwarf every line: the city then stands in as its average wijk.
		const averageCity = indicator.unit === 'aantal' && wijkCount > 0;
		const names = chosen.map((a) => (a.level === 'gemeente' && averageCity ? `${a.name} (gemiddelde wijk)` : a.name));
		const rows = periods.map((period) => ({
			period,
			cells: chosen.map((a) => {
				const m = own.find((x) => x.areaCode === a.code && x.period === period);
				if (!m) return null;
				const value = a.level === 'gemeente' && averageCity && m.value !== null ? Math.round((m.value / wijkCount) * 10) / 10 : m.value;
				return { value, suppressed: m.suppressed, missingReason: m.missingReason };
			})
		}));
		const points = rows.flatMap((r) => chosen.map((a, i) => ({ period: r.period, area: names[i]!, role: a.level === 'gemeente' ? ('stad' as const) : ('wijk' as const), value: r.cells[i]?.value ?? null })));
		const svg = renderToString((document) =>
			comparePlot(points, { areas: names, width: 720, unit: indicator.unit, label: `${indicator.name}: ${names.join(', ')}`, document })
		);
		return [
			{
				indicator: { code, name: indicator.name, unit: indicator.unit, minN: indicator.minN, definition: indicator.definition },
				areas: chosen.map((a, i) => ({ code: a.code, name: names[i]! })),
				rows,
				svg
			}
		];
	});
}
