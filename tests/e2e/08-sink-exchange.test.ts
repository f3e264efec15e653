// Issue 4's journey, from a request to an exchange that happened: Karim asks « Qui veut me montrer comment
// déboucher un évier ? »; Anne, who listed « Plomberie », finds it among her suggestions and answers; they write
// to each other (her reply reaches his open page without reloading), meet, she records the exchange, he confirms
// it and thanks her; both profiles show it.
import { expect, expectAccessible, test, useWorld, visit, waitForMail } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, karim, network, petitNanterre } from './support/people.ts';

useWorld(petitNanterre());
test.describe.configure({ mode: 'serial' });

const title = 'Qui veut me montrer comment déboucher un évier ?';

test('a neighbour who shares « Plomberie » finds the new request among her suggestions and answers it', async ({
	page
}) => {
	await logIn(page, anne);
	await visit(page, '/profil');
	await page.getByLabel('le partager').check();
	await page.getByLabel('Le savoir').fill('Plomberie');
	await page.getByRole('combobox', { name: 'Thème' }).selectOption({ label: 'Bricolage & réparation' });
	await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('« Plomberie » est ajouté au profil.');
	await logOut(page);

	await logIn(page, karim);
	await visit(page, '/annonces/nouvelle');
	await page.getByLabel("Une demande : j'ai besoin d'aide ou j'aimerais apprendre").check();
	await page.getByRole('textbox', { name: 'Titre' }).fill(title);
	await page.getByRole('textbox', { name: 'Description' }).fill("L'eau ne s'écoule plus dans l'évier de la cuisine.");
	await page.getByRole('combobox', { name: 'Thème' }).selectOption({ label: 'Bricolage & réparation' });
	// He names no skill: the theme is enough for the neighbours who share one of its skills.
	await page.getByRole('button', { name: "Publier l'annonce" }).click();
	await expect(page.getByRole('status')).toHaveText('Votre annonce est publiée.');
	await expect(page.getByRole('region', { name: 'Des voisins qui peuvent vous aider' })).toContainText(anne.name);
	await expectAccessible(page);
	await logOut(page);

	await logIn(page, anne);
	const suggestions = page.getByRole('region', { name: 'Des demandes où vous pourriez aider' });
	await expect(suggestions.getByRole('link', { name: title })).toBeVisible();
	await expectAccessible(page);
	// The job worker also told her, in her notification centre (new requests go to the daily digest by default).
	await expect(async () => {
		await visit(page, '/notifications');
		await expect(
			page.getByRole('link', { name: new RegExp(`pourrait vous intéresser : « ${title.replace('?', '\\?')} »`) })
		).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 15_000 });
	await page
		.getByRole('link', { name: /pourrait vous intéresser/ })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await page.getByRole('button', { name: 'Je peux aider' }).click();
	await expect(page.getByRole('status')).toHaveText(
		"Votre réponse est envoyée. La personne qui a publié l'annonce la verra ici."
	);
	await expectAccessible(page);
	await logOut(page);
});

