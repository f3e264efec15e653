// Issue 13: several app processes on one PostgreSQL work as one (README, « Plusieurs processus »). Two built servers
// start together on an empty database (they migrate it under the migration lock) and share it: a session opened
// through one is known to the other, a message sent through one appears live (server-sent events) through the
// other, 50 registrations for an event of 8 places sent to both at once take exactly 8 places and line the others
// up 1 to 42, and failed log-ins through both count together. Its own world: support/two-servers.ts.
import type { Page } from '@playwright/test';
import { toLocalInput } from '../../src/lib/paris-time.ts';
import { expect, test } from './support/fixtures.ts';
import { startTwoServers, type TwoServers } from './support/two-servers.ts';

const coordinator = { name: 'Samia Belkacem', email: 'samia.belkacem@exemple.org', password: 'cuisine-partagee-26' };
const amina = { name: 'Amina Diallo', email: 'amina.diallo@exemple.org', password: 'couture-du-mardi-12' };
const karim = { name: 'Karim Benali', email: 'karim.benali@exemple.org', password: 'velo-et-cafe-93' };
const lea = { name: 'Léa Martin', email: 'lea.martin@exemple.org', password: 'potager-du-square-7' };
const neighbours = Array.from({ length: 50 }, (_, i) => ({
	name: `Voisin ${i + 1}`,
	email: `voisin${i + 1}@exemple.org`,
	password: `mot-de-passe-${i + 1}-solide`
}));
const CAPACITY = 8;

