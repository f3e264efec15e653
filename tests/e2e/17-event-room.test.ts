// Issue 15's second journey (decision 029), in Anne's network: Anne opens « Notre local », adds « Salle de réunion »
// and « Poste informatique 1 » (the team accepts each booking of it), and creates a workshop in the room; Karim
// sees « Atelier : … » on the room's grid, asks for the station tomorrow 10h–11h, Anne accepts the request from the
// coordination page, and Karim reads the answer in his notifications and « mes réservations ».
import type { Page } from '@playwright/test';
import { addParisDays, formatDay, fromParisWallTime, parisDate, toLocalInput } from '../../src/lib/paris-time.ts';
import { expect, expectAccessible, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, karim, petitNanterre } from './support/people.ts';

useWorld(petitNanterre());
test.describe.configure({ mode: 'serial' });

const tomorrow = parisDate(addParisDays(new Date(), 1));
const inTwoDays = parisDate(addParisDays(new Date(), 2));
const at = (day: string, hour: number) => {
	const [year, month, date] = day.split('-').map(Number);
	return fromParisWallTime({ year, month, day: date, hour, minute: 0, second: 0 });
};
const workshop = 'Atelier CV et lettre de motivation';

/** The grid's section of a day, by its heading (« jeudi 3 décembre 2026 »). */
const dayOnGrid = (page: Page, day: string) =>
	page.locator('section', { has: page.getByRole('heading', { name: formatDay(day, 'fr', 'dateFull') }) });

/** A resource's grid from /espace, on the week of `day`. */
async function gridOf(page: Page, name: string, day: string) {
	await visit(page, '/espace');
	await page.getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await visit(page, `${new URL(page.url()).pathname}?semaine=${day}`);
}

async function addResource(page: Page, kind: string, name: string, approval = false) {
	await visit(page, '/coordination/espace/nouvelle');
	await page.getByRole('combobox', { name: 'Lieu' }).selectOption({ label: 'Notre local' });
	await page.getByRole('radio', { name: kind, exact: true }).check();
	await page.getByRole('textbox', { name: 'Nom (obligatoire)', exact: true }).fill(name);
	if (approval) await page.getByRole('checkbox', { name: "L'équipe accepte chaque réservation" }).check();
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('La ressource est enregistrée.');
}

test('Anne opens « Notre local » with a meeting room and a station she approves, and creates a workshop in the room', async ({
	page
}) => {
	await logIn(page, anne);
	await visit(page, '/coordination/lieux/nouveau');
	await page.getByRole('textbox', { name: 'Nom du lieu' }).fill('Notre local');
	await page.getByRole('textbox', { name: 'Adresse' }).fill('3 place des Muguets, Nanterre');
	await page.getByRole('checkbox', { name: "C'est notre local (l'espace du réseau)" }).check();
	await page.getByRole('button', { name: 'Enregistrer le lieu' }).click();
	await expect(page.getByRole('status')).toHaveText('Le lieu est enregistré.');
	await visit(page, '/coordination/espace');
	await page.getByRole('link', { name: 'Horaires de Notre local' }).click();
	for (const day of ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']) {
		const group = page.getByRole('group', { name: day });
		await group.getByLabel('Ouverture 1').fill('09:00');
		await group.getByLabel('Fermeture 1').fill('18:00');
	}
	await page.getByRole('button', { name: 'Enregistrer les horaires' }).click();
	await expect(page.getByRole('status')).toContainText('Les horaires sont enregistrés.');
	await addResource(page, 'Salle', 'Salle de réunion');
	await addResource(page, 'Poste informatique', 'Poste informatique 1', true);

	await visit(page, '/evenements/nouveau');
	await page.getByRole('textbox', { name: 'Titre' }).fill(workshop);
	await page.getByRole('radio', { name: 'Atelier', exact: true }).check();
	await page.getByRole('combobox', { name: 'Lieu' }).selectOption({ label: 'Notre local' });
	await page
		.getByRole('combobox', { name: 'Salle à réserver (si vous voulez)' })
		.selectOption({ label: 'Salle de réunion (Notre local)' });
	await page.getByLabel('Début (heure de Paris)').fill(toLocalInput(at(inTwoDays, 14)));
	await page.getByLabel('Fin (heure de Paris)').fill(toLocalInput(at(inTwoDays, 16)));
	await page.getByRole('spinbutton', { name: 'Nombre de places' }).fill('8');
	// After closing time, the room is refused with the reason, next to its field, and nothing is created.
	await page.getByLabel('Fin (heure de Paris)').fill(toLocalInput(at(inTwoDays, 19)));
	await page.getByRole('button', { name: "Créer l'événement" }).click();
	await expect(page.getByText("La salle Salle de réunion n'est pas ouverte le")).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Fin (heure de Paris)').fill(toLocalInput(at(inTwoDays, 16)));
	await page.getByRole('button', { name: "Créer l'événement" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(workshop);
	await expect(page.getByRole('definition').filter({ hasText: 'Salle de réunion' })).toBeVisible();
	await expectAccessible(page);
	await logOut(page);
});

test('Karim sees the workshop on the room’s grid and asks for the station tomorrow 10h–11h', async ({ page }) => {
	await logIn(page, karim);
	await gridOf(page, 'Salle de réunion', inTwoDays);
	await expect(dayOnGrid(page, inTwoDays).getByText(`14:00 – 15:00 — Atelier : ${workshop}`)).toBeVisible();
	await expect(dayOnGrid(page, inTwoDays).getByText(`15:00 – 16:00 — Atelier : ${workshop}`)).toBeVisible();

	await gridOf(page, 'Poste informatique 1', tomorrow);
	await dayOnGrid(page, tomorrow)
		.getByRole('link', { name: /^10:00 – 11:00/ })
		.click();
	await expect(page.getByText("L'équipe accepte chaque réservation de cette ressource.")).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Demander ce créneau' }).click();
	await expect(page.getByRole('status')).toHaveText(
		"Votre demande est envoyée. Le créneau est gardé jusqu'à la réponse de l'équipe."
	);
	const card = page.getByRole('listitem').filter({ hasText: 'Poste informatique 1' });
	await expect(card).toContainText("En attente de la réponse de l'équipe");
	await expectAccessible(page);
	await logOut(page);
});

test('Anne accepts the request; Karim reads the answer and the booking is his', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/espace');
	const request = page.getByRole('listitem').filter({ hasText: `${karim.name} — Poste informatique 1` });
	await expect(request).toContainText('10:00 – 11:00');
	// A refusal needs its reason: one sentence next to the field, nothing decided.
	await request.getByRole('button', { name: /^Refuser/ }).click();
	await expect(page.getByRole('textbox', { name: /Raison du refus/ })).toHaveAccessibleDescription(/.+/);
	await expectAccessible(page);
	await page
		.getByRole('listitem')
		.filter({ hasText: `${karim.name} — Poste informatique 1` })
		.getByRole('button', { name: /^Accepter/ })
		.click();
	await expect(page.getByRole('status')).toHaveText('La demande est acceptée. La personne est prévenue.');
	await expect(page.getByRole('heading', { name: 'Demandes de réservation' })).toBeHidden();
	await expectAccessible(page);
	await logOut(page);

	await logIn(page, karim);
	await visit(page, '/notifications');
	await expect(page.getByText("L'équipe a accepté votre demande : Poste informatique 1")).toBeVisible();
	await visit(page, '/espace/mes-reservations');
	const card = page.getByRole('listitem').filter({ hasText: 'Poste informatique 1' });
	await expect(card).toContainText('10:00 – 11:00');
	await expect(card).not.toContainText("En attente de la réponse de l'équipe");
});
