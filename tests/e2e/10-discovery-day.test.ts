// Issue 5's journey, in a world of a coordinator and nine members: the coordinator adds the venue
// « Cuisine d'Authenti'Cité », creates the group « Cuisine » and a « Journée découverte cuisine libanaise » there
// for 8 people, starting in half an hour; 9 members register and the ninth is put on the waiting list; one
// cancels, the ninth is offered the place and confirms it; meanwhile a neighbour without an account registers for a
// workshop from its invitation link; once the day has started (the server's clock is moved past its start rather
// than waited for), attendance is marked.
import type { Page } from '@playwright/test';
import { toLocalInput } from '../../src/lib/paris-time.ts';
import { expect, expectAccessible, test, useWorld } from './support/fixtures.ts';

const coordinator = { name: 'Samia Belkacem', email: 'samia.belkacem@exemple.org', password: 'cuisine-partagee-26' };
const members = Array.from({ length: 9 }, (_, i) => ({
	name: `Voisine ${i + 1}`,
	email: `voisine${i + 1}@exemple.org`,
	password: `mot-de-passe-${i + 1}-solide`
}));
const title = 'Journée découverte cuisine libanaise';
const ONE_PIXEL_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);
let eventUrl = '';
let startsAt = new Date();

const world = useWorld({
	network: { name: 'Réseau des savoirs du Chemin-de-l’Île', town: 'Nanterre' },
	coordinator,
	members
});
test.describe.configure({ mode: 'serial' });

