// Issue 16's job circle (decision 031), without JavaScript, in Anne's network: Samira joins the circle from
// « Moi », writes her check-in with an interview on Thursday at 10h and finds the childcare and station links
// there, then asks for a CV review with her PDF. Julien answers « Je peux aider », Samira accepts, and only
// Julien can download the CV: Karim, another member, is told the page does not exist.
import { addParisDays, fromParisWallTime, parisDate, parisWallTime } from '../../src/lib/paris-time.ts';
import { expect, expectAccessible, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut } from './support/actions.ts';
import { karim, petitNanterre } from './support/people.ts';

const samira = { name: 'Samira Benali', email: 'samira.benali@exemple.org', password: 'cercle-emploi-2026' };
const julien = { name: 'Julien Martin', email: 'julien.martin@exemple.org', password: 'relire-des-cv-75' };
useWorld(petitNanterre([samira, julien]));
test.describe.configure({ mode: 'serial' });
test.use({ javaScriptEnabled: false });

/** Next Thursday (Paris), at least a day away, at 10:00. */
function nextThursdayAtTen(): Date {
	let day = addParisDays(new Date(), 1);
	// ISO weekday of a Paris calendar day: 4 is Thursday.
	while (new Date(`${parisDate(day)}T12:00:00Z`).getUTCDay() !== 4) day = addParisDays(day, 1);
	const { year, month, day: date } = parisWallTime(day);
	return fromParisWallTime({ year, month, day: date, hour: 10, minute: 0, second: 0 });
}
const interview = nextThursdayAtTen();
const interviewInput = `${parisDate(interview)}T10:00`;
const cv = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
let postPath = '';

test('Samira joins the circle and writes her check-in with an interview on Thursday at 10h', async ({ page }) => {
	await logIn(page, samira);
	await page.getByRole('link', { name: /^Moi\b/ }).click();
	await page.getByRole('link', { name: 'Cercle emploi' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cercle emploi');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Rejoindre le cercle emploi' }).click();
	await expect(page.getByRole('status')).toHaveText('Vous êtes dans le cercle emploi. Bienvenue !');
	await expectAccessible(page);

	// An empty check-in is refused beside its form, and nothing is saved.
	await page.getByRole('button', { name: 'Envoyer mon point' }).click();
	await expect(
		page.getByText("Votre point est vide. Écrivez quelques mots, ou indiquez la date d'un entretien.")
	).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('textbox', { name: "Cette semaine, j'ai…" }).fill('Envoyé trois candidatures en boulangerie.');
	await page.getByRole('textbox', { name: "J'ai besoin de…" }).fill('Une relecture de mon CV.');
	await page.getByLabel("Date d'un entretien d'embauche").fill(interviewInput);
	await page.getByRole('button', { name: 'Envoyer mon point' }).click();
	await expect(page.getByRole('status')).toHaveText('Votre point de la semaine est enregistré.');

	const childcare = page.getByRole('link', { name: "Demander une garde d'enfants pour ce moment" });
	const href = new URL((await childcare.getAttribute('href'))!, 'http://x');
	expect(href.pathname).toBe('/entraide/garde/demander');
	expect(href.searchParams.get('motif')).toBe('entretien');
	const start = new Date(href.searchParams.get('debut')!);
	const end = new Date(href.searchParams.get('fin')!);
	expect(start.getTime()).toBeLessThan(interview.getTime());
	expect(end.getTime()).toBeGreaterThan(interview.getTime());
	await expect(page.getByRole('link', { name: 'Réserver un poste informatique' })).toHaveAttribute('href', /^\/espace/);
	// Writing again the same week edits the check-in.
	await expect(page.getByRole('button', { name: 'Modifier mon point' })).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Je cherche un emploi' }).click();
	await expect(page.getByRole('status')).toHaveText("C'est noté : le cercle sait que vous cherchez un emploi.");
	await expect(page.getByRole('region', { name: 'Qui cherche un emploi' })).toContainText('Samira Benali');
	await expectAccessible(page);
});

test('Samira asks for a CV review with her PDF', async ({ page }) => {
	await logIn(page, samira);
	await visit(page, '/entraide/emploi');
	await page.getByRole('link', { name: "Demander de l'aide : CV, lettre, entretien" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Demander de l'aide pour mon emploi");
	await expectAccessible(page);
	await page
		.getByRole('combobox', { name: 'De quelle aide avez-vous besoin ?' })
		.selectOption({ label: 'Relecture de CV' });
	await page.getByRole('textbox', { name: 'Quelques mots sur votre demande' }).fill('Pour un poste de vendeuse.');

	// A file that is not a PDF is refused with a clear sentence.
	await page.getByLabel('Votre CV en PDF').setInputFiles({
		name: 'cv.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('<html>pas un pdf</html>')
	});
	await page.getByRole('button', { name: 'Publier ma demande' }).click();
	await expect(
		page.getByText("Ce fichier n'est pas un PDF. Enregistrez votre CV en PDF, puis choisissez ce fichier.")
	).toBeVisible();
	await expectAccessible(page);

	await page
		.getByLabel('Votre CV en PDF')
		.setInputFiles({ name: 'cv-samira.pdf', mimeType: 'application/pdf', buffer: cv });
	await page.getByRole('button', { name: 'Publier ma demande' }).click();
	await expect(page.getByRole('status')).toHaveText('Votre annonce est publiée.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Relecture de CV');
	await expect(page.getByRole('link', { name: 'Télécharger le CV (PDF)' })).toBeVisible();
	postPath = new URL(page.url()).pathname;
	await expectAccessible(page);
});

test('Julien answers, Samira accepts, and only Julien can download the CV', async ({ page }) => {
	await logIn(page, julien);
	await visit(page, postPath);
	// Before Samira accepts, nothing of the CV shows, and its address finds nothing.
	await expect(page.getByRole('link', { name: 'Télécharger le CV (PDF)' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Je peux aider' }).click();
	await expect(page.getByRole('status')).toHaveText(
		"Votre réponse est envoyée. La personne qui a publié l'annonce la verra ici."
	);
	expect((await page.request.get(`/entraide/emploi/cv/${postPath.split('/').pop()}`)).status()).toBe(404);
	await logOut(page);

	await logIn(page, samira);
	await visit(page, postPath);
	await page.getByRole('button', { name: 'Accepter' }).click();
	await expect(page.getByRole('status')).toHaveText('La mise en relation est mise à jour.');
	await expectAccessible(page);
	await logOut(page);

	await logIn(page, julien);
	await visit(page, postPath);
	const link = page.getByRole('link', { name: 'Télécharger le CV (PDF)' });
	const download = await page.request.get((await link.getAttribute('href'))!);
	expect(download.status()).toBe(200);
	expect(download.headers()['content-type']).toBe('application/pdf');
	expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
	expect(download.headers()['x-content-type-options']).toBe('nosniff');
	expect(Buffer.from(await download.body())).toEqual(cv);
	await logOut(page);

	await logIn(page, karim);
	await visit(page, postPath);
	await expect(page.getByRole('link', { name: 'Télécharger le CV (PDF)' })).toHaveCount(0);
	const refused = await page.goto(`/entraide/emploi/cv/${postPath.split('/').pop()}`);
	expect(refused?.status()).toBe(404);
	await expect(page.getByText("Cette page n'existe pas, ou plus. Revenez à l'accueil.")).toBeVisible();
	await expectAccessible(page);
});
