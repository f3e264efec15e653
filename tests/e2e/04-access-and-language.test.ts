// Protected pages refuse visitors and members; the instance administrator sees what was sent, never the text;
// the language can be switched and is remembered.
import { expect, expectAccessible, test, useWorld, visit, waitForMail } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, karim, petitNanterre } from './support/people.ts';

useWorld(petitNanterre());

const protectedPages = [
	'/coordination/membres',
	'/coordination/membres/nouveau',
	'/coordination/reseau',
	'/coordination/suivi',
	'/coordination/themes',
	'/coordination/savoirs',
	'/coordination/signalements',
	'/coordination/reseau/echanges',
	'/coordination/courriels',
	'/coordination/journal',
	'/admin/courriels',
	'/compte'
];
// Pages of members: visitors are asked to log in.
const memberPages = [
	'/notifications',
	'/compte/notifications',
	'/messages',
	'/messages/nouvelle',
	'/echanges',
	'/echanges/nouveau'
];

test('visitors are asked to log in, members are refused coordination pages', async ({ page }) => {
	for (const path of [...protectedPages, ...memberPages]) {
		await page.goto(path);
		await expect(page).toHaveURL(new RegExp(`/connexion\\?suite=${encodeURIComponent(path)}$`));
	}
	await logIn(page, karim);
	for (const path of protectedPages.filter((p) => p !== '/compte')) {
		const response = await visit(page, path);
		expect(response?.status()).toBe(403);
		await expect(
			page.getByText(
				"Cette action est réservée à d'autres personnes du réseau. Revenez à l'accueil, ou demandez à l'équipe du réseau."
			)
		).toBeVisible();
	}
	// A forged form post is refused too, and changes nothing.
	const forged = await page.request.post('/coordination/reseau', {
		form: { name: 'Piraté', town: 'Nulle part', description: '', joinPolicy: 'open' },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
	});
	expect(forged.status()).toBe(403);
	await logOut(page);
});

test('bad input never causes a server error', async ({ page }) => {
	const origin = new URL(await page.goto('/').then(() => page.url())).origin;
	const post = (path: string, form: Record<string, string>) =>
		page.request.post(path, { form, headers: { origin, accept: 'text/html' } });
	const cases: [string, Record<string, string>][] = [
		[
			'/inscription',
			{
				name: 'a'.repeat(10_000),
				email: 'x@exemple.org',
				password: 'assez-long',
				network: 'reseau-des-savoirs-du-petit-nanterre'
			}
		],
		['/inscription', { name: 'Léa', email: 'lea@exemple.org', password: 'assez-long', network: 'inconnu' }],
		['/inscription', {}],
		['/connexion', { email: '<script>', password: '' }],
		['/connexion/code', { code: 'x'.repeat(5000) }],
		['/mot-de-passe-oublie', { email: '' }],
		['/mot-de-passe/jeton-invente', { password: 'assez-long' }],
		['/installation?/network', { name: 'Deuxième' }],
		['/langue', { locale: 'klingon' }]
	];
	for (const [path, form] of cases) {
		const response = await post(path, form);
		expect(response.status(), `${path} ${JSON.stringify(form).slice(0, 80)}`).toBeLessThan(500);
	}
	const notFound = await page.goto('/page-qui-n-existe-pas');
	expect(notFound?.status()).toBe(404);
	await expect(page.getByText("Cette page n'existe pas, ou plus. Revenez à l'accueil.")).toBeVisible();
	await expectAccessible(page);
});

