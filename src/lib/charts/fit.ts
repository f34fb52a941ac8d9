// Charts are drawn for the width they are shown at, with text that stays readable: 12 px in the drawing,
// so that a drawing shown at up to 8% narrower than drawn still has text of at least 11 CSS px.

/** Font size of every chart's text, in px of the drawing. */
export const CHART_FONT_SIZE = 12;

/** Plot's `style` option for every chart with text. */
export const CHART_STYLE = { fontSize: `${CHART_FONT_SIZE}px` } as const;

/** The width of the narrow drawing the server sends beside its wide one, for phones (390 px and less). */
export const NARROW_WIDTH = 320;

/** Rough width of one character at CHART_FONT_SIZE (bold a little wider), to leave room for end labels. */
export const CHAR_WIDTH = 7.4;

/** The smallest readable text, in CSS px: the wide drawing is swapped for the narrow one below the width where its text would be smaller. */
export const MIN_TEXT_PX = 11;

/** The container width below which a drawing `wide` px wide would show text under MIN_TEXT_PX. */
export function narrowBelow(wide: number): number {
	return Math.ceil((wide * MIN_TEXT_PX) / CHART_FONT_SIZE);
}

/** The wide widths the server draws fitted charts at: app.css has a container rule for each (narrowBelow). */
export const FITTED_WIDTHS = [640, 480];
