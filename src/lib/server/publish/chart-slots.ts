// Server drawings travel once. A page's load data is sent twice: rendered into the HTML, and serialised
// for hydration. A chart's SVG in the data would so be sent twice too (half of the wijk page's bytes). The
// load returns a slot in its place, and the HTML gets the drawing when the page is rendered (hooks.server.ts).
// Hydration keeps the HTML's drawing; a page reached by client-side navigation gets only the slot, and the
// browser draws the chart itself (FigureCard).
import { SLOT_START } from '../../charts/slot';

/**
 * Keeps `svg` for this request's page and returns the slot that stands in for it in the load data. A slot
 * carries a random token made for this request: text in the page (a name in a chart's label, say) cannot
 * know it, so only the load's own slots are ever filled, and slots of two pages never look the same.
 */
export function toSlot(locals: App.Locals, svg: string): string {
	locals.charts ??= { token: crypto.randomUUID().replaceAll('-', ''), drawings: [] };
	locals.charts.drawings.push(svg);
	return `${SLOT_START}${locals.charts.token}:${locals.charts.drawings.length - 1}-->`;
}

/** The page's HTML with every slot of this request filled with its drawing. */
export function fillSlots(html: string, charts: App.Locals['charts']): string {
	if (!charts?.drawings.length) return html;
	const slot = new RegExp(`${SLOT_START}${charts.token}:(\\d+)-->`, 'g');
	return html.replace(slot, (found, index: string) => charts.drawings[Number(index)] ?? found);
}
