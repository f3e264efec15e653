// A member publishes a request « Réparer mon vélo »; another member searches « velo » (no accent) and finds it,
// answers it and, as coordinator, introduces Gérard (a member without email); the author accepts and they meet.
import { expect, expectAccessible, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, gerard, karim, petitNanterre } from './support/people.ts';

useWorld(petitNanterre([gerard]));
test.describe.configure({ mode: 'serial' });

test('a member publishes a request; bad input is refused and nothing is published', async ({ page }) => {
	await logIn(page, karim);
	await visit(page, '/annonces');
	await page.getByRole('link', { name: 'Publier une annonce' }).first().click();
	await expectAccessible(page);

	await page.getByRole('textbox', { name: 'Titre' }).fill('<script>alert(1)</script>');
	await page.getByRole('button', { name: "Publier l'annonce" }).click();
	await expect(page.getByText('Les signes < et > sont refusés ici. Retirez-les.')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('textbox', { name: 'Titre' }).fill('');
	await page.getByRole('button', { name: "Publier l'annonce" }).click();
	await expect(page.getByText('Ce champ est obligatoire. Remplissez-le.').first()).toBeVisible();

	await page.getByLabel("Une demande : j'ai besoin d'aide ou j'aimerais apprendre").check();
	await page.getByRole('textbox', { name: 'Titre' }).fill('Réparer mon vélo');
	await page
		.getByRole('textbox', { name: 'Description' })
		.fill('Ma chaîne saute et le frein arrière frotte. Quelqu’un pour me montrer comment régler ça ?');
	await page.getByRole('combobox', { name: 'Thème' }).selectOption({ label: 'Mobilité & vélo' });
	await page.getByRole('button', { name: "Publier l'annonce" }).click();
	await expect(page.getByRole('status')).toHaveText('Votre annonce est publiée.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réparer mon vélo');
	// The author sees who could help; nobody shares a cycling skill in this network yet.
	const helpers = page.getByRole('region', { name: 'Des voisins qui peuvent vous aider' });
	await expect(helpers).toContainText("Personne pour l'instant");
	await expectAccessible(page);

	await visit(page, '/mes-annonces');
	await expect(page.getByRole('link', { name: 'Réparer mon vélo' })).toBeVisible();
	// The home page follows the request: who could help with it.
	await visit(page, '/');
	await expect(
		page.getByRole('region', { name: 'Des voisins qui peuvent vous aider pour « Réparer mon vélo »' })
	).toBeVisible();
	await logOut(page);
});

test('another member searches « velo » and finds the request, with the word highlighted', async ({ page }) => {
	await logIn(page, anne);
	const search = page.getByRole('search', { name: 'Rechercher dans le réseau' });
	await search.getByRole('searchbox').fill('velo');
	await search.getByRole('button', { name: 'Rechercher' }).click();
	await expect(page).toHaveURL(/\/recherche\?q=velo/);
	const result = page.getByRole('link', { name: 'Réparer mon vélo' });
	await expect(result).toBeVisible();
	await expect(
		page
			.locator('mark')
			.filter({ hasText: /^vélo$/ })
			.first()
	).toBeVisible();
	await expectAccessible(page);

	// Offers only: the request is not among them. The filters are folded under « Préciser », after the box.
	await page.getByText('Préciser', { exact: true }).click();
	await page
		.getByRole('combobox', { name: 'Offres ou demandes' })
		.selectOption({ label: "Offres : quelqu'un partage" });
	await page.getByRole('button', { name: 'Rechercher' }).last().click();
	await expect(page.getByRole('link', { name: 'Réparer mon vélo' })).toHaveCount(0);
	await expectAccessible(page);

	// Other word forms find it too; the detail page tells who asked.
	await visit(page, '/recherche?q=reparations+de+velos');
	await page.getByRole('link', { name: 'Réparer mon vélo' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réparer mon vélo');
	await expect(page.getByRole('main').getByRole('link', { name: karim.name })).toBeVisible();
	await expectAccessible(page);

	// She can help: her answer becomes a proposed introduction that both of them see.
	await page.getByRole('button', { name: 'Je peux aider' }).click();
	await expect(page.getByRole('status')).toHaveText(
		"Votre réponse est envoyée. La personne qui a publié l'annonce la verra ici."
	);
	const introductions = page.getByRole('region', { name: 'Mises en relation' });
	await expect(introductions).toContainText(`Proposée — ${anne.name}`);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Je peux aider' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Vous avez déjà répondu à cette annonce. Retrouvez votre réponse dans « Mises en relation ».'
	);
	// As a coordinator she also introduces Gérard, who has no email, on his behalf.
	const introduce = page.getByRole('region', { name: 'Mettre en relation' });
	await introduce.getByRole('button', { name: 'Mettre en relation' }).click();
	await expect(page.getByText('Cochez au moins une option.').first()).toBeVisible();
	await page.getByLabel('Ou un autre membre').selectOption({ label: gerard.name });
	await page
		.getByRole('region', { name: 'Mettre en relation' })
		.getByRole('button', { name: 'Mettre en relation' })
		.click();
	await expect(page.getByRole('status')).toHaveText('La mise en relation est proposée.');
	await expect(introductions).toContainText(`Proposée — ${gerard.name}`);
	await expectAccessible(page);
	// As a coordinator she follows the requests nobody answered; none is a week old here.
	await visit(page, '/coordination/suivi');
	await expect(page.getByText('Toutes les demandes ont reçu au moins une réponse.')).toBeVisible();
	await logOut(page);
});

test('the author accepts the answer, then records that they met', async ({ page }) => {
	await logIn(page, karim);
	await visit(page, '/mes-annonces');
	await page.getByRole('link', { name: 'Réparer mon vélo' }).click();
	const introductions = page.getByRole('region', { name: 'Mises en relation' });
	await expect(introductions).toContainText(`Proposée — ${anne.name}`);
	// Anne's answer comes first; Gérard's introduction by the team waits below it.
	await introductions.getByRole('button', { name: 'Accepter' }).first().click();
	await expect(page.getByRole('status')).toHaveText('La mise en relation est mise à jour.');
	await expect(introductions).toContainText(`Acceptée — ${anne.name}`);
	await introductions.getByRole('button', { name: 'Nous nous sommes rencontrés' }).click();
	await expect(introductions).toContainText(`Rencontre faite — ${anne.name}`);
	await expect(introductions.getByRole('button', { name: 'Accepter' })).toHaveCount(1);
	await expectAccessible(page);
	await logOut(page);
});
