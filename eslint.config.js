// ESLint flat config: JavaScript, TypeScript (without type information, to stay fast) and Svelte files.
// SvelteKit 3 has no svelte.config.js, so the Svelte parser gets no `svelteConfig`; its defaults fit.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import entrelien from './eslint-rules/route-edge.js';

const testsMessage =
	'Production code never imports test code: builders shared with the demo live in src/lib/server/setup/demo/.';
const routeDbMessage =
	'Routes hold no SQL: call one domain function of src/lib/server/<domain>/ (DESIGN.md, house rule 1).';
// The route edge (issue 12, decision 010): a route learns who asks, reads its query, its form and its files, and
// answers refusals only through src/lib/server/web/.
const scopeMessage =
	'Who asks and about which network: scopeOf, accountOf, actorOf or visitorScopeOf from #lib/server/web/scope.ts; the domain function checks what they may do.';
const refusalMessage =
	'Routes decide nothing: the domain function throws AppError, and guard / handleForm (#lib/server/web/) answer it.';
const routeEdgeImports = [
	{ regex: '/server/auth/', message: scopeMessage },
	{ regex: '/server/web/current-network', message: scopeMessage },
	{ regex: '/server/errors\\.ts$', message: refusalMessage },
	{ regex: '/server/web/translate', message: refusalMessage },
	{ regex: '/server/', importNamePattern: '^require', message: refusalMessage }
];
const routeEdgeSyntax = [
	{ selector: "MemberExpression[property.name='locals']", message: scopeMessage },
	{ selector: "ObjectPattern > Property[key.name='locals']", message: scopeMessage },
	{
		selector: "MemberExpression[property.name='searchParams']",
		message: 'The query string is read with handleQuery(event, schema), a notice with flashOf (#lib/server/web/).'
	},
	{
		selector: "CallExpression[callee.property.name='formData']",
		message: 'The body is read once, by handleForm / readForm, and a file by readUpload (#lib/server/web/form.ts).'
	}
];

export default defineConfig(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'data/',
			'test-results/',
			'playwright-report/',
			'migrations/'
		]
	},
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node }
		},
		rules: {
			// The app is served at the root (no `paths.base`): plain hrefs are right and work without JavaScript.
			'svelte/no-navigation-without-resolve': 'off',
			// A leading underscore marks a parameter or binding that is deliberately unused.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{
					argsIgnorePattern: '^_',
					varsIgnorePattern: '^_',
					caughtErrorsIgnorePattern: '^_',
					destructuredArrayIgnorePattern: '^_'
				}
			]
		}
	},
	// The layers (DESIGN.md, issue 12): production code never reaches into the tests, and routes reach the database
	// only through a domain function, never with a query of their own.
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.test.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)tests/', message: testsMessage }] }]
		}
	},
	// The request pipeline (hooks.server.ts) is the edge itself: it reads sessions and the current network, but
	// holds no SQL of its own either.
	{
		files: ['src/hooks.server.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [{ name: 'drizzle-orm', message: routeDbMessage }],
					patterns: [
						{ regex: '(^|/)tests/', message: testsMessage },
						{ regex: '^drizzle-orm/', message: routeDbMessage },
						{ regex: '/server/db/(client|schema)', message: routeDbMessage }
					]
				}
			]
		}
	},
	{
		files: ['src/routes/**/*.ts', 'src/routes/**/*.svelte'],
		ignores: ['src/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [{ name: 'drizzle-orm', message: routeDbMessage }],
					patterns: [
						{ regex: '(^|/)tests/', message: testsMessage },
						{ regex: '^drizzle-orm/', message: routeDbMessage },
						{ regex: '/server/db/(client|schema)', message: routeDbMessage },
						...routeEdgeImports
					]
				}
			]
		}
	},
	// Every load, action and handler goes through the edge (eslint-rules/route-edge.js).
	{
		files: ['src/routes/**/+page.server.ts', 'src/routes/**/+layout.server.ts', 'src/routes/**/+server.ts'],
		plugins: { entrelien },
		rules: {
			'entrelien/route-edge': 'error',
			'no-restricted-syntax': ['error', ...routeEdgeSyntax]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				parser: ts.parser,
				extraFileExtensions: ['.svelte']
			}
		}
	}
);