async function logInTo(page: Page, person: { email: string; password: string }) {
	await page.goto(`/connexion`);
	await page.getByLabel('Adresse e-mail').fill(person.email);
	await page.getByLabel('Mot de passe').fill(person.password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

async function logOut(page: Page) {
	await page.getByRole('link', { name: /^Moi\b/ }).click();
	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(page.getByRole('link', { name: 'Se connecter' }).first()).toBeVisible();
}

test('the coordinator adds the venue, creates the group and the discovery day for 8 people', async ({ page }) => {
	await logInTo(page, coordinator);
	await page.goto(`/coordination/lieux/nouveau`);
	await expectAccessible(page);
	await page.getByRole('textbox', { name: 'Nom du lieu' }).fill("Cuisine d'Authenti'Cité");
	await page.getByRole('textbox', { name: 'Adresse' }).fill('12 rue des Jardins, Nanterre');
	await page.getByRole('textbox', { name: 'Capacité (nombre de personnes)' }).fill('0');
	await page.getByRole('button', { name: 'Enregistrer le lieu' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('textbox', { name: 'Capacité (nombre de personnes)' }).fill('12');
	await page.getByRole('textbox', { name: 'Organisation partenaire' }).fill("l'association Authenti'Cité");
	await page.getByRole('button', { name: 'Enregistrer le lieu' }).click();
	await expect(page.getByRole('status')).toHaveText('Le lieu est enregistré.');

	await page.goto(`/groupes/nouveau`);
	await expectAccessible(page);
	await page.getByRole('textbox', { name: 'Nom du groupe' }).fill('Cuisine');
	await page.getByRole('combobox', { name: 'Thème' }).selectOption({ label: 'Cuisine' });
	await page.getByRole('textbox', { name: 'Description' }).fill('On cuisine ensemble les recettes de chacun.');
	await page.getByRole('button', { name: 'Créer le groupe' }).click();
	await expect(page.getByRole('status')).toHaveText('Le groupe est créé.');
	await expectAccessible(page);
	// An optional picture, with its description for people who do not see it.
	await page.getByRole('link', { name: 'Modifier le groupe' }).click();
	await page
		.getByLabel('Choisir une image')
		.setInputFiles({ name: 'taboule.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
	await page
		.getByRole('textbox', { name: "Description de l'image (si vous voulez)" })
		.fill('Un taboulé dans un plat bleu');
	await page.getByRole('button', { name: "Enregistrer l'image" }).click();
	await expect(page.getByRole('status')).toHaveText("L'image est enregistrée.");
	await expectAccessible(page);
	await page.goto(`/groupes`);
	await page.getByRole('link', { name: 'Cuisine', exact: true }).click();
	await expect(page.getByRole('img', { name: 'Un taboulé dans un plat bleu' })).toBeVisible();
	await expectAccessible(page);

	await page.goto(`/evenements/nouveau`);
	await expectAccessible(page);
	// Bad input first: an end before the start is refused and nothing is created.
	// Late enough for nine registrations first, however slow the machine (whole minutes); the last test moves the
	// server's clock past it.
	const start = new Date(Math.ceil((Date.now() + 30 * 60_000) / 60_000) * 60_000);
	startsAt = start;
	await page.getByRole('textbox', { name: 'Titre' }).fill(title);
	await page.getByRole('radio', { name: 'Journée découverte' }).check();
	await page.getByRole('combobox', { name: 'Groupe (si vous voulez)' }).selectOption({ label: 'Cuisine' });
	await page.getByRole('combobox', { name: 'Lieu' }).selectOption({ label: "Cuisine d'Authenti'Cité" });
	await page.getByLabel('Début (heure de Paris)').fill(toLocalInput(start));
	await page.getByLabel('Fin (heure de Paris)').fill(toLocalInput(new Date(start.getTime() - 60 * 60_000)));
	await page.getByRole('spinbutton', { name: 'Nombre de places' }).fill('8');
	await page.getByRole('button', { name: "Créer l'événement" }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Fin (heure de Paris)').fill(toLocalInput(new Date(start.getTime() + 3 * 60 * 60_000)));
	await page.getByRole('button', { name: "Créer l'événement" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expectAccessible(page);
	eventUrl = new URL(page.url()).pathname;
	await logOut(page);
});

test('nine members register: eight get a place, the ninth is on the waiting list', async ({ page }) => {
	for (const [i, member] of members.entries()) {
		await logInTo(page, member);
		await page.goto(eventUrl);
		if (i === 8) {
			// Full: the page counts the places taken and offers the waiting list (issue 11, item 13).
			await expect(page.getByText('8 places prises sur 8')).toBeVisible();
			await expect(page.getByText('Complet', { exact: true })).toBeVisible();
			await expect(
				page.getByText("C'est complet. En vous inscrivant, vous rejoignez la liste d'attente.")
			).toBeVisible();
		}
		await page.getByRole('button', { name: i < 8 ? "S'inscrire" : "Rejoindre la liste d'attente" }).click();
		await expect(page.getByRole('status')).toHaveText(
			i < 8
				? "C'est noté : vous avez une place. Nous vous enverrons un rappel la veille."
				: "C'est complet. Vous êtes numéro 1 sur la liste d'attente. Nous vous préviendrons si une place se libère."
		);
		if (i === 8) await expectAccessible(page);
		await logOut(page);
	}
});

test('one cancels; the ninth is offered the place and confirms it', async ({ page }) => {
	await logInTo(page, members[2]);
	await page.goto(eventUrl);
	await page.getByRole('button', { name: 'Annuler mon inscription' }).click();
	await expect(page.getByRole('status')).toHaveText('Votre inscription est annulée.');
	await logOut(page);

	await logInTo(page, members[8]);
	// She is told in her notification centre.
	await page.goto(`/notifications`);
	await expect(page.getByRole('link', { name: new RegExp(`Une place s'est libérée pour « ${title} »`) })).toBeVisible();
	await expectAccessible(page);
	await page.goto(eventUrl);
	await page.getByRole('button', { name: 'Confirmer ma place' }).click();
	await expect(page.getByRole('status')).toHaveText('Votre place est confirmée.');
	await expectAccessible(page);
	await logOut(page);
});

// While the day is about to start: « anyone with the link » includes neighbours without an account (decision 024).
test('a neighbour without an account registers for a workshop from its invitation link', async ({ page, mail }) => {
	const guest = { name: 'Nadia Ouali', email: 'nadia.ouali@exemple.org' };
	await logInTo(page, coordinator);
	await page.goto(`/evenements/nouveau`);
	const start = new Date(Math.ceil((Date.now() + 7 * 24 * 3_600_000) / 3_600_000) * 3_600_000);
	await page.getByRole('textbox', { name: 'Titre' }).fill('Atelier taboulé');
	await page.getByRole('radio', { name: 'Atelier', exact: true }).check();
	await page.getByRole('combobox', { name: 'Lieu' }).selectOption({ label: "Cuisine d'Authenti'Cité" });
	await page.getByLabel('Début (heure de Paris)').fill(toLocalInput(start));
	await page.getByLabel('Fin (heure de Paris)').fill(toLocalInput(new Date(start.getTime() + 2 * 3_600_000)));
	await page.getByRole('spinbutton', { name: 'Nombre de places' }).fill('6');
	await page.getByRole('radio', { name: "Toute personne qui a le lien d'invitation, avec ou sans compte" }).check();
	await page.getByRole('button', { name: "Créer l'événement" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atelier taboulé');
	const inviteUrl = await page.getByLabel("Lien d'invitation à partager").inputValue();
	await logOut(page);

	// A wrong secret shows nothing of the workshop.
	const wrong = await page.goto(inviteUrl.replace(/cle=.*/, 'cle=un-secret-qui-ne-va-pas'));
	expect(wrong?.status()).toBe(404);
	await page.goto(inviteUrl);
	await expect(page).toHaveURL(/\/invitation\//);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atelier taboulé');
	await expectAccessible(page);
	await page.getByRole('button', { name: "Recevoir le lien d'inscription" }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('textbox', { name: 'Votre nom' }).fill(guest.name);
	await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(guest.email);
	await page.getByRole('button', { name: "Recevoir le lien d'inscription" }).click();
	await expect(page.getByRole('status')).toContainText(`Nous avons envoyé un e-mail à ${guest.email}.`);
	await expectAccessible(page);

	const message = await mail.waitForMail({ to: guest.email, subject: /Confirmez votre inscription/ });
	await page.goto(mail.linkIn(message, '/invitation/place/'));
	await expect(page.getByText("Votre inscription n'est pas encore confirmée.")).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Confirmer mon inscription' }).click();
	await expect(page.getByRole('status')).toHaveText(
		"C'est noté : vous avez une place. Nous vous enverrons un rappel la veille."
	);
	await expect(page.getByText('Vous avez une place.', { exact: true })).toBeVisible();
	await expectAccessible(page);
	await mail.waitForMail({ to: guest.email, subject: /est confirmée/ });
	// Her occurrence for her phone's calendar.
	const icsPath = await page.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' }).getAttribute('href');
	const ics = await page.request.get(new URL(icsPath!, page.url()).toString());
	expect(ics.headers()['content-type']).toContain('text/calendar');
	expect(await ics.text()).toContain('SUMMARY:Atelier taboulé');

	// The coordinator sees her among the registrants, as a guest she can reach.
	await logInTo(page, coordinator);
	await page.goto(inviteUrl);
	await page.getByRole('link', { name: 'Personnes inscrites et présences' }).first().click();
	await expect(page.getByRole('main')).toContainText(`${guest.name} (sans compte, ${guest.email})`);
	await expectAccessible(page);
	await logOut(page);
});

test('once the day has started, the coordinator marks who came', async ({ page }) => {
	await logInTo(page, coordinator);
	await page.goto(eventUrl);
	await page.getByRole('link', { name: 'Personnes inscrites et présences' }).first().click();
	await expectAccessible(page);
	// Before the start, attendance cannot be marked yet.
	await expect(page.getByText('Vous pourrez noter les présences une fois la séance commencée.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Enregistrer les présences' })).toHaveCount(0);
	// A minute after the start, by the server's clock.
	await world.setClockOffset(startsAt.getTime() - Date.now() + 60_000);
	await page.reload();
	for (const member of members.filter((_, i) => i !== 2 && i !== 5)) {
		await page.getByRole('checkbox', { name: member.name, exact: true }).check();
	}
	await page.getByRole('button', { name: 'Enregistrer les présences' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Présences enregistrées. Personnes présentes : 7. Personnes absentes : 1.'
	);
	await expectAccessible(page);
	// The report tells who learned and who did not come.
	await page.getByRole('link', { name: /^Moi\b/ }).click();
	await page.getByRole('link', { name: 'Rapports' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapports');
	await expect(page.getByRole('main')).toContainText(title);
	await expect(page.getByRole('main')).toContainText(members[5].name);
	await expectAccessible(page);
});
