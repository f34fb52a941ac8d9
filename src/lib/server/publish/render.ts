// Server-side drawing: chart builders get a linkedom document and we keep the serialised SVG.
import { parseHTML } from 'linkedom';

/** Runs a chart builder against a fresh server-side DOM and returns its markup. */
export function renderToString(build: (document: Document) => Element): string {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	return build(document as unknown as Document).outerHTML;
}
