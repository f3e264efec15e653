// Issue 18's invitation links (decision 039), in Anne's network: Anne makes the link « Marché du samedi » with a
// short text, downloads its A4 poster (a PDF); a visitor opens the link (the QR code's address) and creates an
// account there; the list then says the link was opened once and one person came through it. axe-core and the
// phone-first check on every page.
import { expect, expectAccessible, expectPhoneFirst, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, petitNanterre } from './support/people.ts';

useWorld(petitNanterre([]));
test.describe.configure({ mode: 'serial' });

const LABEL = 'Marché du samedi';
let linkPath = '';

async function checked(page: import('@playwright/test').Page) {
	await expectAccessible(page);
	await expectPhoneFirst(page);
}

test('Anne makes the link « Marché du samedi » and downloads its poster', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination');
	await page.getByRole('link', { name: "Liens d'invitation" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Liens d'invitation");
	await checked(page);

	// An empty name is refused beside its field, and nothing is made.
	await page.getByRole('button', { name: 'Créer le lien' }).click();
	await expect(page.getByRole('textbox', { name: 'Nom du lien' })).toHaveAccessibleDescription(/Remplissez|champ/i);
	await checked(page);

	await page.getByRole('textbox', { name: 'Nom du lien' }).fill(LABEL);
	await page
		.getByRole('textbox', { name: "Texte de l'affiche (si vous voulez)" })
		.fill('Venez échanger vos savoirs : cuisine, couture, vélo… Œuvre d’art — l’atelier.');
	await page.getByRole('button', { name: 'Créer le lien' }).click();
	await expect(page.getByRole('status')).toContainText('Le lien est créé.');
	await checked(page);
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: LABEL }) });
	await expect(card).toContainText('Ouvertures : 0');
	await expect(card).toContainText('Personnes venues par ce lien : 0');

	const posterHref = await card.getByRole('link', { name: /Télécharger l'affiche/ }).getAttribute('href');
	const poster = await page.request.get(posterHref!);
	expect(poster.status()).toBe(200);
	expect(poster.headers()['content-type']).toBe('application/pdf');
	expect((await poster.body()).subarray(0, 5).toString()).toBe('%PDF-');
	linkPath = new URL((await card.getByRole('link', { name: /\/invitation\/lien\// }).getAttribute('href'))!, page.url())
		.pathname;
	await logOut(page);
});

test('a visitor opens the link and joins the network', async ({ page }) => {
	await visit(page, linkPath);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Rejoindre');
	await checked(page);
	await page.getByRole('textbox', { name: 'Votre nom' }).fill('Samir Haddad');
	await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill('samir.haddad@exemple.org');
	await page.getByLabel('Mot de passe').fill('marche-du-samedi-26');
	await page.getByRole('button', { name: 'Créer mon compte' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/invitation'));
	await checked(page);
	await logOut(page);
});

test('the list says the link was opened once and one person joined through it', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/invitations');
	await checked(page);
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: LABEL }) });
	await expect(card).toContainText('Ouvertures : 1');
	await expect(card).toContainText('Personnes venues par ce lien : 1');
});
