import { describe, expect, it } from 'vitest';
import { describeChanges, fieldChanges } from './changes';

describe('fieldChanges', () => {
	it('lists only the fields that differ, a missing record counting as empty', () => {
		expect(fieldChanges({ naam: 'A', soort: 'overig' }, { naam: 'B', soort: 'overig' })).toEqual([{ field: 'naam', before: 'A', after: 'B' }]);
		expect(fieldChanges(null, { naam: 'B' })).toEqual([{ field: 'naam', before: null, after: 'B' }]);
		expect(fieldChanges({ n: 5 }, { n: 5 })).toEqual([]);
	});

	it('describes the changes on one line, long values cut', () => {
		const line = describeChanges([{ field: 'naam', before: 'A', after: 'x'.repeat(100) }]);
		expect(line).toMatch(/^naam: A → x{59}…$/);
		expect(describeChanges([{ field: 'streefwaarde', before: null, after: 7.5 }])).toBe('streefwaarde: (leeg) → 7.5');
	});
});
