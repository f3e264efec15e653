// Issue 17's partner organisations (decision 035), in Anne's network: Anne adds « Atelier Coudre Ensemble » (an
// association, under « Couture ») with a contact, corrects the contact's role, adds the agreement as a PDF, then
// orients Leïla to it — refused first without Leïla's agreement ticked — and moves the referral to « Contactée ».
// Leïla finds the partner's card from « Moi »: what it brings, never its contact; her own referral says
// « Contactée ». axe-core on every page, the phone-first check on each new page.
import { expect, expectAccessible, expectPhoneFirst, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut, openMenu } from './support/actions.ts';
import { anne, petitNanterre } from './support/people.ts';

const leila = { name: 'Leïla Haddad', email: 'leila.haddad@exemple.org', password: 'fil-et-aiguille-2026' };
useWorld(petitNanterre([leila]));
test.describe.configure({ mode: 'serial' });

const PARTNER = 'Atelier Coudre Ensemble';
const CONTACT = { name: 'Véronique Marchal', email: 'veronique@coudre-ensemble.example', phone: '01 47 00 12 34' };
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function checked(page: import('@playwright/test').Page) {
	await expectAccessible(page);
	await expectPhoneFirst(page);
}

test('Anne adds the partner with a contact and its agreement', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination');
	await page.getByRole('link', { name: 'Partenaires', exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partenaires');
	await checked(page);
	await page.getByRole('link', { name: 'Ajouter un partenaire' }).click();
	await checked(page);

	await page.getByRole('textbox', { name: "Nom de l'organisme" }).fill(PARTNER);
	await page.getByRole('combobox', { name: "Type d'organisme" }).selectOption({ label: 'Association' });
	await page.getByRole('textbox', { name: 'Site web (si vous voulez)' }).fill('https://coudre-ensemble.example');
	await page.getByRole('checkbox', { name: 'Couture' }).check();
	await page.getByRole('textbox', { name: 'Savoirs que le partenaire apporte' }).fill('retouches, ourlets');
	await page.getByRole('checkbox', { name: 'Formations' }).check();
	await page.getByRole('button', { name: 'Enregistrer le partenaire' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(PARTNER);
	await expect(page.getByRole('status')).toHaveText('La fiche du partenaire est enregistrée.');
	await checked(page);

	await page.getByText('Ajouter un contact', { exact: true }).first().click();
	await page.getByRole('textbox', { name: 'Nom de la personne' }).fill(CONTACT.name);
	await page.getByRole('textbox', { name: 'Rôle (si vous voulez)' }).fill('Directrice');
	await page.getByRole('textbox', { name: 'Adresse e-mail (si vous voulez)' }).fill(CONTACT.email);
	await page.getByRole('textbox', { name: 'Téléphone (si vous voulez)' }).fill(CONTACT.phone);
	await page.getByRole('button', { name: 'Ajouter le contact' }).click();
	await expect(page.getByRole('status')).toHaveText('Le contact est ajouté.');
	await expect(page.getByRole('heading', { name: CONTACT.name })).toBeVisible();
	await expectAccessible(page);
	// A new role: corrected in the contact's own form.
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: CONTACT.name }) });
	await card.getByText('Modifier ce contact').click();
	await card.getByRole('textbox', { name: 'Rôle (si vous voulez)' }).fill('Présidente');
	await card.getByRole('button', { name: 'Enregistrer le contact' }).click();
	await expect(page.getByRole('status')).toHaveText('Le contact est modifié.');
	await expect(page.getByRole('listitem').filter({ hasText: CONTACT.name }).first()).toContainText('Présidente');
	await expectAccessible(page);

	await page.getByText('Ajouter une convention', { exact: true }).first().click();
	await page.getByRole('textbox', { name: 'Titre de la convention' }).fill('Convention ateliers couture 2026');
	await page.locator('#agreement-startsOn').fill('2026-09-01');
	await page.locator('#agreement-endsOn').fill('2027-08-31');
	await page.getByRole('combobox', { name: 'Où en est la convention' }).selectOption({ label: 'Signée' });
	await page.getByLabel('Fichier PDF (si vous voulez)').setInputFiles({
		name: 'convention.pdf',
		mimeType: 'application/pdf',
		buffer: PDF
	});
	await page.getByRole('button', { name: 'Ajouter la convention' }).click();
	await expect(page.getByRole('status')).toHaveText('La convention est ajoutée.');
	await expect(page.getByRole('link', { name: /Télécharger la convention/ })).toBeVisible();
	await expectAccessible(page);
});

test('Anne orients Leïla to the partner with her agreement, then marks it « Contactée »', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/partenaires');
	await page.getByRole('link', { name: PARTNER }).click();
	await page.getByRole('link', { name: 'Orienter une personne vers ce partenaire' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Orienter vers un partenaire');
	await checked(page);
	await expect(page.getByRole('combobox', { name: 'Partenaire' })).toHaveValue(/.+/);
	await page.getByRole('combobox', { name: 'Personne orientée' }).selectOption({ label: leila.name });
	await page
		.getByRole('textbox', { name: 'Besoin de la personne' })
		.fill('Apprendre les retouches pour un emploi en boutique.');
	await page.getByRole('button', { name: "Enregistrer l'orientation" }).click();
	await expect(
		page.getByText("Cochez la case si la personne est d'accord. Sinon, demandez-lui d'abord.").first()
	).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Besoin de la personne' })).toHaveValue(
		'Apprendre les retouches pour un emploi en boutique.'
	);
	await expectAccessible(page);

	await page.getByRole('checkbox', { name: "La personne est d'accord" }).check();
	await page.getByRole('button', { name: "Enregistrer l'orientation" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(PARTNER);
	await expect(page.getByRole('status')).toHaveText("L'orientation est enregistrée, avec l'accord de la personne.");
	const referral = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: leila.name }) });
	await expect(referral).toContainText('Proposée');
	await expectAccessible(page);

	await referral.getByRole('button', { name: /Passer à « Contactée »/ }).click();
	await expect(page.getByRole('status')).toHaveText("L'orientation a changé d'étape.");
	const moved = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: leila.name }) });
	await expect(moved.getByRole('listitem')).toHaveCount(2);
	await expect(moved.getByRole('listitem').last()).toContainText('Contactée');
	await expect(page.getByRole('row', { name: /Contactée/ })).toContainText('1');
	await expectAccessible(page);
	await logOut(page);
});

test("Leïla sees the partner's card without its contact, and her referral", async ({ page }) => {
	await logIn(page, leila);
	await openMenu(page);
	await page.getByRole('link', { name: 'Partenaires du réseau' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partenaires du réseau');
	await checked(page);
	await page.getByRole('link', { name: PARTNER }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(PARTNER);
	await expect(page.getByText('Association', { exact: true })).toBeVisible();
	await expect(page.getByText('Couture')).toBeVisible();
	await checked(page);
	const body = await page.locator('body').innerText();
	for (const detail of Object.values(CONTACT)) expect(body).not.toContain(detail);
	expect(await page.content()).not.toContain(CONTACT.email);

	await openMenu(page);
	await page.getByRole('link', { name: 'Mes orientations vers un partenaire' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes orientations vers un partenaire');
	await expect(page.getByRole('listitem').filter({ hasText: PARTNER }).first()).toContainText('Contactée');
	await checked(page);
	// The coordinators' page of the partner is not hers.
	const response = await page.goto(page.url().replace('/partenaires/mes-orientations', '/coordination/partenaires'));
	expect(response?.status()).toBe(403);
});
