// Karim and Anne already wrote to each other (journey 08 shows how). Karim, without JavaScript, writes in their
// conversation, reports one of her messages, blocks her and chooses to hear about messages in the app only; Anne
// cannot write to him any more, handles the report as coordinator and switches the network to the time bank;
// Karim unblocks her.
import { expect, expectAccessible, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, karim, petitNanterre } from './support/people.ts';

useWorld(
	petitNanterre([], {
		messages: [
			{ from: karim.email, to: anne.email, body: 'Bonjour Anne, samedi 10 h, ça vous irait ?' },
			{ from: anne.email, to: karim.email, body: "Parfait, j'apporte une ventouse." }
		]
	})
);
test.describe.configure({ mode: 'serial' });

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a member writes with the plain form, reports a message, blocks its author, and picks his notices', async ({
		page
	}) => {
		await logIn(page, karim);
		await visit(page, '/messages');
		await page
			.getByRole('link', { name: new RegExp(anne.name) })
			.first()
			.click();
		await expectAccessible(page);
		await page.getByRole('textbox', { name: 'Votre message' }).fill('À samedi !');
		await page.getByRole('button', { name: 'Envoyer' }).click();
		await expect(page.getByRole('status')).toHaveText('Message envoyé.');
		await expect(page.getByText('À samedi !', { exact: true })).toBeVisible();

		// An empty message is refused with a French sentence, and nothing is sent.
		await page.getByRole('button', { name: 'Envoyer' }).click();
		await expect(page.getByText("Écrivez votre message avant de l'envoyer.")).toBeVisible();
		await expectAccessible(page);

		await page
			.getByRole('link', { name: `Signaler le message de ${anne.name}` })
			.first()
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signaler un message');
		await expectAccessible(page);
		await page.getByRole('textbox', { name: 'Ce qui ne va pas' }).fill('Ce message me met mal à l’aise.');
		await page.getByRole('button', { name: 'Signaler' }).click();
		await expect(page.getByRole('status')).toHaveText("Merci. L'équipe du réseau a reçu votre signalement.");

		await page.getByRole('button', { name: `Bloquer ${anne.name}` }).click();
		await expect(page.getByRole('status')).toHaveText('La personne est bloquée. Elle ne peut plus vous écrire.');
		await expectAccessible(page);

		await visit(page, '/compte/notifications');
		await page
			.getByRole('group', { name: "J'ai reçu un message" })
			.getByLabel('Seulement dans Entrelien, sans e-mail')
			.check();
		await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
		await expect(page.getByRole('status')).toHaveText('Vos choix sont enregistrés.');
		await expect(
			page.getByRole('group', { name: "J'ai reçu un message" }).getByLabel('Seulement dans Entrelien, sans e-mail')
		).toBeChecked();
		await expectAccessible(page);
		await logOut(page);
	});
});

test('the blocked member cannot write; the coordinator handles the report and switches to the time bank', async ({
	page
}) => {
	await logIn(page, anne);
	await visit(page, '/messages');
	await page
		.getByRole('link', { name: new RegExp(karim.name) })
		.first()
		.click();
	await expect(
		page.getByText(
			"Une personne de cette conversation ne souhaite pas recevoir vos messages. Écrivez plutôt à l'équipe du réseau si besoin."
		)
	).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Votre message' })).toHaveCount(0);
	await expectAccessible(page);

	await visit(page, '/coordination/signalements');
	await expect(page.getByText('Ce message me met mal à l’aise.')).toBeVisible();
	await page.getByRole('button', { name: 'Marquer comme traité' }).click();
	await expect(page.getByRole('status')).toHaveText('Le signalement est marqué comme traité.');
	await expect(page.getByText('Aucun signalement en attente.')).toBeVisible();
	await expectAccessible(page);

	await visit(page, '/coordination/reseau/echanges');
	await page.getByRole('radio', { name: /Banque de temps/ }).check();
	await page.getByRole('textbox', { name: /devoir au plus/ }).fill('abc');
	await page.getByRole('button', { name: 'Enregistrer le mode des échanges' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('textbox', { name: /devoir au plus/ }).fill('10');
	await page.getByRole('button', { name: 'Enregistrer le mode des échanges' }).click();
	await expect(page.getByRole('status')).toHaveText('Le mode des échanges est enregistré.');
	await expect(page.getByRole('radio', { name: /Banque de temps/ })).toBeChecked();
	await expectAccessible(page);
	await logOut(page);
});

test('the member unblocks her', async ({ page }) => {
	await logIn(page, karim);
	await visit(page, '/messages');
	await page.getByRole('button', { name: `Débloquer ${anne.name}` }).click();
	await expect(page.getByRole('status')).toHaveText('La personne est débloquée. Elle peut de nouveau vous écrire.');
	await expect(page.getByRole('button', { name: `Débloquer ${anne.name}` })).toHaveCount(0);
	await logOut(page);
});
