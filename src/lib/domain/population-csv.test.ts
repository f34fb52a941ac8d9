import { describe, expect, it } from 'vitest';
import { parsePopulationCsv } from './population-csv';

const known = new Set(['GM0537', 'WK053700', 'WK053701']);

describe('parsePopulationCsv', () => {
	it('reads code;inwoners with thousands dots, CBS header names and a BOM', () => {
		expect(parsePopulationCsv('\uFEFFcode;inwoners\r\nWK053700;12.910\r\nwk053701;7815\r\n', known)).toEqual({
			ok: true,
			values: [
				{ code: 'WK053700', population: 12910 },
				{ code: 'WK053701', population: 7815 }
			]
		});
		expect(parsePopulationCsv('WK_CODE,AANT_INW\nWK053700,\n', known)).toEqual({ ok: true, values: [{ code: 'WK053700', population: null }] });
	});

	it('lists every problem with its line and uses nothing', () => {
		const result = parsePopulationCsv('code;inwoners\nWK999999;10\nWK053700;veel\nWK053701;5\nWK053701;6\n', known);
		expect(result).toEqual({
			ok: false,
			problems: [
				expect.stringMatching(/^Regel 2: het gebied "WK999999" kennen we niet/),
				expect.stringMatching(/^Regel 3: "veel" is geen aantal inwoners/),
				'Regel 5: WK053701 staat ook al op regel 4.'
			]
		});
		expect(parsePopulationCsv('naam;aantal\nx;1\n', known)).toMatchObject({ ok: false, problems: [expect.stringMatching(/"code" en "inwoners"/)] });
		expect(parsePopulationCsv('code;inwoners\n', known)).toMatchObject({ ok: false, problems: [expect.stringMatching(/alleen kolomnamen/)] });
	});
});
