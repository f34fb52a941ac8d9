import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { firstLine, isAllowedLink, renderStoryMarkdown, sanitizeStoryHtml, storyPlainText } from './story-markdown';

const REL = 'nofollow noopener noreferrer';
const ALLOWED: Record<string, string[]> = { P: [], EM: [], STRONG: [], UL: [], OL: [], LI: [], BR: [], A: ['href', 'rel'] };

/** Every element of rendered output, parsed the way a browser would. */
function elements(html: string): Element[] {
	const { document } = parseHTML(`<!doctype html><html><body><div id="out">${html}</div></body></html>`);
	const root = document.getElementById('out')!;
	return [...root.querySelectorAll('*')];
}

/** Fails when the output holds anything outside the allow-list. */
function expectSafe(html: string) {
	expect(html).not.toMatch(/<\s*script/i);
	expect(html).not.toMatch(/<\s*(img|svg|iframe|style|object|embed|math|form|input|base|meta|link)\b/i);
	// No event handler inside any tag (the same words as escaped text in a paragraph are harmless).
	for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/\son\w+\s*=/i);
	for (const el of elements(html)) {
		expect(Object.keys(ALLOWED), `tag ${el.tagName}`).toContain(el.tagName);
		for (const attr of [...el.attributes]) {
			expect(ALLOWED[el.tagName], `${el.tagName}[${attr.name}]`).toContain(attr.name);
			expect(attr.name).not.toMatch(/^on/i);
		}
		if (el.tagName === 'A') {
			const href = el.getAttribute('href') ?? '';
			expect(href).toMatch(/^(https?:\/\/[^/]|mailto:)/i);
			expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
			expect(el.getAttribute('rel')).toBe(REL);
			expect(el.hasAttribute('target')).toBe(false);
		}
	}
}

describe('renderStoryMarkdown: the subset', () => {
	it('renders paragraphs, emphasis, line breaks and lists', () => {
		expect(renderStoryMarkdown('Eerste alinea met *nadruk* en **vet**.\nNieuwe regel.\n\nTweede alinea.')).toBe(
			'<p>Eerste alinea met <em>nadruk</em> en <strong>vet</strong>.<br />\nNieuwe regel.</p>\n<p>Tweede alinea.</p>'
		);
		expect(renderStoryMarkdown('- koffie\n- thee')).toBe('<ul>\n<li>koffie</li>\n<li>thee</li>\n</ul>');
		expect(renderStoryMarkdown('1. eerst\n2. dan')).toBe('<ol>\n<li>eerst</li>\n<li>dan</li>\n</ol>');
		expect(renderStoryMarkdown('_ook_ __zo__')).toBe('<p><em>ook</em> <strong>zo</strong></p>');
	});

	it('renders http, https and mailto links with rel and without title or target', () => {
		expect(renderStoryMarkdown('[Buurthuis](https://example.nl/buurthuis "De titel")')).toBe(
			`<p><a href="https://example.nl/buurthuis" rel="${REL}">Buurthuis</a></p>`
		);
		expect(renderStoryMarkdown('[site](http://example.nl)')).toContain('href="http://example.nl"');
		expect(renderStoryMarkdown('[mail ons](mailto:info@example.nl)')).toContain('href="mailto:info@example.nl"');
	});

	it('shows other Markdown as the text that was typed, and an image as its alt text only', () => {
		expect(renderStoryMarkdown('# Kop')).toBe('<p># Kop</p>');
		expect(renderStoryMarkdown('> citaat')).toBe('<p>&gt; citaat</p>');
		expect(renderStoryMarkdown('```\ncode\n```')).toBe('<p>```<br />\ncode<br />\n```</p>');
		expect(renderStoryMarkdown('`x`')).toBe('<p>`x`</p>');
		expect(renderStoryMarkdown('---')).toBe('<p>---</p>');
		expect(renderStoryMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).not.toContain('<table');
		expect(renderStoryMarkdown('![Foto van de markt](https://example.nl/markt.jpg)')).toBe('<p>Foto van de markt</p>');
		expect(renderStoryMarkdown('<https://example.nl>')).toBe('<p>&lt;https://example.nl&gt;</p>');
		expect(renderStoryMarkdown('    ingesprongen')).toBe('<p>ingesprongen</p>');
	});

	it('refuses relative, protocol-relative and other schemes as link targets', () => {
		for (const url of ['/pagina', 'pagina.html', '//evil.example', 'ftp://x.nl', 'javascript:alert(1)', 'https:/x', 'https://', ' https://x.nl']) {
			expect(isAllowedLink(url), url).toBe(false);
		}
		for (const url of ['https://x.nl', 'HTTP://X.NL/a?b#c', 'mailto:a@b.nl']) expect(isAllowedLink(url), url).toBe(true);
		expect(renderStoryMarkdown('[x](/pagina)')).toBe('<p>[x](/pagina)</p>');
		expect(renderStoryMarkdown('[x](//evil.example)')).toBe('<p>[x](//evil.example)</p>');
	});

	it('keeps entities as text and renders empty input as nothing', () => {
		expect(renderStoryMarkdown('A &amp; B &lt;b&gt;')).toBe('<p>A &amp; B &lt;b&gt;</p>');
		expect(renderStoryMarkdown('')).toBe('');
		expect(renderStoryMarkdown('   \n\n ')).toBe('');
	});
});

