// Seven days before a post expires, its author gets an email; the link renews it in one click after logging in.
// The world starts with her request expiring in 5 days, inside the notice window.
import { expect, expectAccessible, linkIn, test, useWorld, waitForMail } from './support/fixtures.ts';

const author = { name: 'Leïla Haddad', email: 'leila.haddad@exemple.org', password: 'velo-du-marche-2026' };
const title = 'Réparer mon vélo avant les vacances';
const world = useWorld({
	network: { name: 'Réseau des savoirs des Fontenelles', town: 'Nanterre' },
	coordinator: author,
	posts: [{ author: author.email, title, kind: 'request', themeName: 'Mobilité & vélo', expiresInDays: 5 }]
});

test('an author renews a post from the expiry email', async ({ page }) => {
	const mail = await waitForMail({ to: author.email, subject: /sera bientôt hors ligne/ }, 30_000);
	expect(mail.subject).toBe(`Votre annonce « ${title} » sera bientôt hors ligne`);
	expect(mail.text).toContain('Prolonger mon annonce');
	const link = linkIn(mail, '/annonces/');
	expect(link.startsWith(world.baseUrl)).toBe(true);

	await page.goto(link);
	await expect(page).toHaveURL(/\/connexion\?suite=/);
	await page.getByLabel('Adresse e-mail').fill(author.email);
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
