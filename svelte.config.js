import adapterNode from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { compressDirectory } from './scripts/compress-assets.js';

const node = adapterNode({ precompress: true });

/**
 * adapter-node precompresses with brotli level 11, which takes minutes on DuckDB's 34 MB wasm.
 * We keep its serving of .br/.gz files but swap in a compressor that picks a quality by file size.
 * @type {import('@sveltejs/kit').Adapter}
 */
const adapter = {
	...node,
	adapt: (builder) => node.adapt({ ...builder, compress: compressDirectory })
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter,
		// SvelteKit's origin check on form posts stays on.
		csrf: { trustedOrigins: [] },
		// DuckDB-WASM needs 'wasm-unsafe-eval' and a worker from our own origin; Plot's charts carry a <style>
		// element and Svelte writes style attributes, hence 'unsafe-inline' for styles only. Kit adds hashes
		// or nonces for its own inline scripts.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		typescript: {
			// Type-check the scripts (demo generator, seed, tools) with the app.
			config: (config) => {
				config.include.push('../scripts/**/*.ts', '../playwright.config.ts');
			}
		}
	}
};

export default config;
