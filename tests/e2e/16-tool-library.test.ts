// Issue 15's tool library (decision 030), in Anne's network: Anne adds « Perceuse » to « Notre local »; Lucas
// reserves it and it is kept for him at once; the front desk will not lend it to Inès meanwhile, lends it to
// Lucas, who renews it once online; Inès reserves it next; Anne records the return with the condition, and Inès
// is told it is hers. axe-core and the phone layout on every page.
import { addParisDays, formatDay, parisDate } from '../../src/lib/paris-time.ts';
import { expect, test, useWorld, visit } from './support/fixtures.ts';
import { logIn } from './support/actions.ts';
import { anne, petitNanterre } from './support/people.ts';

const lucas = { name: 'Lucas Martin', email: 'lucas.martin@exemple.org', password: 'bricolage-du-samedi-5' };
const ines = { name: 'Inès Roussel', email: 'ines.roussel@exemple.org', password: 'etageres-en-bois-2026' };
useWorld(petitNanterre([lucas, ines]));
test.describe.configure({ mode: 'serial' });

const inDays = (n: number) => formatDay(parisDate(addParisDays(new Date(), n)), 'fr');
let itemPath = '';
/** A 1 × 1 PNG. */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64'
);

test('Anne adds « Perceuse » to « Notre local »', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/lieux/nouveau');
	await page.getByRole('textbox', { name: 'Nom du lieu' }).fill('Notre local');
	await page.getByRole('textbox', { name: 'Adresse' }).fill('3 place des Muguets, Nanterre');
	await page.getByRole('checkbox', { name: "C'est notre local (l'espace du réseau)" }).check();
	await page.getByRole('button', { name: 'Enregistrer le lieu' }).click();
	await expect(page.getByRole('status')).toHaveText('Le lieu est enregistré.');

	await visit(page, '/coordination/espace');
	await page.getByRole('link', { name: 'Ajouter une ressource' }).click();
	await page.getByRole('combobox', { name: 'Lieu' }).selectOption({ label: 'Notre local' });
	await page.getByRole('radio', { name: 'Objet à emprunter' }).check();
	await page.getByRole('textbox', { name: 'Nom (obligatoire)', exact: true }).fill('Perceuse');
	await page.getByLabel('Catégorie').fill('Bricolage');
	await page.getByLabel('État', { exact: true }).fill('Bon état, avec ses forets');
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('La ressource est enregistrée.');
});

