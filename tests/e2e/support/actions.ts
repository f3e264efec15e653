// Small steps the journeys share, written as a person would do them.
import type { Page } from '@playwright/test';
import { expect, visit } from './fixtures.ts';

/**
 * Logs in through the form and waits for the answer: the next page (success) or the alert (refusal), so that
 * the journey's next step never acts on a page that is about to be replaced.
 */
export async function logIn(page: Page, person: { email: string; password: string }) {
	await visit(page, '/connexion');
	await page.getByLabel('Adresse e-mail').fill(person.email);
	await page.getByLabel('Mot de passe').fill(person.password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	const left = page.waitForURL((url) => !url.pathname.startsWith('/connexion'), { waitUntil: 'load' });
	const refused = page.getByRole('alert').waitFor();
	await Promise.race([left, refused]);
	// The other one may never settle: keep it from failing the test later.
	left.catch(() => {});
	refused.catch(() => {});
}

/** Opens « Moi », the bar's fifth destination, where every other page and the logout button are (decision 028). */
export async function openMenu(page: Page) {
	await page.getByRole('link', { name: /^Moi\b/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moi');
}

export async function logOut(page: Page) {
	await openMenu(page);
	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(page.getByRole('link', { name: 'Se connecter' }).first()).toBeVisible();
}
