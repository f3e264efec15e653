// Issue 16's childcare (decision 032), in Anne's network: Anne records meeting Fatou, who becomes a person of
// trust for childcare. Samira follows the job circle's prefilled link to ask for childcare on Thursday 10h–12h
// for an interview; Karim, not trusted, never sees the request (list, direct address); Fatou offers, Samira
// chooses her, both see the details; after the slot (the server's clock moved) both say it happened and the
// exchange is recorded. Every page is scanned with axe and measured at phone size.
import { addParisDays, fromParisWallTime, parisDate, parisWallTime } from '../../src/lib/paris-time.ts';
import { expect, expectAccessible, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, karim, petitNanterre } from './support/people.ts';

const samira = { name: 'Samira Benali', email: 'samira.benali@exemple.org', password: 'garde-entretien-2026' };
const fatou = { name: 'Fatou Diallo', email: 'fatou.diallo@exemple.org', password: 'confiance-voisine-75' };
const world = useWorld(petitNanterre([samira, fatou]));
test.describe.configure({ mode: 'serial' });

/** Next Thursday (Paris), at least a day away, at `hour`:00. */
function nextThursdayAt(hour: number): Date {
	let day = addParisDays(new Date(), 1);
	while (new Date(`${parisDate(day)}T12:00:00Z`).getUTCDay() !== 4) day = addParisDays(day, 1);
	const { year, month, day: date } = parisWallTime(day);
	return fromParisWallTime({ year, month, day: date, hour, minute: 0, second: 0 });
}
const start = nextThursdayAt(10);
const end = nextThursdayAt(12);
let requestPath = '';

