// Story text is written by people, read by everyone: a small Markdown subset, rendered so that nothing but
// that subset can ever reach a page. Two locks, either one enough on its own:
//  1. markdown-it from the empty ('zero') preset with raw HTML off and only the subset's rules on; a link
//     target must pass validateLink (http, https, mailto) or the link stays text;
//  2. its output goes through sanitize-html with an allow-list (p, em, strong, ul, ol, li, br, a[href]) and
//     the same three schemes, and every link gets rel="nofollow noopener noreferrer" and no target.
//
// The subset: paragraphs, *emphasis* / _emphasis_, **strong** / __strong__, bullet (-, *, +) and numbered
// lists, line breaks (every newline inside a paragraph is a <br>), backslash escapes, entities, and
// [text](https://…) links. Everything else is not Markdown here and is shown as the text that was typed:
// headings (# Kop), quotes (> …), code (``` or `x`), tables, rules (---), autolinks (<https://…>) and
// reference links keep their characters as plain paragraph text. The one exception is an image,
// ![alt](url): it is never an <img>; only its alt text is shown (the url is dropped).
import MarkdownIt, { type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const SCHEMES = ['http', 'https', 'mailto'];
const REL = 'nofollow noopener noreferrer';

/**
 * True for a link target the subset allows: an absolute http(s) url with a host, or mailto:. Protocol-relative
 * (//host), relative and every other scheme are refused. markdown-it hands the target over with entities and
 * backslash escapes already decoded and percent-encoded, so `jav&#x61;script:` arrives as `javascript:`.
 */
export function isAllowedLink(url: string): boolean {
	// Control characters and whitespace never belong in a target (browsers strip some of them inside schemes).
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return false;
	return /^https?:\/\/[^/\\?#@]/i.test(url) || /^mailto:[^/\\]/i.test(url);
}

function createParser() {
	const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false, breaks: true });
	md.enable(['list']);
	md.enable(['emphasis', 'newline', 'escape', 'entity', 'link', 'image']);
	md.validateLink = isAllowedLink;
	// An image shows its alt text only (escaped by renderInlineAsText's caller below).
	md.renderer.rules.image = (tokens, idx, options, env, self) =>
		md.utils.escapeHtml(self.renderInlineAsText(tokens[idx]!.children ?? [], options, env));
	// Links lose any title and get the rel; no target, so they open in the same tab.
	md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
		const token = tokens[idx]!;
		const href = token.attrGet('href') ?? '';
		token.attrs = [
			['href', href],
			['rel', REL]
		];
		return self.renderToken(tokens, idx, options);
	};
	return md;
}

const md = createParser();

const SANITIZE: sanitizeHtml.IOptions = {
	allowedTags: ['p', 'em', 'strong', 'ul', 'ol', 'li', 'a', 'br'],
	allowedAttributes: { a: ['href', 'rel'] },
	allowedSchemes: SCHEMES,
	allowedSchemesByTag: {},
	allowedSchemesAppliedToAttributes: ['href'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	// A link whose href did not survive is no link: keep its text only.
	exclusiveFilter: (frame) => frame.tag === 'a' && !isAllowedLink(frame.attribs.href ?? ''),
	transformTags: {
		a: (tagName, attribs) => ({ tagName, attribs: { ...(attribs.href !== undefined ? { href: attribs.href } : {}), rel: REL } })
	}
};

/**
 * Story text to HTML: paragraphs, emphasis (*, **), bullet and numbered lists, line breaks, and links (http,
 * https, mailto only; shown with rel="nofollow noopener noreferrer" and target stays the same tab). Raw HTML
 * is off in markdown-it and the output is passed through sanitize-html with a strict allow-list (p, em,
 * strong, ul, ol, li, a[href], br), so nothing else can ever reach a page.
 */
export function renderStoryMarkdown(text: string): string {
	return sanitizeStoryHtml(md.render(text ?? '')).trim();
}

/** The second lock on its own: any HTML reduced to the story allow-list (exported for its tests). */
export function sanitizeStoryHtml(html: string): string {
	return sanitizeHtml(html, SANITIZE);
}

/** Appends the plain text of one inline token's children to `lines`: a line break starts a new line, a link's target follows its text, an image gives its alt text. */
function inlineText(children: Token[], lines: string[][]): void {
	let current: string[] = [];
	lines.push(current);
	let linkHref: string | null = null;
	let linkText = '';
	for (const child of children) {
		switch (child.type) {
			case 'text':
				current.push(child.content);
				if (linkHref !== null) linkText += child.content;
				break;
			case 'image': {
				const alt: string[][] = [];
				inlineText(child.children ?? [], alt);
				current.push(alt.map((l) => l.join('')).join(' '));
				break;
			}
			case 'softbreak':
			case 'hardbreak':
				current = [];
				lines.push(current);
				break;
			case 'link_open':
				linkHref = String(child.attrGet('href') ?? '');
				linkText = '';
				break;
			case 'link_close': {
				// What a reader can reach is part of the text (the privacy check must see a hidden address).
				const target = md.normalizeLinkText(linkHref ?? '').replace(/^mailto:/i, '');
				if (target && target !== linkText.trim()) current.push(` (${target})`);
				linkHref = null;
				break;
			}
		}
	}
}

/** The story as lines of plain text: every block and every line break inside one starts a new line. */
function plainLines(text: string): string[] {
	const lines: string[][] = [];
	for (const token of md.parse(text ?? '', {})) {
		if (token.type === 'inline') inlineText(token.children ?? [], lines);
	}
	return lines.map((parts) => collapse(parts.join(''))).filter((l) => l !== '');
}

function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The plain text of a story (for search, first lines, and the privacy check): Markdown syntax stripped, whitespace collapsed. */
export function storyPlainText(text: string): string {
	return plainLines(text).join(' ');
}

/**
 * The first sentence or line, at most `max` characters, for cards. A sentence ends at . ! ? or … followed by a
 * space and a capital or digit (so "o.a. de buurt" does not end it); a longer one is cut at a word and gets "…".
 */
export function firstLine(text: string, max = 160): string {
	const line = plainLines(text)[0] ?? '';
	const sentence = /^(.+?[.!?…])\s+(?=[\p{Lu}\p{N}])/u.exec(line)?.[1] ?? line;
	if (sentence.length <= max) return sentence;
	if (max <= 1) return '…'.slice(0, Math.max(max, 0));
	const cut = sentence.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/u, '')}…`;
}
