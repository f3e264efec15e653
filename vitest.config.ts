import { svelte } from '@sveltejs/vite-plugin-svelte';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Domain tests run twice: on PGlite and on a throwaway PostgreSQL server, with the same files. Test files that need
// no database (validation, formatting, the edge's pure helpers, lint rules, scripts' messages) run once, without
// one: listed here; one that reaches the database anyway fails with « The database is not open ». The Svelte plugin
// compiles components for the tests that render them on the server (src/lib/components/fields.test.ts).
const withoutDatabase = [
	'scripts/lib/compressed.test.ts',
	'scripts/lib/start-errors.test.ts',
	'src/lib/components/fields.test.ts',
	'src/lib/paris-time.test.ts',
	'src/lib/server/auth/crypto.test.ts',
	'src/lib/server/calendars/ics.test.ts',
	'src/lib/server/config.test.ts',
	'src/lib/server/events/registration-statuses.test.ts',
	'src/lib/server/messages/message-stream.test.ts',
	'src/lib/server/search/query.test.ts',
	'src/lib/server/web/content-security-policy.test.ts',
	'src/lib/server/web/edge.test.ts',
	'src/lib/server/web/guard.test.ts',
	'src/lib/server/web/route-edge.test.ts',
	'src/lib/server/web/security-headers.test.ts',
	'src/lib/server/web/translate.test.ts',
	'src/lib/validation/*.test.ts',
	'src/routes/langue/language-route.test.ts',
	'src/routes/test-only/clock/clock-route.test.ts',
	'tests/messages-style.test.ts'
];
const timeouts = { testTimeout: 30_000, hookTimeout: 60_000 };
const withDatabase = {
	...timeouts,
	include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/*.test.ts'],
	exclude: [...configDefaults.exclude, ...withoutDatabase],
	setupFiles: ['tests/setup/clock.ts', 'tests/setup/database.ts']
};

// Vitest's default leaves one core idle (cores − 1 workers: a single worker on a 2-core machine), but a PostgreSQL
// test file spends much of its time waiting for the server process, and PGlite files keep a core busy: one worker
// per core, at least two, keeps both cores working (decision 004 has the measures).
const maxWorkers = Math.max(2, availableParallelism());

export default defineConfig({
	test: {
		// Worker threads instead of child processes: each test file gets a fresh thread (isolation kept), which
		// starts faster than a process and took a third less CPU on the same files (decision 004).
		pool: 'threads',
		maxWorkers,
		projects: [
			{
				plugins: [svelte()],
				test: { ...timeouts, name: 'unit', include: withoutDatabase, setupFiles: ['tests/setup/clock.ts'] }
			},
			{ plugins: [svelte()], test: { ...withDatabase, name: 'pglite', globalSetup: ['tests/setup/pglite-global.ts'] } },
			{
				plugins: [svelte()],
				test: { ...withDatabase, name: 'postgres', globalSetup: ['tests/setup/postgres-global.ts'] }
			}
		]
	}
});