test('the author is told, accepts, and they write to each other; her reply appears without reloading', async ({
	page,
	browser
}) => {
	const mail = await waitForMail({ to: karim.email, subject: /a répondu à votre annonce « Qui veut me montrer/ });
	expect(mail.subject).toBe(`${anne.name} a répondu à votre annonce « ${title} » — ${network.name}`);

	await logIn(page, karim);
	await visit(page, '/notifications');
	await page.getByRole('link', { name: `Non lue : ${anne.name} a répondu à votre annonce « ${title} »` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const introductions = page.getByRole('region', { name: 'Mises en relation' });
	await introductions.getByRole('button', { name: 'Accepter' }).click();
	await expect(introductions).toContainText(`Acceptée — ${anne.name}`);
	await page.getByRole('link', { name: `Écrire — ${anne.name}` }).click();
	await expectAccessible(page);
	await page.getByRole('textbox', { name: 'Votre message' }).fill('Bonjour Anne, samedi 10 h, ça vous irait ?');
	await page.getByRole('button', { name: 'Envoyer' }).click();
	await expect(page.getByRole('status')).toHaveText('Message envoyé.');
	await expect(page.getByText('Bonjour Anne, samedi 10 h, ça vous irait ?')).toBeVisible();
	await expectAccessible(page);
	const thread = page.url();

	// Anne, in her own browser, sees the unread message in the navigation and answers.
	const context = await browser.newContext({ locale: 'fr-FR' });
	const annePage = await context.newPage();
	await logIn(annePage, anne);
	await expect(annePage.getByRole('link', { name: /Messages \(1 non lu/ })).toBeVisible();
	await annePage.getByRole('link', { name: /Messages/ }).click();
	await annePage
		.getByRole('link', { name: new RegExp(karim.name) })
		.first()
		.click();
	await expect(annePage.getByText('Bonjour Anne, samedi 10 h, ça vous irait ?')).toBeVisible();
	await expectAccessible(annePage);
	await annePage.getByRole('textbox', { name: 'Votre message' }).fill("Parfait, j'apporte une ventouse.");
	await annePage.getByRole('button', { name: 'Envoyer' }).click();
	await expect(annePage.getByRole('status')).toHaveText('Message envoyé.');
	await context.close();

	// Karim's page, still open, receives it through server-sent events.
	expect(page.url()).toBe(thread);
	await expect(page.getByText("Parfait, j'apporte une ventouse.", { exact: true })).toBeVisible({ timeout: 15_000 });
	// Screen readers hear it through a polite live region.
	await expect(page.getByText(`Nouveau message de ${anne.name} : Parfait`)).toBeAttached();
	await expectAccessible(page);
	await logOut(page);
});

test('they meet; she records the exchange, he confirms it and thanks her; both profiles show it', async ({ page }) => {
	await logIn(page, karim);
	await visit(page, '/mes-annonces');
	await page.getByRole('link', { name: title }).click();
	const introductions = page.getByRole('region', { name: 'Mises en relation' });
	await introductions.getByRole('button', { name: 'Nous nous sommes rencontrés' }).click();
	await expect(introductions).toContainText(`Rencontre faite — ${anne.name}`);
	await logOut(page);

	await logIn(page, anne);
	await visit(page, '/annonces');
	await page.getByRole('link', { name: title }).click();
	await page.getByRole('link', { name: `Enregistrer l'échange — ${anne.name}` }).click();
	await expectAccessible(page);
	// The introduction filled in the people and the skill; she says how long it took.
	await expect(page.getByRole('combobox', { name: 'Qui a partagé son savoir ?' })).toHaveValue(/.+/);
	await expect(page.getByRole('combobox', { name: 'Quel savoir ?' }).locator('option:checked')).toHaveText('Plomberie');
	await page.getByRole('combobox', { name: 'Combien de temps ?' }).selectOption({ label: '1 h 30' });
	await page.getByRole('button', { name: "Enregistrer l'échange" }).click();
	await expect(page.getByRole('status')).toHaveText(
		"L'échange est enregistré. Les autres personnes vont le confirmer."
	);
	await expectAccessible(page);
	await logOut(page);

	await logIn(page, karim);
	// His home page leads with it (« Ce qui vous attend »), a link to where it is done.
	await page.getByRole('link', { name: '1 échange à confirmer' }).click();
	await expect(page).toHaveURL(/\/echanges$/);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Confirmer' }).click();
	await expect(page.getByRole('status')).toHaveText("Merci, l'échange est confirmé.");
	await page
		.getByRole('textbox', { name: `Votre mot de remerciement pour ${anne.name}` })
		.fill("Merci Anne, l'évier coule à nouveau !");
	await page.getByRole('button', { name: 'Dire merci' }).click();
	await expect(page.getByRole('status')).toHaveText('Votre merci est envoyé.');
	await expectAccessible(page);

	// His profile shows what he received; hers what she shared and his thanks.
	await visit(page, '/mes-annonces');
	await page.getByRole('link', { name: title }).click();
	await page.getByRole('main').getByRole('link', { name: karim.name }).click();
	await expect(page.getByRole('region', { name: 'Savoirs reçus' })).toContainText('Plomberie');
	await expectAccessible(page);
	await page.goBack();
	await page
		.getByRole('region', { name: 'Mises en relation' })
		.getByRole('link', { name: anne.name, exact: true })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(anne.name);
	await expect(page.getByRole('region', { name: 'Savoirs partagés' })).toContainText('Plomberie');
	await expect(page.getByRole('region', { name: 'Mercis reçus' })).toContainText(
		"Merci Anne, l'évier coule à nouveau !"
	);
	await expectAccessible(page);
	await logOut(page);
});
