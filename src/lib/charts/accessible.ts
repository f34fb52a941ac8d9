// Every chart is one graphic with a name and a description (role="img"). Plot labels inner groups with
// aria-label, which is not allowed on elements without a role, so those labels are removed.

/** Marks a Plot chart as a single image for assistive technology; returns it. */
export function asImage<T extends Element>(chart: T): T {
	chart.setAttribute('role', 'img');
	for (const group of chart.querySelectorAll('g[aria-label]')) group.removeAttribute('aria-label');
	return chart;
}
