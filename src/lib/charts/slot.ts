// The slot a server drawing travels as in a page's load data (server/publish/chart-slots.ts fills it into
// the HTML). Shared with the browser, which must know a slot from a drawing.

/** How every slot starts: an HTML comment, which renders as nothing where it is not filled. */
export const SLOT_START = '<!--chart:';

/** Whether `svg` is a slot rather than a drawing. */
export function isChartSlot(svg: string | null): boolean {
	return svg?.startsWith(SLOT_START) ?? false;
}
