// Setup page → first coordinator → log out → a neighbour signs up → the coordinator approves → he logs in.
// On an instance of its own that nobody has set up yet.
import { expect, expectAccessible, linkIn, test, useWorld, visit, waitForMail } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, karim, network } from './support/people.ts';

useWorld(null);

test('a new instance is set up, a neighbour joins and is approved', async ({ page }) => {
	await visit(page, '/');
	await expect(page).toHaveURL(/\/installation$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Installation d'Entrelien");

	const setup = page.getByRole('region', { name: 'Créer mon réseau' });
	await setup.getByLabel('Nom du réseau').fill(network.name);
	await setup.getByLabel('Ville').fill(network.town);
	await setup.getByLabel('Courte description').fill('Voisines et voisins partagent leurs savoirs.');
	await setup.getByLabel('Votre nom').fill(anne.name);
	await setup.getByLabel('Adresse e-mail').fill('anne@');
	await setup.getByLabel('Mot de passe').fill(anne.password);
	await setup.getByRole('button', { name: 'Créer le réseau' }).click();

	// Bad input: a clear French message next to the field, what was typed is kept, nothing is created.
	await expect(page.getByText('Indiquez une adresse e-mail complète')).toBeVisible();
	await expect(setup.getByLabel('Nom du réseau')).toHaveValue(network.name);
	await expect(setup.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('alert')).toHaveText('Le formulaire contient des erreurs. Corrigez les champs indiqués.');
	await expectAccessible(page);

	await setup.getByLabel('Adresse e-mail').fill(anne.email);
	await setup.getByLabel('Mot de passe').fill(anne.password);
	await setup.getByRole('button', { name: 'Créer le réseau' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour ${anne.name} !`);
	await expect(page.getByRole('banner')).toContainText(network.name);
	await visit(page, '/');
	await visit(page, '/installation');
	await expect(page.getByRole('heading', { name: 'Entrelien est déjà installé' })).toBeVisible();
	await logOut(page);

	await visit(page, '/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(network.name);
	await page.getByRole('main').getByRole('link', { name: 'Créer un compte' }).first().click();
	await expect(page).toHaveURL(/\/inscription$/);
	await visit(page, '/inscription');
	await page.getByLabel('Votre nom').fill(karim.name);
	await page.getByLabel('Adresse e-mail').fill(karim.email);
	await page.getByLabel('Mot de passe').fill(karim.password);
	await page.getByRole('button', { name: 'Créer mon compte' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Votre demande pour rejoindre le réseau est en attente'
	);
	await visit(page, '/en-attente');
	await visit(page, '/compte');
	await logOut(page);

	// The coordinator is told by email and follows the link; she is asked to log in first.
	const request = await waitForMail({ to: anne.email, subject: /Nouvelle demande pour rejoindre/ });
	expect(request.text).toContain(`${karim.name} demande à rejoindre le réseau`);
	await page.goto(linkIn(request, '/coordination/membres'));
	await expect(page).toHaveURL(/\/connexion\?suite=%2Fcoordination%2Fmembres$/);
	await page.getByLabel('Adresse e-mail').fill(anne.email);
	await page.getByLabel('Mot de passe').fill(anne.password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page).toHaveURL(/\/coordination\/membres$/);
	await visit(page, '/coordination/membres');
	await page.getByRole('button', { name: `Accepter ${karim.name}` }).click();
	await expect(page.getByRole('status')).toHaveText(`${karim.name} est maintenant membre du réseau.`);
	await expect(page.getByRole('row', { name: new RegExp(karim.name) })).toBeVisible();
	await expectAccessible(page);
	await logOut(page);

	const welcome = await waitForMail({ to: karim.email, subject: /Bienvenue dans/ });
	expect(welcome.subject).toBe(`Bienvenue dans « ${network.name} »`);
	await logIn(page, karim);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour ${karim.name} !`);
	await expect(page.getByRole('link', { name: 'Membres' })).toHaveCount(0);
	await visit(page, '/');
	await logOut(page);
});
