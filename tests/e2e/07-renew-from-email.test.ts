// Seven days before a post expires, its author gets an email; the link renews it in one click after logging in.
// This journey needs a post that is about to expire, so it runs an app of its own on a prepared database.
import { expect, expectAccessible, linkIn, test, waitForMail } from './support/fixtures.ts';
import { startOwnApp } from './support/own-app.ts';

const author = { name: 'Leïla Haddad', email: 'leila.haddad@exemple.org', password: 'velo-du-marche-2026' };
const title = 'Réparer mon vélo avant les vacances';
let app: Awaited<ReturnType<typeof startOwnApp>>;

test.beforeAll(async () => {
	app = await startOwnApp('tests/e2e/support/seed-expiring-post.ts', {
		network: { name: 'Réseau des savoirs des Fontenelles', town: 'Nanterre' },
		author,
		title
	});
});

test.afterAll(async () => {
	await app?.stop();
});

test('an author renews a post from the expiry email', async ({ page }) => {
	const mail = await waitForMail({ to: author.email, subject: /expire bientôt/ }, 30_000);
	expect(mail.subject).toBe(`Votre annonce « ${title} » expire bientôt`);
	expect(mail.text).toContain('Prolonger mon annonce');
	const link = linkIn(mail, '/annonces/');
	expect(link.startsWith(app.baseUrl)).toBe(true);

	await page.goto(link);
	await expect(page).toHaveURL(/\/connexion\?suite=/);
	await page.getByLabel('Adresse électronique').fill(author.email);
	await page.getByLabel('Mot de passe').fill(author.password);
	await page.getByRole('button', { name: 'Se connecter' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prolonger mon annonce');
	await expect(page.getByText(`« ${title} » est visible jusqu'au`)).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Prolonger mon annonce' }).click();
	await expect(page.getByText(/C'est fait : votre annonce est visible jusqu'au/)).toBeVisible();
	await expectAccessible(page);

	// A second click from the same email changes nothing and says so.
	await page.goto(link);
	await expect(page.getByText(/Vous pourrez la prolonger dans la semaine qui précède cette date/)).toBeVisible();
});
