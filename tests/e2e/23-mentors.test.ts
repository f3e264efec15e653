// Issue 17's outside mentors (decision 036), in Anne's network: Anne adds the partner « Banque du Parvis » (a
// company at La Défense, bringing « préparer un entretien en finance »); Leïla asks for a mentor for it; Anne
// invites Thomas from the bank; Thomas follows the emailed link, creates his account and fills his profile; Anne
// proposes him to Leïla; both accept; Thomas logs a first session. Thomas has no membership: the network's members,
// posts, search, an event and the agenda all refuse him.
// axe-core and the phone-first check on every page.
import { expect, expectAccessible, linkIn, test, useWorld, visit, waitForMail } from './support/fixtures.ts';
import { logIn, logOut, openMenu } from './support/actions.ts';
import { anne, petitNanterre } from './support/people.ts';
import { toLocalInput } from '../../src/lib/paris-time.ts';

const leila = { name: 'Leïla Haddad', email: 'leila.haddad@exemple.org', password: 'entretien-reussi-2026' };
const thomas = {
	name: 'Thomas Mercier',
	email: 'thomas.mercier@banque-parvis.example',
	password: 'tour-de-la-defense-92'
};
useWorld(
	petitNanterre([leila], {
		posts: [
			{ author: leila.email, title: 'Cherche aide pour mon CV', kind: 'request', themeName: 'Emploi & démarches' }
		]
	})
);
test.describe.configure({ mode: 'serial' });

const PARTNER = 'Banque du Parvis';
const SKILL = 'préparer un entretien en finance';
let postPath = '';
let eventPath = '';

