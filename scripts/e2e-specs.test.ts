// Every Playwright spec file must start from a fresh demo (or, for setup journeys, from an empty install of
// its own); forgetting it lets one spec's writes leak into another's reads, so this check fails when a spec
// file lacks the call.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('browser test specs', () => {
	const specs = readdirSync('tests').filter((f) => f.endsWith('.spec.ts'));
	it.each(specs)('%s starts from a freshly seeded demo or an empty install', (file) => {
		expect(readFileSync(`tests/${file}`, 'utf8')).toMatch(/^(startFromFreshDemo\(\)|startFromEmptyInstall\(.+\));$/m);
	});
	it('finds the specs', () => expect(specs.length).toBeGreaterThan(3));
});
