// Issue 18's meeting poll (decision 037), in Anne's network: Karim, a member of the new « Jardinage » group,
// proposes three evenings for the « Réunion de lancement » from the group's page; he and Leila (without
// JavaScript) answer with their accounts, Nadia, a neighbour without an account, answers through the poll's
// link and gets her private link. The best evening is first in the grid; Karim chooses it and the event is in the
// agenda. axe-core on every page, the phone-first check on the main ones.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectPhoneFirst, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, karim, petitNanterre } from './support/people.ts';

const leila = { name: 'Leila Haddad', email: 'leila.haddad@exemple.org', password: 'graines-et-semis-2026' };
useWorld(petitNanterre([leila]));
test.describe.configure({ mode: 'serial' });

const TITLE = 'Réunion de lancement';
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
let pollPath = '';
let shareLink = '';

async function checked(page: Page) {
	await expectAccessible(page);
	await expectPhoneFirst(page);
}

async function joinJardinage(page: Page, person: { email: string; password: string }) {
	await logIn(page, person);
	await visit(page, '/groupes');
	await page.getByRole('link', { name: 'Jardinage' }).first().click();
	await page.getByRole('button', { name: 'Rejoindre le groupe' }).click();
}

test('Karim proposes three evenings for the group', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/groupes/nouveau');
	await page.getByRole('textbox', { name: 'Nom du groupe' }).fill('Jardinage');
	await page.getByRole('button', { name: 'Créer le groupe' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jardinage');
	await logOut(page);
	await joinJardinage(page, leila);
	await logOut(page);

	await joinJardinage(page, karim);
	await page.getByRole('link', { name: 'Trouver une date' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proposer des dates');
	await checked(page);
	await page.getByRole('textbox', { name: 'Titre' }).fill(TITLE);
	for (const [n, days] of [3, 4, 5].entries()) {
		await page.getByLabel(`Date ${n + 1}`, { exact: true }).fill(dayFromNow(days));
		await page.getByLabel(`Début ${n + 1}`, { exact: true }).fill('18:30');
		await page.getByLabel(`Fin ${n + 1}`, { exact: true }).fill('20:00');
	}
	await expect(page.getByRole('combobox', { name: 'Pour qui' })).toHaveValue(/.+/);
	await page.getByRole('button', { name: 'Publier le sondage' }).click();
	// No place yet: the sentence is beside the field, and what was typed is kept.
	await expect(page.getByText('Le lieu manque. Choisissez un lieu, ou donnez le lien de la visio.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Titre' })).toHaveValue(TITLE);
	await expectAccessible(page);
	await page.getByRole('textbox', { name: 'Lien de la visio' }).fill('https://visio.exemple.org/jardinage');
	await page.getByRole('button', { name: 'Publier le sondage' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	pollPath = new URL(page.url()).pathname;
	await checked(page);

	// Karim: oui, non, si besoin.
	const form = page.locator('form[action="?/answer"]');
	const groups = form.getByRole('group');
	await groups.nth(0).getByRole('radio', { name: 'oui', exact: true }).check();
	await groups.nth(1).getByRole('radio', { name: 'non', exact: true }).check();
	await groups.nth(2).getByRole('radio', { name: 'si besoin', exact: true }).check();
	await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
	await expect(page.getByRole('status').first()).toHaveText('Votre réponse est enregistrée.');
	shareLink = (await page.locator('code').first().textContent()) ?? '';
	expect(shareLink).toContain('/sondages/lien/');
	await expectAccessible(page);
	await logOut(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('Leila answers from « Trouver une date »', async ({ page }) => {
		await logIn(page, leila);
		await visit(page, '/sondages');
		await checked(page);
		await page.getByRole('link', { name: TITLE }).click();
		await expect(page.getByText('Pas encore répondu')).toBeVisible();
		const groups = page.locator('form[action="?/answer"]').getByRole('group');
		await groups.nth(0).getByRole('radio', { name: 'si besoin', exact: true }).check();
		await groups.nth(1).getByRole('radio', { name: 'oui', exact: true }).check();
		await groups.nth(2).getByRole('radio', { name: 'oui', exact: true }).check();
		await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
		await expect(page.getByRole('status').first()).toHaveText('Votre réponse est enregistrée.');
		await expect(page.getByText('Tout le groupe a répondu.')).toBeVisible();
		await expectAccessible(page);
		await logOut(page);
	});
});

test('Nadia answers through the link, without an account', async ({ page }) => {
	await visit(page, new URL(shareLink).pathname);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await checked(page);
	// No member's name outside the network.
	await expect(page.getByText('Karim Benali')).toHaveCount(0);
	await page.getByRole('textbox', { name: 'Votre nom' }).fill('Nadia, voisine du 12');
	const groups = page
		.locator('form')
		.filter({ has: page.getByRole('textbox', { name: 'Votre nom' }) })
		.getByRole('group');
	await groups.nth(0).getByRole('radio', { name: 'non', exact: true }).check();
	await groups.nth(1).getByRole('radio', { name: 'non', exact: true }).check();
	await groups.nth(2).getByRole('radio', { name: 'oui', exact: true }).check();
	await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
	await expect(page.getByRole('heading', { name: 'Votre lien personnel' })).toBeVisible();
	const privateLink = await page.getByRole('link', { name: /\/sondages\/lien\/reponse\// }).getAttribute('href');
	await expectAccessible(page);
	await visit(page, new URL(privateLink!).pathname);
	await expect(page.getByRole('heading', { name: 'Changer ma réponse' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Votre nom' })).toHaveValue('Nadia, voisine du 12');
	await expectAccessible(page);
});

test('the best evening comes first; Karim chooses it and the event is in the agenda', async ({ page }) => {
	await logIn(page, karim);
	await visit(page, pollPath);
	// Third evening: oui + oui + si besoin = 2.5; first: 1.5; second: 1.
	const rows = page.getByRole('table').getByRole('row');
	const best = await rows.nth(1).getByRole('rowheader').textContent();
	await expect(rows.nth(1)).toContainText('2 oui, 1 si besoin, 0 non');
	await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('si besoin');
	await expect(page.getByRole('columnheader', { name: 'Nadia, voisine du 12' })).toBeVisible();
	await checked(page);

	await page.getByRole('button', { name: 'Choisir cette date' }).click();
	await expect(page.getByRole('status').first()).toHaveText("La date est choisie. L'événement est dans l'agenda.");
	await expect(page.getByText(`Date choisie : ${best}.`)).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: "Voir l'événement" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expectAccessible(page);
	await visit(page, '/evenements');
	await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
	await expectAccessible(page);
});
