// Issue 15's first journey (decision 029), in Anne's network: Anne opens « Notre local » every day 9h–18h and adds
// « Poste informatique 2 »; Nadia, without JavaScript, books it tomorrow 10h–11h for her job search and finds it in
// « mes réservations » with its calendar file, while Paul, who had opened the same slot, is told it was just
// taken; Anne books a station for Gérard (no email) at the desk and opens the day sheet, one A4 page in print.
import type { Page } from '@playwright/test';
import {
	addParisDays,
	formatDay,
	parisDate,
	parisMonday,
	toLocalInput,
	fromParisWallTime
} from '../../src/lib/paris-time.ts';
import { expect, expectAccessible, test, useWorld, visit } from './support/fixtures.ts';
import { logIn } from './support/actions.ts';
import { anne, gerard, petitNanterre } from './support/people.ts';

const nadia = { name: 'Nadia Haddad', email: 'nadia.haddad@exemple.org', password: 'recherche-emploi-2026' };
const paul = { name: 'Paul Girard', email: 'paul.girard@exemple.org', password: 'ateliers-du-mardi-7' };
const world = useWorld(petitNanterre([nadia, paul, gerard]));
test.describe.configure({ mode: 'serial' });

const tomorrow = parisDate(addParisDays(new Date(), 1));
const at = (day: string, hour: number) => {
	const [year, month, date] = day.split('-').map(Number);
	return fromParisWallTime({ year, month, day: date, hour, minute: 0, second: 0 });
};
let stationPath = '';

/** The grid's section of a day, by its heading (« jeudi 3 décembre 2026 »). */
const dayOnGrid = (page: Page, day: string) =>
	page.locator('section', { has: page.getByRole('heading', { name: formatDay(day, 'fr', 'dateFull') }) });