test('Anne adds « Banque du Parvis », which brings the skill', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/partenaires/nouveau');
	await page.getByRole('textbox', { name: "Nom de l'organisme" }).fill(PARTNER);
	await page.getByRole('combobox', { name: "Type d'organisme" }).selectOption({ label: 'Entreprise' });
	await page.getByRole('checkbox', { name: 'Emploi & démarches' }).check();
	await page.getByRole('textbox', { name: 'Savoirs que le partenaire apporte' }).fill(SKILL);
	await page.getByRole('checkbox', { name: 'Mentors' }).check();
	await page.getByRole('button', { name: 'Enregistrer le partenaire' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(PARTNER);
	await expectAccessible(page);
	// The post's address, for Thomas to try later.
	await visit(page, '/annonces');
	postPath = (await page.getByRole('link', { name: 'Cherche aide pour mon CV' }).getAttribute('href')) ?? '';
	expect(postPath).toMatch(/^\/annonces\//);
	// An event of the network, for Thomas to try later.
	await visit(page, '/evenements/nouveau');
	const start = new Date(Math.ceil((Date.now() + 7 * 24 * 3_600_000) / 3_600_000) * 3_600_000);
	await page.getByRole('textbox', { name: 'Titre' }).fill('Atelier CV du samedi');
	await page.getByRole('radio', { name: 'Atelier', exact: true }).check();
	await page.getByRole('textbox', { name: /Lien pour participer en ligne/ }).fill('https://visio.example/atelier-cv');
	await page.getByLabel('Début (heure de Paris)').fill(toLocalInput(start));
	await page.getByLabel('Fin (heure de Paris)').fill(toLocalInput(new Date(start.getTime() + 2 * 3_600_000)));
	await page.getByRole('spinbutton', { name: 'Nombre de places' }).fill('8');
	await page.getByRole('button', { name: "Créer l'événement" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atelier CV du samedi');
	eventPath = new URL(page.url()).pathname;
	await logOut(page);
});

test('Leïla asks for a mentor', async ({ page }) => {
	await logIn(page, leila);
	await openMenu(page);
	await page.getByRole('link', { name: 'Mentorat' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentorat');
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Demander un mentor' }).click();
	await expectAccessible(page);
	await page.getByRole('combobox', { name: 'Le savoir' }).selectOption({ label: SKILL });
	await page.getByRole('textbox', { name: 'Votre objectif' }).fill('Réussir mon entretien à la banque en janvier.');
	await page.getByRole('radio', { name: 'En visio' }).check();
	await page.getByRole('spinbutton', { name: 'Durée en mois' }).fill('3');
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
	await expect(page.getByRole('status')).toHaveText("Votre demande est envoyée. L'équipe va chercher un mentor.");
	await expect(page.getByText('Réussir mon entretien à la banque en janvier.')).toBeVisible();
	await expectAccessible(page);
	await logOut(page);
});

test('Anne invites Thomas from the bank', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination');
	await page.getByRole('link', { name: 'Mentorat', exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentorat');
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Inviter un mentor' }).click();
	await expectAccessible(page);
	await page.getByRole('textbox', { name: 'Nom' }).fill(thomas.name);
	await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(thomas.email);
	await page.getByRole('combobox', { name: "Partenaire d'où vient la personne" }).selectOption({ label: PARTNER });
	await page.getByRole('button', { name: "Envoyer l'invitation" }).click();
	await expect(page.getByRole('status')).toHaveText("L'invitation est envoyée par e-mail.");
	await expect(page.getByText(`${thomas.name} (${PARTNER})`)).toBeVisible();
	await expectAccessible(page);
	await logOut(page);
});

test('Thomas accepts by the emailed link and fills his profile', async ({ page }) => {
	const mail = await waitForMail({ to: thomas.email, subject: /vous invite à être mentor/ });
	await page.goto(linkIn(mail, '/mentorat/invitation/'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitation à être mentor');
	await expect(page.getByText(PARTNER).first()).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('textbox', { name: 'Nom' }).fill(thomas.name);
	await page.getByLabel('Mot de passe').fill(thomas.password);
	await page.getByRole('button', { name: 'Créer mon compte et accepter' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon profil de mentor');
	await expect(page.getByRole('status')).toHaveText('Bienvenue ! Dites maintenant ce que vous pouvez partager.');
	await expectAccessible(page);
	await page.getByRole('checkbox', { name: SKILL }).check();
	await page.getByRole('spinbutton', { name: 'Heures par mois' }).fill('200');
	await page.getByRole('radio', { name: 'Les deux' }).check();
	await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
	await expect(page.getByText("Indiquez un nombre d'heures par mois, entre 1 et 40.").first()).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('spinbutton', { name: 'Heures par mois' }).fill('4');
	await page.getByRole('textbox', { name: 'Quelques mots sur vous' }).fill('Analyste crédit à La Défense.');
	await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
	await expect(page.getByRole('status')).toHaveText('Votre profil est enregistré.');
	await visit(page, '/mentorat');
	await expect(page.getByText('Réussir mon entretien à la banque en janvier.')).toBeVisible();
	await expect(page.getByText(leila.name)).toHaveCount(0);
});

test('Anne proposes Thomas to Leïla', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/mentorat');
	await page.getByRole('link', { name: `${SKILL} — ${leila.name}` }).click();
	await expectAccessible(page);
	await page.getByRole('radio', { name: new RegExp(thomas.name) }).check();
	await page.getByRole('button', { name: 'Proposer ce mentor' }).click();
	await expect(page.getByRole('status')).toHaveText('Le mentor est proposé. Les deux personnes vont répondre.');
	await expectAccessible(page);
	await logOut(page);
});

test('both accept, and Thomas logs a first session', async ({ page }) => {
	await logIn(page, thomas);
	await visit(page, '/mentorat');
	await page.getByRole('link', { name: `${SKILL} — ${leila.name}` }).click();
	await expectAccessible(page);
	await page.getByRole('button', { name: "J'accepte ce mentorat" }).click();
	await expect(page.getByRole('status')).toHaveText('Votre accord est enregistré.');
	await expect(page.getByText("Vous avez accepté. On attend la réponse de l'autre personne.")).toBeVisible();
	await page.getByRole('textbox', { name: 'Votre message' }).fill('Bonjour Leïla, mardi 18 h en visio ?');
	await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Votre message est envoyé.');
	await logOut(page);

	await logIn(page, leila);
	await visit(page, '/mentorat');
	await page.getByRole('link', { name: new RegExp(`${SKILL} — ${thomas.name}`) }).click();
	await expect(page.getByText('Bonjour Leïla, mardi 18 h en visio ?')).toBeVisible();
	await page.getByRole('button', { name: "J'accepte ce mentorat" }).click();
	await expect(page.getByRole('status')).toHaveText('Votre accord est enregistré.');
	await expectAccessible(page);
	await logOut(page);

	await logIn(page, thomas);
	await visit(page, '/mentorat');
	await page.getByRole('link', { name: `${SKILL} — ${leila.name}` }).click();
	await page.getByLabel('Date de la séance').fill('2026-12-01');
	await page.getByRole('spinbutton', { name: 'Durée en minutes' }).fill('60');
	await page.getByRole('textbox', { name: /Ce que vous avez fait/ }).fill('Le pitch et les questions techniques.');
	await page.getByRole('button', { name: 'Noter la séance' }).click();
	await expect(page.getByRole('status')).toHaveText('La séance est notée.');
	await expect(page.getByText('1 séance, 60 minutes en tout.')).toBeVisible();
	await expectAccessible(page);
});

test('Thomas cannot open the network: members, posts, search, an event, the agenda', async ({ page }) => {
	await logIn(page, thomas);
	for (const path of [
		'/membres',
		'/annonces',
		postPath,
		'/recherche?q=a',
		'/evenements',
		'/compte/agenda',
		'/groupes',
		'/messages'
	]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBeGreaterThanOrEqual(400);
		expect(response?.status(), path).toBeLessThan(500);
		await expect(page.getByText('Cherche aide pour mon CV')).toHaveCount(0);
		await expect(page.getByText(leila.name)).toHaveCount(0);
	}
	// An event of the network, by its address.
	const response = await page.goto(eventPath);
	expect(response?.status()).toBe(403);
	await expect(page.getByText('Atelier CV du samedi')).toHaveCount(0);
	await expectAccessible(page);
	// The home page and the bar lead him to his mentoring.
	await visit(page, '/');
	await page.getByRole('link', { name: /Vous êtes mentor/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentorat');
});
