import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'var/', 'test-results/', 'playwright-report/', 'bench-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		// Imports flow one way: domain imports nothing from the app.
		files: ['src/lib/domain/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: ['$lib/*', '../server/*', '../client/*', '../charts/*', '../components/*'] }] }
	},
	{
		files: ['src/lib/server/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: ['$lib/client/*', '**/client/*'] }] }
	},
	{
		files: ['src/lib/client/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: ['$lib/server/*', '**/server/*'] }] }
	}
);
