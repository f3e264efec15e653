// Issue 16's « bons plans » journey (decision 033), in Anne's network: Karim shares « Ateliers numériques gratuits
// à la médiathèque » from « Moi » (after a link that is no web address is refused beside its field); Samira finds
// it on the board under « Numérique » and marks it « utile »: the count says 1, on its page and on the board. Then
// she reports it (its link no longer works) and Anne hides it from « Signalements »: it leaves the board.
// axe-core and the phone-first check on every page.
import { expect, expectAccessible, expectPhoneFirst, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut, openMenu } from './support/actions.ts';
import { anne, karim, petitNanterre } from './support/people.ts';

const samira = { name: 'Samira Haddad', email: 'samira.haddad@exemple.org', password: 'bons-plans-du-quartier' };
useWorld(petitNanterre([samira]));
test.describe.configure({ mode: 'serial' });

const TITLE = 'Ateliers numériques gratuits à la médiathèque';

test('Karim shares a tip from « Moi »', async ({ page }) => {
	await logIn(page, karim);
	await openMenu(page);
	await page.getByRole('link', { name: 'Bons plans' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bons plans');
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Partager un bon plan' }).click();
	await expectAccessible(page);

	await page.getByRole('textbox', { name: 'Titre' }).fill(TITLE);
	await page.getByRole('combobox', { name: 'Thème' }).selectOption({ label: 'Numérique' });
	await page
		.getByRole('textbox', { name: 'Texte (si vous voulez)' })
		.fill('Tous les mardis à 14 h : ordinateur, e-mails et démarches en ligne. Gratuit, sans inscription.');
	await page.getByRole('textbox', { name: 'Lien (si vous voulez)' }).fill('javascript:alert(1)');
	await page.getByRole('textbox', { name: 'Lieu (si vous voulez)' }).fill('Médiathèque Pablo Neruda');
	await page.getByRole('button', { name: 'Publier le bon plan' }).click();
	await expect(
		page.getByText("Ce lien n'est pas une adresse web. Collez une adresse qui commence par https://.").first()
	).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Titre' })).toHaveValue(TITLE);
	await expectAccessible(page);

	await page.getByRole('textbox', { name: 'Lien (si vous voulez)' }).fill('https://mediatheque.example.org/ateliers');
	await page.getByRole('button', { name: 'Publier le bon plan' }).click();
	await expect(page.getByRole('status').first()).toHaveText('Bon plan publié.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expectAccessible(page);
	// The author sees no « C'est utile » button on their own tip, and nobody marked it yet.
	await expect(page.getByRole('button', { name: "C'est utile" })).toHaveCount(0);
	await expect(page.getByText('Utile pour personne encore')).toBeVisible();
	await logOut(page);
});

test('Samira finds it on the board and marks it « utile »', async ({ page }) => {
	await logIn(page, samira);
	await visit(page, '/bons-plans?theme=numerique');
	await expectPhoneFirst(page);
	await page.getByRole('link', { name: TITLE }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(page.getByRole('link', { name: 'Voir le site' })).toHaveAttribute(
		'href',
		'https://mediatheque.example.org/ateliers'
	);
	await expectAccessible(page);

	await page.getByRole('button', { name: "C'est utile" }).click();
	await expect(page.getByText('Vous avez trouvé ce bon plan utile.')).toBeVisible();
	await expect(page.getByText('Utile pour 1 personne')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Retirer « utile »' })).toBeVisible();
	await expectAccessible(page);

	await visit(page, '/bons-plans');
	const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
	await expect(card).toContainText('Utile pour 1 personne');
	await expect(card).toContainText('Partagé par Karim Benali');
});

test('Samira reports it; Anne hides it from « Signalements »', async ({ page }) => {
	await logIn(page, samira);
	await visit(page, '/bons-plans');
	await page.getByRole('link', { name: TITLE }).click();
	await page.getByText('Signaler ce bon plan', { exact: true }).last().click();
	await page.getByRole('textbox', { name: 'Pourquoi le signaler ?' }).fill('Le lien ne marche plus.');
	await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
	await expect(page.getByText("Merci. L'équipe du réseau va regarder ce bon plan.")).toBeVisible();
	await expectAccessible(page);
	await logOut(page);

	await logIn(page, anne);
	await visit(page, '/coordination/signalements');
	const report = page.getByRole('article', { name: `« ${TITLE} », partagé par Karim Benali` });
	await expect(report).toContainText('Le lien ne marche plus.');
	await report.getByRole('button', { name: 'Masquer le bon plan' }).click();
	await expect(page.getByRole('status')).toHaveText('Le signalement est marqué comme traité.');
	await expect(page.getByRole('article', { name: `« ${TITLE} », partagé par Karim Benali` })).toHaveCount(0);
	await expectAccessible(page);
	await visit(page, '/bons-plans');
	await expect(page.getByRole('link', { name: TITLE })).toHaveCount(0);
});
