import { describe, expect, it } from 'vitest';
import { isGeduid } from './geduid';

describe('isGeduid', () => {
	const note = (periodFrom: string, periodTo = periodFrom) => ({ periodFrom, periodTo });
	it('needs a note on the latest period, or a range that holds it', () => {
		expect(isGeduid('2025-Q3', [note('2025-Q3')])).toBe(true);
		expect(isGeduid('2025-Q3', [note('2025-Q1', '2025-Q4')])).toBe(true);
		expect(isGeduid('2025-Q3', [note('2025-Q2')])).toBe(false);
		expect(isGeduid('2025-Q3', [])).toBe(false);
	});
	it('is false for a figure without data', () => expect(isGeduid(null, [note('2025-Q3')])).toBe(false));
});
