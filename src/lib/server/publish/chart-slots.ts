// Server drawings travel once. A page's load data is sent twice: rendered into the HTML, and serialised
// for hydration. A chart's SVG in the data would so be sent twice too (half of the wijk page's bytes). The
// load returns a slot in its place, and the HTML gets the drawing when the page is rendered (hooks.server.ts).
// Hydration keeps the HTML's drawing; a page reached by client-side navigation gets only the slot, and the
// browser draws the chart itself (FigureCard).

const SLOT = /<!--chart:(\d+)-->/g;

/** Keeps `svg` for this request's page and returns the slot that stands in for it in the load data. */
export function toSlot(locals: App.Locals, svg: string): string {
	locals.charts ??= [];
	locals.charts.push(svg);
	return `<!--chart:${locals.charts.length - 1}-->`;
}

/**
 * The page's HTML with every slot filled with its drawing. Users' text never contains a slot: the HTML
 * escapes its `<`, and the serialised data writes `<` as \u003C.
 */
export function fillSlots(html: string, charts: string[] | undefined): string {
	return charts?.length ? html.replace(SLOT, (slot, index: string) => charts[Number(index)] ?? slot) : html;
}
