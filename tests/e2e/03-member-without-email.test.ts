// A coordinator creates a member without email; the member logs in with the printed code.
// This journey runs with JavaScript turned off: every form must work as plain HTML.
import { expect, expectAccessible, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, petitNanterre } from './support/people.ts';

useWorld(petitNanterre());

test.use({ javaScriptEnabled: false });

test('a member without email logs in with the code from the welcome sheet', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/membres');
	await page.getByRole('link', { name: 'Créer un membre sans adresse e-mail' }).click();
	await expectAccessible(page);
	await page.getByLabel('Nom').fill('<b>Gérard</b>');
	await page.getByRole('button', { name: 'Créer le membre' }).click();
	await expect(page.getByText('Les signes < et > sont refusés ici. Retirez-les.')).toBeVisible();
	await page.getByLabel('Nom').fill('Gérard Moreau');
	await page.getByRole('button', { name: 'Créer le membre' }).click();

	await expect(page.getByRole('heading', { name: "Fiche d'accueil de Gérard Moreau" })).toBeVisible();
	await expect(page.getByText('Bienvenue dans le réseau « Réseau des savoirs du Petit-Nanterre » !')).toBeVisible();
	const code = (await page.getByTestId('login-code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
	await expectAccessible(page);
	await logOut(page);

	await visit(page, '/connexion');
	await page.getByRole('link', { name: "J'ai un code de connexion" }).click();
	await expectAccessible(page);
	await page.getByLabel('Code de connexion').fill('ZZZZ-ZZZZ-ZZZZ');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page.getByText("Ce code de connexion n'est pas reconnu.")).toBeVisible();
	await expect(page.getByLabel('Code de connexion')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
	// People copy codes from paper: lower case and spaces are fine.
	await page.getByLabel('Code de connexion').fill(code.toLowerCase().replaceAll('-', ' '));
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bonjour Gérard Moreau !');
	await visit(page, '/compte');
	await expect(page.getByText("Pas d'adresse e-mail : vous vous connectez avec votre code.")).toBeVisible();
	await logOut(page);
});