// OWASP XSS filter evasion cheat sheet, adapted to Markdown.
const PAYLOADS = [
	'<script>alert(1)</script>',
	'<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
	'<img src=x onerror=alert(1)>',
	'<IMG SRC="javascript:alert(\'XSS\');">',
	'<svg onload=alert(1)>',
	'<svg><script>alert(1)</script></svg>',
	'<iframe src="javascript:alert(1)"></iframe>',
	'<style>body{background:url("javascript:alert(1)")}</style>',
	'<a href="javascript:alert(1)">klik</a>',
	'<a href=https://ok.example onclick=alert(1)>klik</a>',
	'<body onload=alert(1)>',
	'<div style="background-image: url(javascript:alert(1))">x</div>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
	'[x](javascript:alert(1))',
	'[x](JaVaScRiPt:alert(1))',
	'[x](javascript&#58;alert(1))',
	'[x](jav&#x61;script:alert(1))',
	'[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
	'[x](&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1))',
	'[x](java\\script:alert(1))',
	'[x](java%73cript:alert(1))',
	'[x](<javascript:alert(1)>)',
	'[x]( javascript:alert(1))',
	'[x](java\tscript:alert(1))',
	'[x](\u0001javascript:alert(1))',
	'[x](vbscript:msgbox(1))',
	'[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'[x](data:image/png;base64,iVBORw0KGgo=)',
	'[x](//evil.example/xss.js)',
	'[x](http://a "onmouseover=alert(1)")',
	'[x](http://a" onmouseover="alert(1))',
	'[x](https://a.example/"><script>alert(1)</script>)',
	'[x](https://a.example/\'onmouseover=\'alert(1))',
	'![x](x" onerror="alert(1))',
	'![x](https://a.example/x.png" onerror="alert(1))',
	'![<img src=x onerror=alert(1)>](https://a.example/x.png)',
	'![x](javascript:alert(1))',
	'[<script>alert(1)</script>](https://a.example)',
	'[x][r]\n\n[r]: javascript:alert(1)',
	'&lt;script&gt;alert(1)&lt;/script&gt;',
	'&#60;script&#62;alert(1)&#60;/script&#62;',
	'\\<script>alert(1)\\</script>',
	'*<img src=x onerror=alert(1)>*',
	'- <iframe src=//evil.example>\n- <embed src=x>',
	'<https://a.example/"onmouseover="alert(1)>',
	'<javascript:alert(1)>',
	'<!--<img src="--><img src=x onerror=alert(1)//">',
	'<a href="jav&#x09;ascript:alert(1)">x</a>',
	'[x](https://a.example)<script>alert(1)</script>',
	'<base href="javascript:alert(1)//">',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
	'<form action="javascript:alert(1)"><input type=submit>'
];

describe('renderStoryMarkdown: hostile input', () => {
	it.each(PAYLOADS)('renders %j without anything outside the allow-list', (payload) => {
		expectSafe(renderStoryMarkdown(payload));
	});

	it('keeps refused links as visible text, not as links', () => {
		for (const payload of PAYLOADS.filter((p) => p.startsWith('[x]('))) {
			const links = elements(renderStoryMarkdown(payload)).filter((el) => el.tagName === 'A');
			for (const a of links) expect(a.getAttribute('href')).toMatch(/^https?:\/\/[^/]/);
		}
		expect(renderStoryMarkdown('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>');
		expect(renderStoryMarkdown('[x](jav&#x61;script:alert(1))')).not.toContain('<a');
	});

	it.each(PAYLOADS.filter((p) => p.includes('<')))('the sanitizer alone also reduces raw %j to the allow-list', (payload) => {
		expectSafe(sanitizeStoryHtml(payload));
	});

	it('has a check that does catch unsafe output', () => {
		for (const html of ['<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)" rel="nofollow noopener noreferrer">x</a>', '<p onclick="x">a</p>', '<a href="https://x.nl">no rel</a>', '<span>x</span>']) {
			expect(() => expectSafe(html), html).toThrow();
		}
	});

	it('drops a title given to a link', () => {
		const html = renderStoryMarkdown('[x](http://a "onmouseover=alert(1)")');
		expect(html).toBe(`<p><a href="http://a" rel="${REL}">x</a></p>`);
	});
});

describe('storyPlainText and firstLine', () => {
	it('strips the syntax and collapses whitespace', () => {
		expect(storyPlainText('**Koffie** in de *buurt*.\n\n- een\n-   twee\n\n![foto](https://x.nl/a.png)')).toBe('Koffie in de buurt. een twee foto');
		expect(storyPlainText('A &amp; B')).toBe('A & B');
		expect(storyPlainText('')).toBe('');
	});

	it('keeps a link’s target after its text, so a hidden address is seen', () => {
		expect(storyPlainText('[Mail Jan](mailto:jan@example.nl) of [https://x.nl](https://x.nl)')).toBe('Mail Jan (jan@example.nl) of https://x.nl');
	});

	it('gives the first sentence or line, cut at a word', () => {
		expect(firstLine('Het buurthuis is weer open. Iedereen is welkom.')).toBe('Het buurthuis is weer open.');
		expect(firstLine('Er zijn o.a. kinderen. Ook ouders.')).toBe('Er zijn o.a. kinderen.');
		expect(firstLine('Eerste regel\nTweede regel')).toBe('Eerste regel');
		expect(firstLine('\n\n**Vet begin** van de tekst')).toBe('Vet begin van de tekst');
		expect(firstLine('Een lange zin over het buurthuis in de wijk', 20)).toBe('Een lange zin over…');
		expect(firstLine('Een lange zin over het buurthuis in de wijk', 20).length).toBeLessThanOrEqual(20);
		expect(firstLine('')).toBe('');
	});
});
