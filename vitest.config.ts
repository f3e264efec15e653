import { defineConfig } from 'vitest/config';

// Domain and unit tests run twice: on PGlite and on a throwaway PostgreSQL server, with the same files.
const shared = {
	include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/*.test.ts'],
	setupFiles: ['tests/setup/database.ts'],
	testTimeout: 30_000,
	hookTimeout: 60_000
};

export default defineConfig({
	test: {
		projects: [
			{ test: { ...shared, name: 'pglite', globalSetup: ['tests/setup/pglite-global.ts'] } },
			{ test: { ...shared, name: 'postgres', globalSetup: ['tests/setup/postgres-global.ts'] } }
		]
	}
});
