import { svelte } from '@sveltejs/vite-plugin-svelte';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Domain and unit tests run twice: on PGlite and on a throwaway PostgreSQL server, with the same files. The Svelte
// plugin compiles components for the tests that render them on the server (src/lib/components/fields.test.ts).
const shared = {
	include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/*.test.ts'],
	setupFiles: ['tests/setup/database.ts'],
	testTimeout: 30_000,
	hookTimeout: 60_000
};

// Vitest's default leaves one core idle (cores − 1 workers: a single worker on a 2-core machine), but a PostgreSQL
// test file spends much of its time waiting for the server process, and PGlite files keep a core busy: one worker
// per core, at least two, keeps both cores working (decision 004 has the measures).
const maxWorkers = Math.max(2, availableParallelism());

export default defineConfig({
	test: {
		maxWorkers,
		projects: [
			{ plugins: [svelte()], test: { ...shared, name: 'pglite', globalSetup: ['tests/setup/pglite-global.ts'] } },
			{ plugins: [svelte()], test: { ...shared, name: 'postgres', globalSetup: ['tests/setup/postgres-global.ts'] } }
		]
	}
});
