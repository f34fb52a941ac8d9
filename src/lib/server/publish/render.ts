// Server-side drawing: chart builders get a linkedom document and we keep the serialised SVG.
import { parseHTML } from 'linkedom';
import { NARROW_WIDTH, narrowBelow } from '../../charts/fit';

/**
 * Coordinates with four or more decimals (Plot writes them at full precision) are rounded to two: a
 * hundredth of a pixel is invisible and the page is sent twice as long otherwise. Numbers people read are
 * Dutch ("1.000", "12,5") and never match.
 */
const LONG_DECIMAL = /\d+\.\d{4,}/g;

/** Runs a chart builder against a fresh server-side DOM and returns its markup. */
export function renderToString(build: (document: Document) => Element): string {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	return build(document as unknown as Document).outerHTML.replace(LONG_DECIMAL, (n) => String(Math.round(Number(n) * 100) / 100));
}

/**
 * A chart drawn twice, `wide` px and NARROW_WIDTH px wide, in a container that shows the one whose text
 * stays at least 11 CSS px (app.css, by container width): phones get a drawing made for them, with or
 * without JavaScript, and print keeps the wide one.
 */
export function renderFitted(build: (document: Document, width: number) => Element, wide: number): string {
	const below = narrowBelow(wide);
	return (
		`<div class="fit" data-narrow-below="${below}">` +
		`<div class="fit-wide">${renderToString((document) => build(document, wide))}</div>` +
		`<div class="fit-narrow">${renderToString((document) => build(document, NARROW_WIDTH))}</div>` +
		`</div>`
	);
}
