import { describe, expect, it } from 'vitest';
import { checkPrivacy, FINDING_LABELS, highlightParts, resolveOverlaps, summary, type Finding } from './index';

const f = (kind: Finding['kind'], start: number, end: number): Finding => ({ kind, start, end, text: '', message: '' });

const STORY = `# Een leven aan de Mare

Mevrouw Bakker woont al 40 jaar in Leiden-Noord. Ze is geboren op 12 maart 1936 en woont nu aan de Lange Mare 12, 2312 GS Leiden. De 89-jarige weduwe gaat elke dinsdag naar het buurthuis.

Haar buurman Mohamed Bouzid helpt haar met boodschappen. "Ze belt me gewoon op 06-12345678," zegt hij. Fatima el Amrani van Stichting Buurtkracht komt ook langs. Bouzid vindt het mooi werk.

Volgens de gemeente wonen in Leiden-Noord ruim 1.234 mensen van 65 jaar of ouder. In maart 2025 startte het project.

- Mail voor vragen: **info@buurtkracht.nl**.
- Jongeren van 12 tot 18 jaar zijn ook welkom.`;

describe('checkPrivacy', () => {
	it('finds exactly the identifying details in a realistic story', () => {
		const findings = checkPrivacy(STORY);
		expect(findings.map((x) => [x.kind, x.text])).toEqual([
			['naam', 'Bakker'],
			['datum', '12 maart 1936'],
			['adres', 'Lange Mare 12'],
			['postcode', '2312 GS'],
			['leeftijd', '89-jarige'],
			['naam', 'Mohamed Bouzid'],
			['telefoon', '06-12345678'],
			['naam', 'Fatima el Amrani'],
			['naam', 'Bouzid'],
			['email', 'info@buurtkracht.nl']
		]);
		for (const x of findings) {
			expect(STORY.slice(x.start, x.end)).toBe(x.text);
			expect(x.message.length).toBeGreaterThan(20);
		}
	});

	it('returns findings sorted and without overlap', () => {
		const findings = checkPrivacy('Bel +31 612345671 of mail jan@x.nl. Mevrouw Jansen woont op Breestraat 12, 2311 AB 12.');
		for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
		expect(findings.map((x) => x.kind)).toEqual(['telefoon', 'email', 'naam', 'adres', 'postcode']);
	});

	it('answers an empty text and a text without details', () => {
		expect(checkPrivacy('')).toEqual([]);
		expect(checkPrivacy('In de wijk is het rustig. Veel bewoners doen mee aan de schoonmaakdag.')).toEqual([]);
	});

	it('handles 200,000 characters of text (no catastrophic backtracking)', () => {
		const unit = 'Jan de Vries woont op de Breestraat 12, bel 06-12345678. ';
		const text = unit.repeat(Math.ceil(200_000 / unit.length));
		const findings = checkPrivacy(text);
		expect(findings.length).toBe((text.length / unit.length) * 3);
		for (const hostile of ['a@'.repeat(100_000), '1'.repeat(200_000), '0 6 '.repeat(50_000), 'A. '.repeat(70_000), 'van '.repeat(50_000), '12 maart '.repeat(22_000), 'x.'.repeat(100_000)]) {
			expect(checkPrivacy(hostile)).toEqual([]);
		}
	});
});

describe('resolveOverlaps', () => {
	it('keeps the longer of two overlapping findings', () => {
		expect(resolveOverlaps([f('bsn', 4, 13), f('telefoon', 0, 13)]).map((x) => x.kind)).toEqual(['telefoon']);
		expect(resolveOverlaps([f('naam', 0, 6), f('adres', 0, 13)]).map((x) => x.kind)).toEqual(['adres']);
	});
	it('keeps the more specific one when both are equally long', () => {
		expect(resolveOverlaps([f('leeftijd', 0, 5), f('datum', 2, 7)]).map((x) => x.kind)).toEqual(['datum']);
	});
	it('keeps touching findings and sorts by start', () => {
		expect(resolveOverlaps([f('naam', 5, 9), f('email', 0, 5)]).map((x) => [x.start, x.end])).toEqual([
			[0, 5],
			[5, 9]
		]);
	});
});

describe('highlightParts', () => {
	it('round-trips the text exactly', () => {
		const parts = highlightParts(STORY, checkPrivacy(STORY));
		expect(parts.map((p) => p.text).join('')).toBe(STORY);
		expect(parts.filter((p) => p.finding).map((p) => p.text)).toContain('06-12345678');
		for (const p of parts) expect(p.text.length).toBeGreaterThan(0);
	});
	it('round-trips with no findings, overlapping or out-of-range findings', () => {
		expect(highlightParts('', [])).toEqual([]);
		expect(highlightParts('abc', [])).toEqual([{ text: 'abc', finding: null }]);
		const parts = highlightParts('abcdefgh', [f('naam', 2, 6), f('datum', 4, 8), f('email', 6, 20)]);
		expect(parts.map((p) => p.text).join('')).toBe('abcdefgh');
	});
});

describe('summary and labels', () => {
	it('counts per kind with Dutch labels', () => {
		expect(summary(checkPrivacy(STORY))).toEqual([
			{ kind: 'email', label: 'E-mailadres', count: 1 },
			{ kind: 'telefoon', label: 'Telefoonnummer', count: 1 },
			{ kind: 'postcode', label: 'Postcode', count: 1 },
			{ kind: 'adres', label: 'Adres', count: 1 },
			{ kind: 'datum', label: 'Datum', count: 1 },
			{ kind: 'leeftijd', label: 'Leeftijd', count: 1 },
			{ kind: 'naam', label: 'Naam', count: 4 }
		]);
		expect(Object.keys(FINDING_LABELS)).toHaveLength(8);
	});
});
