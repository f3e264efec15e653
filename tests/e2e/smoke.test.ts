// The built app answers, in French, and its home page passes the accessibility scan.
import { expect, expectAccessible, test, useWorld } from './support/fixtures.ts';
import { petitNanterre } from './support/people.ts';

useWorld(petitNanterre());

test("la page d'accueil répond en français et est accessible", async ({ page }) => {
	const response = await page.goto('/');
	expect(response, 'no response for /').not.toBeNull();
	expect(response!.status()).toBeLessThan(500);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expectAccessible(page);
});