/** The resource's grid on the week of `day` (« Semaine suivante » when it is next week), scanned unless told. */
async function gridOf(page: Page, day: string, scan = true) {
	await (scan ? visit(page, '/espace') : page.goto('/espace'));
	await page.getByRole('link', { name: 'Poste informatique 2' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Poste informatique 2');
	if (scan) await expectAccessible(page);
	if (parisMonday(at(day, 12)) !== parisMonday(new Date())) {
		await page.getByRole('link', { name: 'Semaine suivante →' }).click();
		if (scan) await expectAccessible(page);
	}
}

test('Anne opens « Notre local » every day and adds « Poste informatique 2 »', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/lieux/nouveau');
	await page.getByRole('textbox', { name: 'Nom du lieu' }).fill('Notre local');
	await page.getByRole('textbox', { name: 'Adresse' }).fill('3 place des Muguets, Nanterre');
	await page.getByRole('checkbox', { name: "C'est notre local (l'espace du réseau)" }).check();
	await page.getByRole('button', { name: 'Enregistrer le lieu' }).click();
	await expect(page.getByRole('status')).toHaveText('Le lieu est enregistré.');

	await visit(page, '/coordination/espace');
	await page.getByRole('link', { name: 'Horaires de Notre local' }).click();
	await expectAccessible(page);
	for (const day of ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']) {
		const group = page.getByRole('group', { name: day });
		await group.getByLabel('Ouverture 1').fill('09:00');
		await group.getByLabel('Fermeture 1').fill('18:00');
	}
	// A period that ends before it starts is refused next to its field, and nothing is saved.
	await page.getByRole('group', { name: 'lundi' }).getByLabel('Ouverture 2').fill('14:00');
	await page.getByRole('group', { name: 'lundi' }).getByLabel('Fermeture 2').fill('13:00');
	await page.getByRole('button', { name: 'Enregistrer les horaires' }).click();
	await expect(page.getByText("Indiquez une heure d'ouverture et une heure de fermeture plus tardive.")).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('group', { name: 'lundi' }).getByLabel('Ouverture 2').fill('');
	await page.getByRole('group', { name: 'lundi' }).getByLabel('Fermeture 2').fill('');
	await page.getByRole('button', { name: 'Enregistrer les horaires' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Les horaires sont enregistrés. Les réservations déjà faites restent.'
	);

	await visit(page, '/coordination/espace/nouvelle');
	await page.getByRole('combobox', { name: 'Lieu' }).selectOption({ label: 'Notre local' });
	await page.getByRole('radio', { name: 'Poste informatique', exact: true }).check();
	await page.getByRole('textbox', { name: 'Nom (obligatoire)', exact: true }).fill('Poste informatique 2');
	await page
		.getByRole('textbox', { name: 'Description' })
		.fill('Ordinateur avec imprimante, pour le CV et les démarches.');
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('La ressource est enregistrée.');
	await expectAccessible(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('Nadia books tomorrow 10h–11h; Paul, on the same slot, is told it was just taken', async ({ page, browser }) => {
		// Paul opens the slot first, on his own phone, and hesitates (his pages are the ones Nadia's scans cover).
		const paulContext = await browser.newContext({ baseURL: world.baseUrl, locale: 'fr-FR', javaScriptEnabled: false });
		const paulPage = await paulContext.newPage();
		await paulPage.goto('/connexion');
		await paulPage.getByLabel('Adresse e-mail').fill(paul.email);
		await paulPage.getByLabel('Mot de passe').fill(paul.password);
		await paulPage.getByRole('button', { name: 'Se connecter' }).click();
		await paulPage.waitForURL((url) => !url.pathname.startsWith('/connexion'));
		await gridOf(paulPage, tomorrow, false);
		await dayOnGrid(paulPage, tomorrow)
			.getByRole('link', { name: /^10:00 – 11:00/ })
			.click();
		await expect(paulPage.getByRole('heading', { level: 1 })).toHaveText('Réserver ce créneau');
		const slotPath = new URL(paulPage.url()).pathname + new URL(paulPage.url()).search;

		await logIn(page, nadia);
		await gridOf(page, tomorrow);
		await dayOnGrid(page, tomorrow)
			.getByRole('link', { name: /^10:00 – 11:00/ })
			.click();
		stationPath = new URL(page.url()).pathname.replace(/\/reserver$/, '');
		await expect(page.getByRole('radio', { name: /^1 h/ })).toBeChecked();
		await page.getByRole('textbox', { name: 'Pour quoi faire ? (si vous voulez)' }).fill('Recherche d’emploi');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Réserver', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText("C'est réservé. Le créneau est à vous.");
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes réservations');
		const card = page.getByRole('listitem').filter({ hasText: 'Poste informatique 2' });
		await expect(card).toContainText(formatDay(tomorrow, 'fr', 'dateFull'));
		await expect(card).toContainText('10:00 – 11:00');
		await expectAccessible(page);
		const href = await card.getByRole('link', { name: /Ajouter à mon agenda/ }).getAttribute('href');
		const file = await page.request.get(href ?? '');
		expect(file.headers()['content-type']).toContain('text/calendar');
		const text = (await file.text()).replace(/\r\n[ \t]/g, '');
		expect(text).toContain('SUMMARY:Poste informatique 2 — Notre local');
		expect(text).toContain(`DTSTART;TZID=Europe/Paris:${tomorrow.replace(/-/g, '')}T100000`);
		// Her grid says the slot is hers.
		await page.goto(`${stationPath}?semaine=${tomorrow}`);
		await expect(
			dayOnGrid(page, tomorrow).getByRole('link', { name: '10:00 – 11:00 — votre réservation' })
		).toBeVisible();
		await expectAccessible(page);

		// Paul's « Réserver » comes second: one clear sentence, and the slot stays Nadia's.
		await paulPage.getByRole('button', { name: 'Réserver', exact: true }).click();
		await expect(paulPage.getByRole('alert')).toHaveText("Ce créneau vient d'être pris. Choisissez un autre créneau.");
		await paulContext.close();
		// The same slot opened again says so at once, with the way back to the grid.
		await page.context().clearCookies();
		await logIn(page, paul);
		await page.goto(slotPath);
		await expect(page.getByRole('alert')).toHaveText("Ce créneau vient d'être pris. Choisissez un autre créneau.");
		await expect(page.getByRole('link', { name: 'Choisir un autre créneau' })).toBeVisible();
		await expectAccessible(page);
	});
});

test('Anne books a station for Gérard, who has no email, and opens the day sheet', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/espace/reserver');
	await page.getByRole('combobox', { name: 'Pour qui ?' }).selectOption({ label: `${gerard.name} (sans e-mail)` });
	await page
		.getByRole('combobox', { name: 'Salle ou poste' })
		.selectOption({ label: 'Poste informatique 2 — Notre local' });
	// The slot Nadia holds first: refused with the same sentence.
	await page.getByLabel('Début').fill(toLocalInput(at(tomorrow, 10)));
	await page.getByRole('button', { name: 'Réserver', exact: true }).click();
	await expect(page.getByText("Ce créneau vient d'être pris. Choisissez un autre créneau.")).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Début').fill(toLocalInput(at(tomorrow, 14)));
	await page.getByRole('textbox', { name: 'Pour quoi faire ? (si vous voulez)' }).fill('Inscription à France Travail');
	await page.getByRole('button', { name: 'Réserver', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText("C'est réservé. La réservation est sur la feuille du jour.");
	await expect(page.getByRole('heading', { level: 1 })).toContainText(formatDay(tomorrow, 'fr', 'dateFull'));
	const rows = page.getByRole('row');
	await expect(rows.nth(1)).toContainText('10:00 – 11:00');
	await expect(rows.nth(1)).toContainText(nadia.name);
	await expect(rows.nth(2)).toContainText('14:00 – 15:00');
	await expect(rows.nth(2)).toContainText(gerard.name);
	await expect(rows.nth(2)).toContainText('sans e-mail');
	await expectAccessible(page);

	// Printed, the sheet is one A4 page without the site's bars and buttons.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});