test('the instance administrator reads the emails the site sent', async ({ page }) => {
	// Karim asks for a log-in link: a message holding a secret link.
	await visit(page, '/connexion/lien');
	await page.getByLabel('Adresse e-mail').fill(karim.email);
	await page.getByRole('button', { name: 'Recevoir le lien' }).click();
	await expect(page.getByRole('status')).toContainText('Son lien marche pendant 20 minutes.');
	await waitForMail({ to: karim.email, subject: /Votre lien de connexion/ });

	await logIn(page, anne);
	await visit(page, '/admin/courriels');
	await expect(page.getByRole('heading', { name: 'Votre lien de connexion' }).first()).toBeVisible();
	// Who, when, subject and status: never a body, so never someone's live log-in link (decision 008).
	await expect(page.locator('main')).not.toContainText('/connexion/lien/');
	await expect(page.locator('main')).not.toContainText('/mot-de-passe/');
	// With SMTP, members get their links themselves: the coordinators have nothing to pass on.
	await visit(page, '/coordination/courriels');
	await expect(page.getByText("Il n'y a rien à transmettre.")).toBeVisible();
	await visit(page, '/coordination/journal');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal du réseau');
	await visit(page, '/coordination/reseau');
	await page.getByLabel('Ville').fill('Nanterre (92)');
	await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
	await expect(page.getByRole('status')).toHaveText('Les réglages sont enregistrés.');
	await expect(page.getByRole('banner')).toContainText('Nanterre (92)');
	await logOut(page);
});

test('pages carry a strict Content-Security-Policy and nothing of the site can be framed', async ({ page }) => {
	const response = await page.goto('/connexion');
	const headers = response!.headers();
	const policy = headers['content-security-policy'];
	expect(policy).toContain("frame-ancestors 'none'");
	expect(policy).toContain("default-src 'self'");
	expect(policy).toContain("object-src 'none'");
	expect(policy).toContain("form-action 'self'");
	expect(policy).not.toContain('unsafe-inline');
	// A page that needs no script for its job ships none (csr = false, issue 13): not even SvelteKit's starter.
	expect(await response!.text()).not.toContain('<script');
	await expect(page.locator('#svelte-announcer')).toHaveCount(0);
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['x-content-type-options']).toBe('nosniff');
	// ORIGIN is http here: no HSTS (security-headers.test.ts checks it is sent for https).
	expect(headers['strict-transport-security']).toBeUndefined();
	// A redirect and an error page are protected too.
	const redirect = await page.request.get('/compte', { maxRedirects: 0 });
	expect(redirect.status()).toBe(303);
	expect(redirect.headers()['x-frame-options']).toBe('DENY');
	expect(redirect.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	const missing = await page.request.get('/page-qui-n-existe-pas');
	expect(missing.status()).toBe(404);
	expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	// A page that still runs a script (the welcome sheet's print button) starts it with an inline script carrying
	// this response's nonce, so it runs and hydrates.
	await logIn(page, anne);
	const sheet = await page.goto('/coordination/membres/nouveau');
	const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(sheet!.headers()['content-security-policy'])?.[1];
	expect(nonce).toBeTruthy();
	// (Browsers hide nonces from the DOM: read the HTML as sent.)
	expect(await sheet!.text()).toContain(`<script nonce="${nonce}">`);
	// Hydrated: SvelteKit's live region exists only once the app is mounted (its style is allowed by hash).
	await expect(page.locator('#svelte-announcer')).toHaveCount(1);
	await logOut(page);
	// A page that frames one of the site's pages gets nothing: the browser refuses and says why. (Another tab:
	// this refusal is expected, while the journeys' own pages must have none.)
	const framing = await page.context().newPage();
	const refused = framing.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
	await framing.setContent(`<iframe title="essai" src="${new URL('/connexion', page.url()).href}"></iframe>`);
	await refused;
	await expect(framing.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0);
	await framing.close();
});

test('a person switches to English and the choice is remembered', async ({ page }) => {
	await visit(page, '/connexion');
	// One link in the footer leads to the language page, named in both languages (decision 028).
	await page.getByRole('link', { name: 'Langue · Language' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Langue');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
	await expectAccessible(page);
	await page.goto('/inscription');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign up');
	await page.getByRole('link', { name: 'Language · Langue' }).click();
	await page.getByRole('button', { name: 'Français' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Créer un compte');
});