test('Lucas reserves the drill: it is kept for him at once', async ({ page }) => {
	await logIn(page, lucas);
	await visit(page, '/espace');
	await page.getByRole('link', { name: 'Objets à emprunter' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Objets à emprunter');
	await expect(page.getByRole('heading', { name: 'Bricolage' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Perceuse' })).toContainText('Disponible');
	await visit(page, '/espace/objets');
	await page.getByRole('link', { name: 'Perceuse' }).click();
	itemPath = new URL(page.url()).pathname;
	await expect(page.getByText('État : Bon état, avec ses forets')).toBeVisible();
	await visit(page, itemPath);
	await page.getByRole('button', { name: 'Réserver cet objet' }).click();
	await expect(page.getByRole('status')).toHaveText(`L'objet vous attend à l'accueil jusqu'au ${inDays(3)} inclus.`);
	await visit(page, itemPath);
});

test('the front desk keeps it for Lucas, then lends it to him', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/espace');
	await page.getByRole('link', { name: "Prêts d'objets" }).click();
	await visit(page, '/coordination/espace/prets');
	const lend = async (who: string) => {
		await page.getByRole('combobox', { name: 'Personne' }).selectOption({ label: who });
		await page
			.getByRole('combobox', { name: 'Objet' })
			.selectOption({ label: 'Perceuse (Gardé pour une réservation)' });
		await page.getByRole('button', { name: 'Prêter', exact: true }).click();
	};
	await lend(ines.name);
	// The refusal stands next to the « Personne » field.
	await expect(
		page.getByText(
			`Cet objet est gardé pour ${lucas.name}, qui l'a réservé. Prêtez-le à cette personne, ou attendez la fin du délai.`
		)
	).toBeVisible();
	// The item kept for Lucas is listed; its page lends it to him in one step.
	await visit(page, '/coordination/espace/prets');
	await page.getByRole('link', { name: 'Perceuse', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Perceuse');
	await visit(page, page.url());
	await page.getByRole('button', { name: `Prêter à ${lucas.name}` }).click();
	await expect(page.getByRole('status')).toHaveText(`Prêt enregistré. À rendre le ${inDays(14)}.`);
	await expect(page.getByText(`Prêt en cours : ${lucas.name}`)).toBeVisible();
	await visit(page, '/coordination/espace/prets');
	await expect(page.getByRole('listitem').filter({ hasText: `Perceuse — ${lucas.name}` })).toContainText(
		`À rendre le ${inDays(14)}`
	);
	await visit(page, '/coordination/espace/prets');
});

test('Lucas renews the loan once; Inès reserves the drill next', async ({ page }) => {
	await logIn(page, lucas);
	await visit(page, '/espace/objets/mes-emprunts');
	const card = page.getByRole('listitem').filter({ hasText: 'Perceuse' });
	await expect(card).toContainText(`À rendre le ${inDays(14)}`);
	await card.getByRole('button', { name: /Prolonger le prêt/ }).click();
	await expect(page.getByRole('status')).toHaveText(`Le prêt est prolongé. À rendre le ${inDays(28)}.`);
	// Once is the rule: the button is gone.
	await expect(page.getByRole('button', { name: /Prolonger le prêt/ })).toHaveCount(0);
	await visit(page, '/espace/objets/mes-emprunts');

	await page.context().clearCookies();
	await logIn(page, ines);
	await visit(page, '/espace/objets');
	await expect(page.getByRole('listitem').filter({ hasText: 'Perceuse' })).toContainText(
		`Emprunté jusqu'au ${inDays(28)}`
	);
	await visit(page, itemPath);
	await page.getByRole('button', { name: 'Réserver cet objet' }).click();
	await expect(page.getByRole('status')).toHaveText('Vous avez réservé cet objet. Votre place dans la file : 1.');
	await visit(page, itemPath);
});

test('Anne records the return with the condition; Inès is told the drill is hers', async ({ page }) => {
	await logIn(page, anne);
	await visit(page, '/coordination/espace/prets');
	await page.getByRole('link', { name: 'Noter le retour — Perceuse' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Perceuse');
	await visit(page, page.url());
	await page.getByRole('textbox', { name: 'État au retour' }).fill('Mandrin un peu dur');
	await page.getByRole('button', { name: 'Enregistrer le retour' }).click();
	await expect(page.getByRole('status')).toHaveText(
		"Retour enregistré. La personne suivante est prévenue s'il y en a une."
	);
	await expect(page.getByText(/retour : Mandrin un peu dur/)).toBeVisible();
	await visit(page, page.url());
	// A photo for the catalogue, with its description.
	await page
		.getByLabel('Photo (si vous voulez)')
		.setInputFiles({ name: 'perceuse.png', mimeType: 'image/png', buffer: PNG });
	await page.getByLabel("Description de l'image (si vous voulez)").fill('Perceuse bleue dans sa mallette');
	await page.getByRole('button', { name: 'Enregistrer la photo' }).click();
	await expect(page.getByRole('status')).toHaveText('La photo est enregistrée.');
	await visit(page, page.url());

	await page.context().clearCookies();
	await logIn(page, ines);
	await visit(page, '/notifications');
	await expect(
		page.getByText(`« Perceuse » vous attend à l'accueil. L'objet est gardé pour vous jusqu'au ${inDays(3)} inclus.`)
	).toBeVisible();
	await visit(page, itemPath);
	await expect(page.getByRole('status')).toHaveText(`L'objet vous attend à l'accueil jusqu'au ${inDays(3)} inclus.`);
	await expect(page.getByText('État : Mandrin un peu dur')).toBeVisible();
	await expect(page.getByRole('img', { name: 'Perceuse bleue dans sa mallette' })).toBeVisible();
});
