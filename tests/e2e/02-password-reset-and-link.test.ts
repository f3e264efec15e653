// Forgotten password through an email caught by a real SMTP server, and logging in by emailed link.
import { expect, expectAccessible, linkIn, test, useWorld, visit, waitForMail } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { karim, petitNanterre } from './support/people.ts';

const karimAfterReset = { ...karim, password: 'un-nouveau-mot-de-passe' };

useWorld(petitNanterre());

test('a member resets a forgotten password with the emailed link, which works only once', async ({ page }) => {
	await visit(page, '/connexion');
	await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
	await expect(page).toHaveURL(/\/mot-de-passe-oublie$/);
	await expectAccessible(page);
	const asked = new Date();
	await page.getByLabel('Adresse e-mail').fill(karim.email);
	await page.getByRole('button', { name: 'Envoyer le lien' }).click();
	await expect(page.getByRole('status')).toContainText('Si un compte utilise cette adresse');
	await expectAccessible(page);

	const mail = await waitForMail({ to: karim.email, subject: /Choisir un nouveau mot de passe/, after: asked });
	expect(mail.text).toContain(`Bonjour ${karim.name},`);
	const link = linkIn(mail, '/mot-de-passe/');
	await visit(page, link);
	await page.getByLabel('Nouveau mot de passe').fill('court');
	await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
	await expect(page.getByText("Ce mot de passe est trop court. Choisissez-en un d'au moins 8 signes.")).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Nouveau mot de passe').fill(karimAfterReset.password);
	await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
	await expect(page).toHaveURL(/\/compte/);
	await expect(page.getByRole('status')).toHaveText(
		'Votre mot de passe est changé. Vos autres appareils sont déconnectés.'
	);
	await expectAccessible(page);
	await logOut(page);

	await visit(page, link);
	await expect(page.getByText('Ce lien ne marche plus')).toBeVisible();

	await logIn(page, karim);
	await expect(page.getByRole('alert')).toHaveText(
		"L'adresse e-mail ou le mot de passe ne correspond pas. Vérifiez les deux, ou demandez un lien de connexion."
	);
	await expectAccessible(page);
	await page.getByLabel('Mot de passe').fill(karimAfterReset.password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour ${karim.name} !`);
	await logOut(page);
});

test('a member logs in with a link sent by email, without a password', async ({ page }) => {
	await visit(page, '/connexion');
	await page.getByRole('link', { name: 'Recevoir un lien de connexion par e-mail' }).click();
	await expectAccessible(page);
	const asked = new Date();
	await page.getByLabel('Adresse e-mail').fill(karim.email);
	await page.getByRole('button', { name: 'Recevoir le lien' }).click();
	await expect(page.getByRole('status')).toContainText('Son lien marche pendant 20 minutes.');

	const mail = await waitForMail({ to: karim.email, subject: /Votre lien de connexion/, after: asked });
	await visit(page, linkIn(mail, '/connexion/lien/'));
	await page.getByRole('button', { name: 'Me connecter' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bonjour ${karim.name} !`);
	await logOut(page);
});
