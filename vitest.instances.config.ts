// The multi-instance test: two production builds of the app on one PostgreSQL (run after `npm run build`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/instances/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' },
		globalSetup: ['src/lib/testing/pg-global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 180_000
	}
});
