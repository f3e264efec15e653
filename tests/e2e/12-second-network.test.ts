// Issue 11, items 11 and 12: the instance administrator creates a second network from /admin/reseaux with a new
// coordinator, who chooses a password from the emailed link and publishes. Each network's members cannot open the
// other's posts, members or events by their addresses; a visitor still opens a public post of the first network
// by its address, although there are now two networks.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, linkIn, test, useWorld, visit, waitForMail } from './support/fixtures.ts';
import { toLocalInput } from '../../src/lib/paris-time.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, network, petitNanterre } from './support/people.ts';

const second = { name: 'Entraide des Fontenelles', town: 'Nanterre' };
const martine = { name: 'Martine Dupont', email: 'martine.dupont@exemple.org', password: 'fontenelles-2026' };
// The addresses each network's people open, read from their pages as they go.
const urls = { publicPost: '', membersPost: '', anne: '', event1: '', post2: '', martine: '', event2: '' };

useWorld(petitNanterre());
test.describe.configure({ mode: 'serial' });

/** `YYYY-MM-DDTHH:mm` tomorrow at `hour`, Paris time, as a datetime-local field wants it. */
function tomorrowAt(hour: number): string {
	const day = toLocalInput(new Date(Date.now() + 24 * 3_600_000)).slice(0, 10);
	return `${day}T${String(hour).padStart(2, '0')}:00`;
}

