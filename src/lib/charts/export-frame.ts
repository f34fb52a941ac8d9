// A downloaded chart travels without the page around it: the frame puts the page's context (title, unit,
// period, source, and the demo notice) into the SVG itself, above and below the drawing.
import { periodRangeLabel } from '../components/labels';
import { comparePeriods, requirePeriod, toPeriodCode } from '../domain/periods';

export interface ExportFrame {
	/** What the chart shows, e.g. "Werkloosheid in Leiden-Noord". */
	title: string;
	/** The indicator's unit as in the catalogue ("procent", "aantal", "per 1.000 inwoners"). */
	unit: string;
	/** Period codes shown in the chart, in any order; the frame names the first and the last. */
	periods: string[];
	/** The indicator's source as the catalogue names it. */
	source: string;
	/** True on a demo site: every downloaded chart then says its figures are made up. */
	demo?: boolean;
}

export const DEMO_NOTICE = 'Demo: alle cijfers in deze grafiek zijn verzonnen.';

const TITLE_SIZE = 16;
const TEXT_SIZE = 12;
const MARGIN = 12;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

/** Characters that must be escaped in SVG text and attributes. */
function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Splits `text` into lines of at most about `max` characters at spaces (a word longer than `max` keeps its own line). */
export function wrapText(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** "K1 2024 t/m K3 2025" for the periods shown; "geen periode" when there are none. */
export function periodSpan(periods: string[]): string {
	if (periods.length === 0) return 'geen periode';
	const sorted = [...new Set(periods)].map(requirePeriod).sort(comparePeriods).map(toPeriodCode);
	return periodRangeLabel(sorted[0]!, sorted.at(-1)!);
}

/** The lines of text under the chart: unit and period, source, and the demo notice where so. */
export function footerLines(frame: ExportFrame): string[] {
	return [`Eenheid: ${frame.unit}. Periode: ${periodSpan(frame.periods)}.`, `Bron: ${frame.source || 'onbekend'}.`, ...(frame.demo ? [DEMO_NOTICE] : [])];
}

/**
 * Wraps a serialised chart SVG (`width` × `height` user units) in a larger SVG with the title above and
 * the unit, period, source and demo notice below. Returns the new SVG text and its size.
 */
export function framedSvg(chart: string, size: { width: number; height: number }, frame: ExportFrame): { svg: string; width: number; height: number } {
	if (!(size.width > 0) || !(size.height > 0)) throw new Error(`chart size must be positive: ${size.width} × ${size.height}`);
	const width = Math.max(size.width, 320);
	const titleLines = wrapText(frame.title, Math.floor((width - 2 * MARGIN) / (TITLE_SIZE * 0.62)));
	const footer = footerLines(frame).flatMap((line) => wrapText(line, Math.floor((width - 2 * MARGIN) / (TEXT_SIZE * 0.58))));
	const titleHeight = MARGIN + titleLines.length * TITLE_SIZE * 1.25;
	const top = titleHeight + MARGIN / 2;
	const footerTop = top + size.height + MARGIN;
	const height = Math.ceil(footerTop + footer.length * TEXT_SIZE * 1.4 + MARGIN / 2);
	const text = (lines: string[], y0: number, lineHeight: number, attrs: string) =>
		lines.map((line, i) => `<text x="${MARGIN}" y="${(y0 + (i + 1) * lineHeight).toFixed(1)}" ${attrs}>${escapeXml(line)}</text>`).join('');
	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
		`<title>${escapeXml(frame.title)}</title>`,
		`<rect width="100%" height="100%" fill="white"/>`,
		text(titleLines, MARGIN / 2, TITLE_SIZE * 1.25, `font-size="${TITLE_SIZE}" font-weight="700" fill="#1a1a1a"`),
		`<g transform="translate(0,${top.toFixed(1)})">${chart}</g>`,
		text(footer, footerTop - TEXT_SIZE * 0.4, TEXT_SIZE * 1.4, `font-size="${TEXT_SIZE}" fill="#333"`),
		`</svg>`
	].join('');
	return { svg, width, height };
}