test('Anne records meeting Fatou: she becomes a person of trust for childcare', async ({ page }) => {
	await logIn(page, anne);
	await page.getByRole('link', { name: /^Moi\b/ }).click();
	await page.getByRole('link', { name: "Garde d'enfants : personnes de confiance" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Garde d'enfants : personnes de confiance");
	await expectAccessible(page);
	await page.getByRole('combobox', { name: 'Membre rencontré' }).selectOption({ label: fatou.name });
	await page.getByLabel('Date de la rencontre').fill(parisDate(new Date()));
	await page.getByRole('combobox', { name: 'Premier garant' }).selectOption({ label: karim.name });
	await page.getByRole('button', { name: 'Noter la rencontre' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'La rencontre est notée. Cette personne voit maintenant les demandes.'
	);
	await expect(page.getByRole('listitem').filter({ hasText: fatou.name })).toContainText('Confiance active');
	await expectAccessible(page);
	await logOut(page);
});

test('Samira asks for childcare on Thursday 10h–12h from the prefilled link', async ({ page }) => {
	await logIn(page, samira);
	const link = `/entraide/garde/demander?debut=${start.toISOString()}&fin=${end.toISOString()}&motif=entretien`;
	await visit(page, link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demander une garde');
	await expect(page.getByLabel('Début de la garde')).toHaveValue(`${parisDate(start)}T10:00`);
	await expect(page.getByLabel('Fin de la garde')).toHaveValue(`${parisDate(start)}T12:00`);
	await expect(page.getByRole('radio', { name: "Entretien d'embauche" })).toBeChecked();

	// No age range ticked: a clear sentence beside the field, nothing sent.
	await page.getByRole('button', { name: 'Envoyer la demande' }).click();
	await expect(page.getByText("Cochez au moins une tranche d'âge.")).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel("Nombre d'enfants").fill('2');
	await page.getByRole('checkbox', { name: '3 à 5 ans' }).check();
	await page.getByRole('checkbox', { name: '6 à 10 ans' }).check();
	await page.getByRole('textbox', { name: 'Votre adresse' }).fill('12 rue des Lilas, Nanterre');
	await page.getByRole('textbox', { name: 'Votre téléphone' }).fill('06 12 34 56 78');
	await page.getByRole('textbox', { name: 'Ce que la personne doit savoir' }).fill('Le goûter est dans le placard.');
	await page.getByRole('button', { name: 'Envoyer la demande' }).click();
	await expect(page.getByRole('status')).toHaveText('Votre demande est envoyée aux personnes de confiance.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demande de garde');
	requestPath = new URL(page.url()).pathname;
	await expectAccessible(page);
	await logOut(page);
});

test('Karim, not trusted, never sees the request: not in the list, not at its address', async ({ page }) => {
	await logIn(page, karim);
	await visit(page, '/entraide/garde');
	await expect(page.getByRole('heading', { level: 2, name: 'Demandes en attente' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: "Entretien d'embauche" })).toHaveCount(0);
	const response = await page.goto(requestPath);
	expect(response?.status()).toBe(404);
	await expect(page.getByText('12 rue des Lilas')).toHaveCount(0);
	await logOut(page);
});

test('Fatou offers; Samira chooses her; both see the details', async ({ page }) => {
	await logIn(page, fatou);
	await visit(page, '/entraide/garde');
	await page.getByRole('link', { name: "Entretien d'embauche" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demande de garde');
	await expect(page.getByText('12 rue des Lilas')).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('textbox', { name: 'Votre téléphone' }).fill('07 11 22 33 44');
	await page.getByRole('button', { name: 'Je peux garder' }).click();
	await expect(page.getByRole('status')).toHaveText('Votre proposition est envoyée au parent.');
	await expectAccessible(page);
	await logOut(page);

	await logIn(page, samira);
	await visit(page, requestPath);
	await page.getByRole('button', { name: `Choisir ${fatou.name}` }).click();
	await expect(page.getByRole('status')).toHaveText("C'est confirmé. Vous voyez maintenant les détails de la garde.");
	const details = page.getByRole('region', { name: 'Détails de la garde' });
	await expect(details).toContainText('12 rue des Lilas, Nanterre');
	await expect(details).toContainText('07 11 22 33 44');
	await expectAccessible(page);
	await logOut(page);

	await logIn(page, fatou);
	await visit(page, requestPath);
	await expect(page.getByText('Le parent a retenu votre proposition pour cette garde.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Détails de la garde' })).toContainText('06 12 34 56 78');
	await expect(page.getByRole('region', { name: 'Détails de la garde' })).toContainText(
		'Le goûter est dans le placard.'
	);
	await logOut(page);
});

test('After the slot, both say it happened and the exchange is recorded', async ({ page }) => {
	await world.setClockOffset(end.getTime() - Date.now() + 30 * 60_000);
	await logIn(page, fatou);
	await visit(page, requestPath);
	// The note is gone once the slot has ended; the address stays until the end of the next day.
	const details = page.getByRole('region', { name: 'Détails de la garde' });
	await expect(details).toContainText('12 rue des Lilas, Nanterre');
	await expect(details).not.toContainText('Le goûter');
	await page.getByRole('button', { name: 'Oui, la garde a eu lieu' }).click();
	await expect(page.getByRole('status')).toHaveText("Merci, c'est noté.");
	await expect(page.getByText("Vous avez dit que la garde a eu lieu. Nous attendons l'autre réponse.")).toBeVisible();
	await expectAccessible(page);
	await logOut(page);

	await logIn(page, samira);
	await visit(page, requestPath);
	await page.getByRole('button', { name: 'Oui, la garde a eu lieu' }).click();
	await expect(page.getByText("L'échange est enregistré. Merci !")).toBeVisible();
	await expect(page.getByRole('link', { name: 'Dire merci' })).toBeVisible();
	await expectAccessible(page);
	await visit(page, '/entraide/garde');
	await expect(page.getByText('Heures reçues : 2 h')).toBeVisible();
	await logOut(page);
});

test('Anne reads who viewed the request in the journal, and the families’ hours', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/journal');
	const viewed = page.getByRole('row').filter({ hasText: "A vu les détails d'une garde" });
	await expect(viewed.filter({ hasText: fatou.name }).first()).toContainText(samira.name);
	await expect(
		page.getByRole('row').filter({ hasText: 'A ouvert une demande de garde' }).filter({ hasText: karim.name })
	).toHaveCount(0);
	await visit(page, '/coordination/garde');
	await expect(page.getByRole('row', { name: new RegExp(fatou.name) })).toContainText('2 h');
	await expect(page.getByRole('row', { name: new RegExp(samira.name) })).toContainText('2 h');
});
