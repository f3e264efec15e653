import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Domain and unit tests run twice: on PGlite and on a throwaway PostgreSQL server, with the same files. The Svelte
// plugin compiles components for the tests that render them on the server (src/lib/components/fields.test.ts).
const shared = {
	include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/*.test.ts'],
	setupFiles: ['tests/setup/database.ts'],
	testTimeout: 30_000,
	hookTimeout: 60_000
};

export default defineConfig({
	test: {
		projects: [
			{ plugins: [svelte()], test: { ...shared, name: 'pglite', globalSetup: ['tests/setup/pglite-global.ts'] } },
			{ plugins: [svelte()], test: { ...shared, name: 'postgres', globalSetup: ['tests/setup/postgres-global.ts'] } }
		]
	}
});
