// End-to-end journeys in Debian's Chromium. Run them with `npm run test:e2e` (scripts/e2e.ts), which prepares a
// migrated template database (E2E_TEMPLATE_DIR); each journey file then starts its own server on a copy of it,
// seeded with its own world (tests/e2e/support/world.ts), so files run alone, in any order, or side by side.
import { defineConfig } from '@playwright/test';

if (!process.env.E2E_TEMPLATE_DIR) {
	console.warn("E2E_TEMPLATE_DIR n'est pas défini : lancez les parcours avec « npm run test:e2e ».");
}

// Files run side by side on this many workers (E2E_WORKERS to choose); a file's tests run in order in one worker.
const workers = Number(process.env.E2E_WORKERS) || 2;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	workers,
	fullyParallel: false,
	retries: 0,
	timeout: 60_000,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list'], ['./tests/e2e/support/file-times-reporter.ts']],
	outputDir: 'test-results',
	use: {
		locale: 'fr-FR',
		trace: 'retain-on-failure',
		browserName: 'chromium',
		launchOptions: {
			// Debian's package, never a browser downloaded by `playwright install`.
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-quic',
				'--no-first-run',
				'--disable-sync'
			]
		}
	}
});
