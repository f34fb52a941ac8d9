// The comparison's numbers as a spreadsheet: what the compared chart and its table show, row by row.
import type { CsvCell } from './csv';
import type { FigureCell } from './figure';
import { isSurvey } from './margin';

/** One row per period and area: the value as compared, or why it is not shown. Pure. */
export function toCompareTable(chart: {
	indicator: { code: string; unit: string; minN: number; source: string; kind: string };
	areas: { code: string; name: string }[];
	rows: { period: string; cells: (FigureCell | null)[] }[];
}): CsvCell[][] {
	const { indicator } = chart;
	const survey = isSurvey(indicator);
	const header: CsvCell[] = ['indicator', 'gebiedscode', 'gebied', 'periode', 'waarde', 'eenheid', ...(survey ? ['n'] : []), 'opmerking'];
	const body = chart.rows.flatMap((row) =>
		chart.areas.flatMap((area, i) => {
			const cell = row.cells[i];
			if (!cell) return [];
			const remark = cell.suppressed
				? cell.protectsOther
					? 'niet getoond om een kleine groep elders te beschermen'
					: `niet getoond: minder dan ${indicator.minN}`
				: cell.value === null
					? `ontbreekt: ${cell.missingReason ?? ''}`
					: '';
			return [[indicator.code, area.code, area.name, row.period, cell.value, indicator.unit, ...(survey ? [cell.n ?? null] : []), remark]];
		})
	);
	return [header, ...body];
}
