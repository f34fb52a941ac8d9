import { describe, expect, it } from 'vitest';
import { isEmailAddress } from './email';

describe('isEmailAddress', () => {
	it.each(['naam@organisatie.nl', 'a.b+c@sub.gemeente.nl', 'x@y.co'])('accepts %s', (value) => expect(isEmailAddress(value)).toBe(true));
	it.each(['', 'naam', 'naam@', '@org.nl', 'a@b', 'a@b.', 'a@.nl', 'a@@b.nl', 'a@b@c.nl', 'a b@c.nl', 'a@b..nl', 'a@b.nl\n', `${'a'.repeat(250)}@b.nl`])('refuses %j', (value) =>
		expect(isEmailAddress(value)).toBe(false)
	);
	it('answers a megabyte of input at once (no backtracking)', () => {
		for (const input of [`a@${'x'.repeat(1_000_000)}`, `${'a@'.repeat(500_000)}`, 'x'.repeat(1_000_000), `a@${'.'.repeat(1_000_000)}`]) {
			const started = performance.now();
			expect(isEmailAddress(input)).toBe(false);
			expect(performance.now() - started).toBeLessThan(500);
		}
	});
});
