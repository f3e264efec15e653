// End-to-end journeys in Debian's Chromium. Run them with `npm run test:e2e` (scripts/e2e.ts), which starts the
// built app, a mail catcher and a fresh database, then sets E2E_BASE_URL and E2E_MAIL_FILE for these tests.
import { defineConfig } from '@playwright/test';

if (!process.env.E2E_BASE_URL) {
	console.warn("E2E_BASE_URL n'est pas défini : lancez les parcours avec « npm run test:e2e ».");
}

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	// One server and one database for all journeys, and the first journey performs the one-time setup:
	// the files run one after the other, in name order.
	workers: 1,
	fullyParallel: false,
	retries: 0,
	timeout: 60_000,
	forbidOnly: Boolean(process.env.CI),
	reporter: 'list',
	outputDir: 'test-results',
	use: {
		baseURL: process.env.E2E_BASE_URL,
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
