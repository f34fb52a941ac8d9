// Server-side drawing: chart builders get a linkedom document and we keep the serialised SVG.
import { parseHTML } from 'linkedom';
import { FITTED_WIDTHS, NARROW_WIDTH, narrowBelow } from '../../charts/fit';

/** Attributes that hold coordinates: Plot writes them at full precision. */
const COORDINATES = /\s(d|x|y|x1|x2|y1|y2|cx|cy|dx|dy|transform|points)="([^"]*)"/g;
const LONG_DECIMAL = /\d+\.\d{3,}/g;

/**
 * The chart's markup, made safe and small to put into a page: coordinates rounded to hundredths of a pixel
 * (invisible, and the page is sent twice as long otherwise), and `<` `>` escaped inside every attribute
 * (linkedom leaves them, so a name in a label could otherwise read as markup where the page is assembled).
 */
function tidy(markup: string): string {
	return markup
		.replace(/="([^"]*)"/g, (attribute, value: string) => (/[<>]/.test(value) ? `="${value.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}"` : attribute))
		.replace(COORDINATES, (_, name: string, value: string) => ` ${name}="${value.replace(LONG_DECIMAL, (n) => String(Math.round(Number(n) * 100) / 100))}"`);
}

/** Runs a chart builder against a fresh server-side DOM and returns its markup. */
export function renderToString(build: (document: Document) => Element): string {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	return tidy(build(document as unknown as Document).outerHTML);
}

/**
 * A chart drawn twice, `wide` px and NARROW_WIDTH px wide, in a container that shows the one whose text
 * stays at least 11 CSS px (app.css, by container width): phones get a drawing made for them, with or
 * without JavaScript, and print keeps the wide one.
 */
export function renderFitted(build: (document: Document, width: number) => Element, wide: number): string {
	const below = narrowBelow(wide);
	if (!FITTED_WIDTHS.includes(wide)) throw new Error(`no container rule in app.css for a drawing ${wide} px wide (narrow below ${below} px)`);
	return (
		`<div class="fit" data-narrow-below="${below}">` +
		`<div class="fit-wide">${renderToString((document) => build(document, wide))}</div>` +
		`<div class="fit-narrow">${renderToString((document) => build(document, NARROW_WIDTH))}</div>` +
		`</div>`
	);
}