let servers: TwoServers;
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(120_000);
	const started = performance.now();
	servers = await startTwoServers({
		network: { name: 'Réseau des savoirs du Parc-Sud', town: 'Nanterre' },
		coordinator,
		members: [amina, karim, lea, ...neighbours],
		messages: [{ from: amina.email, to: karim.email, body: 'Bonjour Karim, le vélo est réparé ?' }]
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Deux serveurs prêts en ${seconds} s sur ${servers.urls.join(' et ')}.`);
});

test.afterAll(async () => {
	await servers?.stop();
});

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
test.afterEach(async ({}, testInfo) => {
	if (testInfo.status !== testInfo.expectedStatus) console.error(servers?.serverLogs());
});

async function logInThrough(page: Page, base: string, person: { email: string; password: string }) {
	await page.goto(`${base}/connexion`);
	await page.getByLabel('Adresse e-mail').fill(person.email);
	await page.getByLabel('Mot de passe').fill(person.password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

/** A person's plain HTTP visits to one server, with their cookies: forms posted as a browser without script does. */
class Visitor {
	private cookies = new Map<string, string>();
	constructor(readonly base: string) {}

	async post(path: string, fields: Record<string, string>): Promise<Response> {
		const response = await fetch(this.base + path, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				// A browser's plain form: the answer is a page (or a redirect), not the JSON of an enhanced form.
				accept: 'text/html',
				origin: this.base,
				'content-type': 'application/x-www-form-urlencoded',
				cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
			},
			body: new URLSearchParams(fields)
		});
		for (const line of response.headers.getSetCookie()) {
			const [pair] = line.split(';');
			const at = pair.indexOf('=');
			this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
		}
		return response;
	}

	async logIn(person: { email: string; password: string }): Promise<Response> {
		return this.post('/connexion', { email: person.email, password: person.password });
	}
}

test('a session opened through one server is known to the other, and a message crosses them live', async ({
	page,
	browser
}) => {
	const [first, second] = servers.urls;
	// Karim logs in through the first server; the same cookie opens his conversation through the second.
	await logInThrough(page, first, karim);
	await page.goto(`${second}/messages`);
	const streamOpened = page.waitForResponse((response) => response.url().includes('/flux'));
	await page
		.getByRole('link', { name: new RegExp(amina.name) })
		.first()
		.click();
	await expect(page.getByText('Bonjour Karim, le vélo est réparé ?')).toBeVisible();
	expect((await streamOpened).url().startsWith(second)).toBe(true);

	// Amina, in her own browser, answers through the first server.
	const context = await browser.newContext({ locale: 'fr-FR' });
	const aminaPage = await context.newPage();
	await logInThrough(aminaPage, first, amina);
	await aminaPage.goto(`${first}/messages`);
	// Her page's own stream opens once the page is hydrated: typing before that would be wiped by hydration.
	const hydrated = aminaPage.waitForResponse((response) => response.url().includes('/flux'));
	await aminaPage
		.getByRole('link', { name: new RegExp(karim.name) })
		.first()
		.click();
	await hydrated;
	await aminaPage.getByRole('textbox', { name: 'Votre message' }).fill('Oui, il vous attend au local.');
	await aminaPage.getByRole('button', { name: 'Envoyer' }).click();
	await expect(aminaPage.getByRole('status')).toHaveText('Message envoyé.');
	await context.close();

	// Karim's page, on the other server, gets it from its stream: the notification crossed the processes (the
	// stream's safety poll would take 30 s, longer than this wait).
	await expect(page.getByText('Oui, il vous attend au local.', { exact: true })).toBeVisible({ timeout: 10_000 });
	await expect(page.getByText(`Nouveau message de ${amina.name} : Oui`)).toBeAttached();
});

test('50 registrations sent to both servers at once: 8 places taken, the others waiting 1 to 42', async ({ page }) => {
	const [first, second] = servers.urls;
	await logInThrough(page, first, coordinator);
	await page.goto(`${first}/coordination/lieux/nouveau`);
	await page.getByRole('textbox', { name: 'Nom du lieu' }).fill('Local du Parc-Sud');
	await page.getByRole('textbox', { name: 'Adresse' }).fill('3 allée des Tilleuls, Nanterre');
	await page.getByRole('textbox', { name: 'Capacité (nombre de personnes)' }).fill('20');
	await page.getByRole('button', { name: 'Enregistrer le lieu' }).click();
	await expect(page.getByRole('status')).toHaveText('Le lieu est enregistré.');
	await page.goto(`${first}/evenements/nouveau`);
	const start = new Date(Math.ceil((Date.now() + 7 * 24 * 3_600_000) / 3_600_000) * 3_600_000);
	await page.getByRole('textbox', { name: 'Titre' }).fill('Atelier réparation de vélos');
	await page.getByRole('radio', { name: 'Atelier', exact: true }).check();
	await page.getByRole('combobox', { name: 'Lieu' }).selectOption({ label: 'Local du Parc-Sud' });
	await page.getByLabel('Début (heure de Paris)').fill(toLocalInput(start));
	await page.getByLabel('Fin (heure de Paris)').fill(toLocalInput(new Date(start.getTime() + 2 * 3_600_000)));
	await page.getByRole('spinbutton', { name: 'Nombre de places' }).fill(String(CAPACITY));
	await page.getByRole('button', { name: "Créer l'événement" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atelier réparation de vélos');
	const eventPath = new URL(page.url()).pathname;
	const occurrenceId = await page.locator('input[name="occurrenceId"]').first().inputValue();

	// Each neighbour logs in through one server or the other, ten at a time (argon2 is meant to be slow).
	const visitors = neighbours.map((_, i) => new Visitor(servers.urls[i % 2]));
	for (let i = 0; i < visitors.length; i += 10) {
		const answers = await Promise.all(visitors.slice(i, i + 10).map((v, j) => v.logIn(neighbours[i + j])));
		expect(answers.map((a) => a.status)).toEqual(answers.map(() => 303));
	}
	// Then all register at the same moment, half through each server.
	const pages = await Promise.all(
		visitors.map(async (visitor) => {
			const response = await visitor.post(`${eventPath}?/register`, { occurrenceId });
			expect(response.status).toBe(200);
			return response.text();
		})
	);
	const placed = pages.filter((html) => html.includes('vous avez une place.')).length;
	const positions = pages
		.map((html) => /numéro (\d+) sur la liste d(?:'|&#39;|’)attente/.exec(html)?.[1])
		.filter((n) => n !== undefined)
		.map(Number)
		.sort((a, b) => a - b);
	expect(placed).toBe(CAPACITY);
	expect(positions).toEqual(Array.from({ length: neighbours.length - CAPACITY }, (_, i) => i + 1));

	// The database holds the same: one live registration each, 8 with a place.
	const rows = await servers.sql<{ status: string; n: number }[]>`
		select status, count(*)::int as n from event_registrations where occurrence_id = ${occurrenceId}
		group by status order by status`;
	expect(rows).toEqual([
		{ status: 'registered', n: CAPACITY },
		{ status: 'waitlisted', n: neighbours.length - CAPACITY }
	]);
	// And the event's page, through the other server, says it is full.
	await page.goto(second + eventPath);
	await expect(page.getByText(`${CAPACITY} places prises sur ${CAPACITY}`)).toBeVisible();
});

test('failed log-ins through both servers count together: the account locks after five', async () => {
	const [first, second] = servers.urls;
	for (let i = 0; i < 5; i++) {
		const refused = await new Visitor(servers.urls[i % 2]).logIn({ email: lea.email, password: `pas-le-bon-${i}` });
		expect(refused.status).toBe(400);
	}
	// The right password is refused now, through either server: the lock is in the database.
	for (const base of [first, second]) {
		const locked = await new Visitor(base).logIn(lea);
		expect(locked.status).toBe(429);
		expect(await locked.text()).toMatch(/Trop d(?:'|&#39;)essais sans succès/);
	}
});
