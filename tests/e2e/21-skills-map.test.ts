// Issue 17's first journey (decision 034), in Anne's network: Anne runs a skills session — an « Échange de savoirs
// en groupe » — for three neighbours, entering for each what they share and wish to learn (Fatou also wishes
// « Couture », like Anne herself); the map then shows « Couture » wished by 4 and shared by nobody, first among the
// gaps; on « Besoins sans réponse » she records « Demander à un partenaire » beside it. Karim, a plain member, is
// refused the coordinators' pages and sees the members' map where 1 and 2 read « moins de 3 ».
import type { Page } from '@playwright/test';
import { toLocalInput } from '../../src/lib/paris-time.ts';
import { expect, expectAccessible, expectPhoneFirst, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { anne, karim, petitNanterre } from './support/people.ts';

const fatou = { name: 'Fatou Diallo', email: 'fatou.diallo@exemple.org', password: 'fil-et-aiguille-26' };
const leila = { name: 'Leïla Mansour', email: 'leila.mansour@exemple.org', password: 'entretien-finance-7' };
const julien = { name: 'Julien Petit', email: 'julien.petit@exemple.org', password: 'velo-du-dimanche-3' };
const neighbours = [fatou, leila, julien];
useWorld(petitNanterre(neighbours));
test.describe.configure({ mode: 'serial' });

const title = 'Temps d’échange : vos savoirs';
let eventUrl = '';

/** On a person's session page: the skills in order, each line's name (and a theme for a new name). */
async function enter(
	page: Page,
	share: readonly (readonly [string, string?])[],
	learn: readonly (readonly [string, string?])[]
) {
	for (const [side, lines] of [
		['Peut partager', share],
		['Veut apprendre', learn]
	] as const) {
		const group = page.getByRole('group', { name: side });
		for (const [i, [name, theme]] of lines.entries()) {
			await group.getByRole('combobox', { name: `Savoir ${i + 1}`, exact: true }).fill(name);
			if (theme) await group.getByRole('combobox', { name: `Thème du savoir ${i + 1}` }).selectOption({ label: theme });
		}
	}
	await page.getByRole('button', { name: 'Enregistrer les savoirs' }).click();
}

test('Anne plans the session and three neighbours register', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/evenements/nouveau');
	const start = new Date(Math.ceil((Date.now() + 30 * 60_000) / 60_000) * 60_000);
	await page.getByRole('textbox', { name: 'Titre' }).fill(title);
	await page.getByRole('radio', { name: 'Échange de savoirs en groupe' }).check();
	await page
		.getByRole('textbox', { name: 'Lien pour participer en ligne (si vous voulez)' })
		.fill('https://visio.exemple.org/savoirs');
	await page.getByLabel('Début (heure de Paris)').fill(toLocalInput(start));
	await page.getByLabel('Fin (heure de Paris)').fill(toLocalInput(new Date(start.getTime() + 2 * 3_600_000)));
	await page.getByRole('spinbutton', { name: 'Nombre de places' }).fill('12');
	await page.getByRole('button', { name: "Créer l'événement" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	eventUrl = new URL(page.url()).pathname;
	// Anne takes part too: she also wishes to learn sewing.
	await page.getByRole('button', { name: "S'inscrire" }).click();
	await expect(page.getByRole('status')).toBeVisible();
	await logOut(page);
	for (const person of neighbours) {
		await logIn(page, person);
		await page.goto(eventUrl);
		await page.getByRole('button', { name: "S'inscrire" }).click();
		await expect(page.getByRole('status')).toBeVisible();
		await logOut(page);
	}
});

test('Anne enters what each person shares and wishes, one page each', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/carte/questionnaire');
	await expect(page.getByText('Couture', { exact: true }).first()).toBeVisible();
	// Printed, the questionnaire is one A4 page with the network's themes to tick, without the site's bars.
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
	await page.emulateMedia({ media: 'screen' });
	await visit(page, eventUrl);
	await page.getByRole('link', { name: 'Saisir les savoirs des personnes présentes' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saisir les savoirs de la séance');
	await expectAccessible(page);
	const sessionUrl = new URL(page.url()).pathname;

	await page.getByRole('link', { name: fatou.name }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Les savoirs de ${fatou.name}`);
	await expectAccessible(page);
	// A new name without its theme is refused beside the theme, and nothing is written.
	await enter(page, [['Cuisine sénégalaise']], [['Couture']]);
	await expect(page.getByText('Ce savoir est nouveau. Choisissez son thème.')).toBeVisible();
	await expectAccessible(page);
	await enter(page, [['Cuisine sénégalaise', 'Cuisine']], [['Couture', 'Couture']]);
	await expect(page.getByRole('status')).toHaveText('2 savoirs ajoutés. Déjà sur le profil : 0.');
	await expectAccessible(page);

	for (const [person, share, learn] of [
		[leila, [['Anglais', 'Langues']], [['couture'], ['Excel', 'Informatique & numérique']]],
		[julien, [['Réparation de vélo', 'Mobilité & vélo']], [['Couture']]],
		[anne, [['Jardinage', 'Jardinage']], [['COUTURE'], ['Couture']]]
	] as const) {
		await page.goto(sessionUrl);
		await page.getByRole('link', { name: person.name }).click();
		await enter(page, [...share], [...learn]);
		await expect(page.getByRole('status')).toContainText('savoirs ajoutés');
	}
	// « COUTURE » and « Couture » are the same skill: Anne's profile lists it once.
	await expect(
		page.getByRole('region', { name: 'Sur son profil maintenant' }).getByText('Couture', { exact: true })
	).toHaveCount(1);
});

test('the map shows « Couture » wished by 4, shared by nobody, first among the gaps; Anne notes an action', async ({
	page
}) => {
	await logIn(page, anne);
	await visit(page, '/coordination/carte');
	await expectPhoneFirst(page);
	await expect(page.getByRole('img', { name: /Personnes qui partagent/ })).toBeVisible();
	const skills = page.getByRole('table', { name: 'Les savoirs du réseau, les manques en premier' });
	const first = skills.getByRole('row').nth(1);
	await expect(first.getByRole('rowheader')).toContainText('Couture');
	await expect(first.getByRole('rowheader')).toContainText('personne ne le partage');
	await expect(first.getByRole('cell')).toHaveText(['Couture', '0', '4', '0', '0', '0']);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Télécharger la carte (tableur CSV)' }).click();
	expect((await download).suggestedFilename()).toBe('carte-des-savoirs.csv');

	await page.getByRole('link', { name: 'Besoins sans réponse' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Besoins sans réponse');
	await expectAccessible(page);
	const couture = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'Couture', exact: true }) });
	await expect(couture.getByText("Couture : 4 membres veulent l'apprendre.")).toBeVisible();
	await couture.getByText('Noter une action').click();
	await couture.getByRole('radio', { name: 'Demander à un partenaire' }).check();
	await couture
		.getByRole('textbox', { name: 'Détails (si vous voulez)' })
		.fill('Atelier Coudre Ensemble, appelé ce matin');
	await couture.getByRole('button', { name: "Noter l'action" }).click();
	const noted = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Couture', exact: true }) });
	await expect(noted.getByText('Atelier Coudre Ensemble, appelé ce matin')).toBeVisible();
	await expect(noted.getByText('Demander à un partenaire').first()).toBeVisible();
	await expectAccessible(page);
	await expect(noted.getByRole('link', { name: 'Orienter vers un partenaire' })).toHaveAttribute(
		'href',
		'/coordination/partenaires/orienter?besoin=Couture'
	);
	await expect(noted.getByRole('link', { name: 'Chercher un mentor' })).toHaveAttribute(
		'href',
		/^\/coordination\/mentorat\/demande\?competence=[0-9a-f-]{36}&besoin=Couture$/
	);
	// « Créer un groupe » opens the form with the skill's name and theme already there.
	await noted.getByRole('link', { name: 'Créer un groupe' }).click();
	await expect(page.getByRole('textbox', { name: 'Nom du groupe' })).toHaveValue('Couture');
	await expect(page.getByRole('combobox', { name: 'Thème' })).not.toHaveValue('');
	await logOut(page);
});

test('Karim is refused the coordinators’ pages and sees the members’ map with « moins de 3 »', async ({ page }) => {
	await logIn(page, karim);
	for (const path of [
		'/coordination/carte',
		'/coordination/carte/besoins',
		'/coordination/carte/carte-des-savoirs.csv'
	]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(403);
	}
	await visit(page, '/savoirs');
	const skills = page.getByRole('table', { name: 'Les savoirs du réseau, les manques en premier' });
	await expect(skills.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Couture', '0', '4', '0', '0']);
	const english = skills.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Anglais' }) });
	await expect(english.getByRole('cell')).toHaveText(['Langues', 'moins de 3', '0', '0', '0']);
});
