// Small steps the journeys share, written as a person would do them.
import type { Page } from '@playwright/test';
import { expect, visit } from './fixtures.ts';

export async function logIn(page: Page, person: { email: string; password: string }) {
	await visit(page, '/connexion');
	await page.getByLabel('Adresse électronique').fill(person.email);
	await page.getByLabel('Mot de passe').fill(person.password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
}

export async function logOut(page: Page) {
	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(page.getByRole('link', { name: 'Se connecter' }).first()).toBeVisible();
}
