// A member discovers what she can share through the onboarding questions, completes her profile, and gets a
// close existing skill proposed instead of a duplicate; a coordinator fills in the profile of a member without
// email and tidies the themes and skills.
import { expect, expectAccessible, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, gerard, karim, petitNanterre } from './support/people.ts';

useWorld(petitNanterre([gerard]));

const ONE_PIXEL_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);

test('a new member goes through the onboarding and ends with two skills to share and one to learn', async ({
	page
}) => {
	await logIn(page, karim);
	await expect(page.getByRole('heading', { name: 'Ce que vous savez faire' })).toBeVisible();
	await page.getByRole('link', { name: 'Répondre aux questions' }).click();
	await expectAccessible(page);
	await page
		.getByRole('group', { name: 'Vous cuisinez pour votre famille ou vos amis ?' })
		.getByLabel('Cuisine familiale')
		.check();
	await page.getByRole('group', { name: 'Vous parlez une autre langue que le français ?' }).getByLabel('Arabe').check();
	await page.getByRole('group', { name: "J'aimerais apprendre…" }).getByLabel('Réparation de vélo').check();
	await page.getByRole('button', { name: 'Ajouter à mon profil' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(karim.name);
	const share = page.getByRole('region', { name: 'Ce que je peux partager' });
	await expect(share.getByRole('listitem')).toHaveText([/Cuisine familiale/, /Arabe/]);
	const learn = page.getByRole('region', { name: "Ce que j'aimerais apprendre" });
	await expect(learn.getByRole('listitem')).toHaveText([/Réparation de vélo/]);
	await expectAccessible(page);
	await visit(page, '/');
	await expect(page.getByRole('link', { name: 'Répondre aux questions' })).toHaveCount(0);

	// The profile: neighbourhood, languages, availability; bad input is refused with a message.
	await visit(page, '/profil');
	await page.getByRole('textbox', { name: 'Quartier' }).fill('<b>Petit-Nanterre</b>');
	await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
	await expect(page.getByText('Les signes < et > sont refusés ici. Retirez-les.')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('textbox', { name: 'Quartier' }).fill('Petit-Nanterre');
	await page.getByLabel('Langues parlées').fill('français, arabe');
	await page.getByLabel('Mardi — Soir').check();
	await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
	await expect(page.getByRole('status')).toHaveText('Le profil est enregistré.');

	// An optional photo: a file that is not an image is refused with a message, a PNG is shown.
	await page.getByLabel('Choisir une photo').setInputFiles({
		name: 'notes.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('bonjour')
	});
	await page.getByRole('button', { name: 'Enregistrer la photo' }).click();
	await expect(
		page.getByText(
			"Ce fichier n'est pas une photo JPEG, PNG ou WebP. Choisissez une photo prise avec un téléphone ou un appareil photo."
		)
	).toBeVisible();
	await page
		.getByLabel('Choisir une photo')
		.setInputFiles({ name: 'moi.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
	await page.getByRole('button', { name: 'Enregistrer la photo' }).click();
	await expect(page.getByRole('status')).toHaveText('La photo est enregistrée.');
	await expect(page.getByRole('img', { name: `Photo de ${karim.name}` })).toBeVisible();
	await expectAccessible(page);

	// A typo proposes the existing skill instead of creating a near duplicate.
	await page.getByLabel("l'apprendre").check();
	await page.getByLabel('Le savoir').fill('Cuisine familliale');
	await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
	await expect(page.getByText('Des savoirs proches existent déjà. Vouliez-vous dire :')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Choisir « Cuisine familiale »' }).click();
	await expect(page.getByRole('status')).toHaveText('« Cuisine familiale » est ajouté au profil.');
	await logOut(page);
});

test('a coordinator fills in the profile of a member without email, and tidies themes and skills', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/membres');
	await page.getByRole('link', { name: `Remplir le profil de ${gerard.name}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Profil de ${gerard.name}`);
	await expectAccessible(page);
	await page.getByLabel('Le savoir').fill('Potager');
	await page.getByLabel('Thème').selectOption({ label: 'Jardinage' });
	await page.getByLabel('Je maîtrise').check();
	await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('« Potager » est ajouté au profil.');

	await visit(page, '/coordination/themes');
	await page.getByRole('region', { name: 'Ajouter un thème' }).getByRole('textbox').fill('Santé');
	await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Le thème est ajouté.');
	await page.getByRole('region', { name: 'Ajouter un thème' }).getByRole('textbox').fill('cuisine');
	await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
	await expect(
		page.getByText('Un thème porte déjà ce nom, avec ou sans accents et majuscules. Choisissez un autre nom.')
	).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Mettre « Couture » de côté' }).click();
	await expect(page.getByRole('status')).toHaveText('Le thème est mis de côté.');
	await expect(page.getByRole('button', { name: 'Remettre « Couture » en service' })).toBeVisible();

	await visit(page, '/coordination/savoirs');
	await expect(page.getByRole('cell', { name: 'Potager' })).toBeVisible();
	await logOut(page);
});
