import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	optimizeDeps: {
		// DuckDB-WASM ships its own worker and wasm files; pre-bundling breaks their relative URLs.
		exclude: ['@duckdb/duckdb-wasm']
	},
	server: { port: 3000 },
	preview: { port: 3000 },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' },
		globalSetup: ['src/lib/testing/pg-global-setup.ts'],
		testTimeout: 30_000
	}
});
