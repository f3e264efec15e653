// Issue 18's collective challenges (decision 038), in Anne's network: after the group's meeting Anne notes a
// décision of the new « Jardinage » group and writes the défi « Journée découverte jardinage » with two tasks
// (a task due after the défi is refused beside its field first). Leila joins the group, takes a task
// (« Je m'en occupe »), finds it in « Mes tâches » and marks it done: the group page says « 1 tâche sur 2 faite ».
// axe-core and the phone-first check on every page.
import { expect, expectAccessible, expectPhoneFirst, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut, openMenu } from './support/actions.ts';
import { anne, petitNanterre } from './support/people.ts';

const leila = { name: 'Leila Haddad', email: 'leila.haddad@exemple.org', password: 'graines-et-semis-2026' };
useWorld(petitNanterre([leila]));
test.describe.configure({ mode: 'serial' });

const CHALLENGE = 'Journée découverte jardinage';
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function checked(page: import('@playwright/test').Page) {
	await expectAccessible(page);
	await expectPhoneFirst(page);
}

test('Anne notes a décision and writes the défi with two tasks', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/groupes/nouveau');
	await page.getByRole('textbox', { name: 'Nom du groupe' }).fill('Jardinage');
	await page.getByRole('button', { name: 'Créer le groupe' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jardinage');
	await checked(page);

	await page.getByRole('link', { name: 'Voir les défis et les décisions' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Défis et décisions du groupe Jardinage');
	await checked(page);
	await page
		.getByRole('textbox', { name: 'La décision (obligatoire)', exact: true })
		.fill('On tient un stand au marché du samedi.');
	await page.getByLabel('Date de la décision').fill(dayFromNow(0));
	await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
	await expect(page.getByRole('status')).toHaveText('La décision est enregistrée.');
	await expect(page.getByText('On tient un stand au marché du samedi.', { exact: true })).toBeVisible();
	await checked(page);

	await page.getByRole('link', { name: 'Écrire un défi' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouveau défi');
	await checked(page);
	await page.getByRole('textbox', { name: 'Le défi (obligatoire)', exact: true }).fill(CHALLENGE);
	await page.getByLabel('Pour quand').fill(dayFromNow(60));
	await page.getByRole('textbox', { name: 'Pourquoi (si vous voulez)' }).fill('Faire connaître les jardins Gorki.');
	await page.getByRole('button', { name: 'Enregistrer le défi' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHALLENGE);
	await expect(page.getByRole('status')).toHaveText('Le défi est enregistré. Ajoutez maintenant ses tâches.');
	await checked(page);

	await page.getByRole('textbox', { name: 'La tâche (obligatoire)', exact: true }).fill('Réserver le jardin');
	await page.getByLabel('À faire avant (si vous voulez)').fill(dayFromNow(90));
	await page.getByRole('button', { name: 'Ajouter la tâche' }).click();
	await expect(
		page.getByText('Cette date tombe après la date du défi. Choisissez une date plus proche.')
	).toBeVisible();
	await checked(page);
	await page.getByLabel('À faire avant (si vous voulez)').fill(dayFromNow(30));
	await page.getByRole('button', { name: 'Ajouter la tâche' }).click();
	await expect(page.getByRole('status')).toHaveText('La tâche est ajoutée.');
	await page.getByRole('textbox', { name: 'La tâche (obligatoire)', exact: true }).fill('Faire l’affiche');
	await page.getByRole('button', { name: 'Ajouter la tâche' }).click();
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Réserver le jardin', 'Faire l’affiche']);
	await expect(page.getByText('0 tâche sur 2 faite')).toBeVisible();
	await checked(page);
	await logOut(page);
});

test('Leila joins, takes a task and marks it done; the group page shows the progress', async ({ page }) => {
	await logIn(page, leila);
	await openMenu(page);
	await page.getByRole('link', { name: 'Groupes' }).click();
	await page.getByRole('link', { name: 'Jardinage' }).click();
	await page.getByRole('button', { name: 'Rejoindre le groupe' }).click();
	await page.getByRole('link', { name: CHALLENGE }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHALLENGE);
	await checked(page);

	await page.getByRole('button', { name: 'Je m’en occupe : Réserver le jardin'.replace('’', "'") }).click();
	await expect(page.getByText('Leila Haddad s’en occupe.'.replace('’', "'"))).toBeVisible();
	await checked(page);

	await openMenu(page);
	await page.getByRole('link', { name: 'Mes tâches' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes tâches');
	await checked(page);
	await page.getByRole('link', { name: 'Réserver le jardin' }).click();
	await page.getByRole('button', { name: 'Marquer comme faite : Réserver le jardin' }).click();
	await expect(page.getByText('1 tâche sur 2 faite')).toBeVisible();
	await checked(page);

	await visit(page, '/groupes');
	await page.getByRole('link', { name: 'Jardinage' }).click();
	const challenges = page.getByRole('region', { name: 'Défis du groupe' });
	await expect(challenges).toContainText(`${CHALLENGE} — 1 tâche sur 2 faite`);
	await checked(page);
});