async function publish(page: Page, post: { title: string; visibility?: string }) {
	await visit(page, '/annonces/nouvelle');
	await page.getByLabel('Une offre : je peux partager ou aider').check();
	await page.getByRole('textbox', { name: 'Titre' }).fill(post.title);
	await page.getByRole('combobox', { name: 'Thème' }).selectOption({ label: 'Cuisine' });
	if (post.visibility) await page.getByLabel(post.visibility).check();
	await page.getByRole('button', { name: "Publier l'annonce" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
	return new URL(page.url()).pathname;
}

async function createOnlineWorkshop(page: Page, title: string) {
	await visit(page, '/evenements/nouveau');
	await page.getByRole('textbox', { name: 'Titre' }).fill(title);
	await page.getByRole('radio', { name: 'Atelier', exact: true }).check();
	await page
		.getByRole('textbox', { name: 'Lien pour participer en ligne (si vous voulez)' })
		.fill('https://visio.exemple.org/atelier');
	await page.getByLabel('Début (heure de Paris)').fill(tomorrowAt(14));
	await page.getByLabel('Fin (heure de Paris)').fill(tomorrowAt(16));
	await page.getByRole('spinbutton', { name: 'Nombre de places' }).fill('10');
	await page.getByRole('button', { name: "Créer l'événement" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	return new URL(page.url()).pathname;
}

/** A coordinator's own profile address, from the members list of the network. */
async function ownProfileUrl(page: Page, name: string) {
	await visit(page, '/coordination/membres');
	const href = await page
		.getByRole('row', { name: new RegExp(name) })
		.getByRole('link', { name })
		.getAttribute('href');
	return href!;
}

/** Opening another network's address: a refusal (403/404), never the content. */
async function expectRefused(page: Page, path: string, hidden: string) {
	const response = await visit(page, path);
	expect([403, 404], `${path} answered ${response?.status()}`).toContain(response?.status());
	await expect(page.getByRole('main')).not.toContainText(hidden);
}

test('the administrator creates a second network with a new coordinator; bad input creates nothing', async ({
	page
}) => {
	await logIn(page, anne);
	await page.getByRole('link', { name: /^Moi\b/ }).click();
	await page.getByRole('link', { name: 'Réseaux', exact: true }).click();
	await expect(page).toHaveURL(/\/admin\/reseaux$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réseaux du site');
	await expect(page.getByRole('row', { name: new RegExp(network.name) })).toBeVisible();
	await expectAccessible(page);

	const form = page.getByRole('region', { name: 'Créer un réseau' });
	await form.getByRole('textbox', { name: 'Ville' }).fill(second.town);
	await form.getByRole('textbox', { name: 'Adresse e-mail de la personne' }).fill('martine@');
	await form.getByRole('button', { name: 'Créer ce réseau' }).click();
	await expect(form.getByText('Ce champ est obligatoire. Remplissez-le.')).toBeVisible();
	await expect(form.getByText('Indiquez une adresse e-mail complète')).toBeVisible();
	await expect(form.getByRole('textbox', { name: 'Ville' })).toHaveValue(second.town);
	await expectAccessible(page);

	// The short address of the first network is taken: a sentence next to the field, nothing created.
	await form.getByRole('textbox', { name: 'Nom du réseau' }).fill(second.name);
	await form.getByRole('textbox', { name: 'Adresse courte (si vous voulez)' }).fill(network.name);
	await form.getByRole('textbox', { name: 'Adresse e-mail de la personne' }).fill(martine.email);
	await form.getByRole('textbox', { name: "Nom de la personne, si elle n'a pas de compte" }).fill(martine.name);
	await form.getByRole('button', { name: 'Créer ce réseau' }).click();
	await expect(form.getByText('Cette adresse de réseau est déjà prise.')).toBeVisible();
	await expect(page.getByRole('row', { name: new RegExp(second.name) })).toHaveCount(0);

	await form.getByRole('textbox', { name: 'Adresse courte (si vous voulez)' }).fill('');
	await form.getByRole('button', { name: 'Créer ce réseau' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.name);
	await expect(page.getByRole('status')).toHaveText(
		'Le réseau est créé. La personne qui le coordonne a reçu un e-mail.'
	);
	await expect(page.getByRole('region', { name: 'Coordination' })).toContainText(martine.email);
	await expectAccessible(page);
	await visit(page, '/admin/reseaux');
	await expect(page.getByRole('row', { name: new RegExp(second.name) })).toContainText('Membres actifs : 1');

	// Meanwhile, in her own network: a public offer, a members-only one and a workshop.
	urls.publicPost = await publish(page, {
		title: 'Je montre comment faire du pain maison',
		visibility: 'Tout le monde, sans les noms (version publique)'
	});
	urls.membersPost = await publish(page, { title: 'Je prête mon robot pâtissier' });
	urls.event1 = await createOnlineWorkshop(page, 'Atelier du Petit-Nanterre');
	urls.anne = await ownProfileUrl(page, anne.name);
	await logOut(page);
});

test('the new coordinator sets a password from the email and publishes in her network only', async ({ page }) => {
	const mail = await waitForMail({
		to: martine.email,
		subject: /Vous êtes responsable du réseau « Entraide des Fontenelles »/
	});
	expect(mail.text).toContain(`Bonjour ${martine.name},`);
	await visit(page, linkIn(mail, '/mot-de-passe/'));
	await page.getByLabel('Nouveau mot de passe').fill(martine.password);
	await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
	await expect(page.getByRole('status')).toContainText('Votre mot de passe est changé.');
	await visit(page, '/');
	await expect(page.getByRole('banner')).toContainText(second.name);

	urls.post2 = await publish(page, { title: 'Je garde vos plantes en août' });
	urls.event2 = await createOnlineWorkshop(page, 'Atelier des Fontenelles');
	urls.martine = await ownProfileUrl(page, martine.name);

	// The first network's members-only post, member and event do not exist for her.
	await expectRefused(page, urls.membersPost, 'robot pâtissier');
	await expectRefused(page, urls.anne, anne.name);
	await expectRefused(page, urls.event1, 'Atelier du Petit-Nanterre');
	// Its public offer is public: she reads the version without names, like a visitor.
	await visit(page, urls.publicPost);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je montre comment faire du pain maison');
	await expect(page.getByRole('main')).toContainText(`Annonce du réseau « ${network.name} »`);
	await expect(page.getByRole('main').getByRole('link', { name: anne.name })).toHaveCount(0);
	await logOut(page);
});

test('a member of the first network cannot open the second one’s post, member or event', async ({ page }) => {
	await logIn(page, anne);
	await expectRefused(page, urls.post2, 'plantes');
	await expectRefused(page, urls.martine, martine.name);
	await expectRefused(page, urls.event2, 'Atelier des Fontenelles');
	await logOut(page);
});

test('a visitor opens the first network’s public post by its address while two networks exist', async ({ page }) => {
	await visit(page, '/');
	await expect(page.getByRole('heading', { name: network.name, level: 3 })).toBeVisible();
	await expect(page.getByRole('heading', { name: second.name, level: 3 })).toBeVisible();
	await visit(page, urls.publicPost);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je montre comment faire du pain maison');
	await expect(page.getByRole('main')).toContainText('Vous voyez la version publique de cette annonce.');
	await expect(page.getByRole('main')).not.toContainText(anne.name);
	// A members-only post asks the visitor to log in, whether it exists or not.
	await page.goto(urls.membersPost);
	await expect(page).toHaveURL(/\/connexion\?suite=/);
	await expect(page.getByRole('main')).not.toContainText('robot pâtissier');
});
