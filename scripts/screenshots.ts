// `node scripts/screenshots.ts` (after `npm run build`): the README's pictures (docs/screenshots/*.png). Starts the
// built app on an empty PGlite directory, sets up the demo network through the setup page as a new association
// would, then photographs the main pages at phone width (390 × 844, the first screen only, to keep them small)
// and a few at desktop width. The pictures show the demo's invented people only.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, stopServer } from './lib/bench-measure.ts';
import { serverEnv } from './lib/bench-town.ts';
import { freePort } from './lib/postgres-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs/screenshots');
const PHONE_PAGES = [
	['accueil', '/'],
	['annonces', '/annonces'],
	['agenda', '/evenements'],
	['recherche', '/recherche?q=cuisine'],
	['messages', '/messages'],
	['moi', '/menu'],
	['coordination', '/coordination']
] as const;
const DESKTOP_PAGES = [
	['accueil-ordinateur', '/'],
	['agenda-ordinateur', '/evenements']
] as const;

async function shoot(page: Page, name: string, path: string) {
	await page.goto(path);
	await page.screenshot({ path: join(OUT, `${name}.png`) });
	console.log(`docs/screenshots/${name}.png`);
}

const dataDir = mkdtempSync(join(tmpdir(), 'entrelien-screenshots-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = await startServer(ROOT, serverEnv(port, dataDir, undefined), `${base}/installation`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
	mkdirSync(OUT, { recursive: true });
	const phone = await browser.newContext({
		baseURL: base,
		locale: 'fr-FR',
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await phone.newPage();
	await page.goto('/installation');
	const demo = page.getByRole('region', { name: /démonstration/i });
	await demo.getByLabel('Votre nom').fill('Élodie Mercier');
	await demo.getByLabel(/adresse e-mail|e-mail/i).fill('elodie.mercier@exemple.org');
	await demo.getByLabel('Mot de passe').fill('les savoirs du quartier');
	await demo.getByRole('button').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/installation'), { timeout: 120_000 });
	for (const [name, path] of PHONE_PAGES) await shoot(page, name, path);
	// An event page: the discovery day with its waiting list.
	await page.goto('/evenements');
	await page.getByRole('link', { name: 'Journée découverte cuisine libanaise' }).first().click();
	await page.screenshot({ path: join(OUT, 'evenement.png') });
	console.log('docs/screenshots/evenement.png');

	const desktop = await browser.newContext({
		baseURL: base,
		locale: 'fr-FR',
		viewport: { width: 1024, height: 720 },
		storageState: await phone.storageState()
	});
	const wide = await desktop.newPage();
	for (const [name, path] of DESKTOP_PAGES) await shoot(wide, name, path);
} finally {
	await browser.close();
	await stopServer(server);
	rmSync(dataDir, { recursive: true, force: true });
}
