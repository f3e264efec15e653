// On a phone (390 × 844, touch): the five destinations are in the bar at the bottom and reachable by touch and by
// keyboard; everything else is on « Moi »; a coordinator finds what waits for the team on the home page and on the
// « Coordination » hub; search results come before the folded filters (issue 14, decision 028).
import { expect, expectAccessible, PHONE, test, useWorld, visit } from './support/fixtures.ts';
import { logIn, logOut, openMenu } from './support/actions.ts';
import { anne, karim, petitNanterre } from './support/people.ts';

useWorld(
	petitNanterre([], {
		posts: [
			{ author: karim.email, title: 'Apprendre à réparer un vélo', kind: 'request', themeName: 'Mobilité & vélo' }
		],
		messages: [{ from: karim.email, to: anne.email, body: 'Bonjour Anne, tu es là samedi ?' }]
	})
);
test.use({ viewport: PHONE, hasTouch: true, isMobile: true });
test.describe.configure({ mode: 'serial' });

const DESTINATIONS = ['/', '/annonces', '/evenements', '/messages', '/menu'];

test('a coordinator taps through the bar, finds what waits, and every page starts with its title', async ({ page }) => {
	await logIn(page, anne);
	const bar = page.getByRole('navigation', { name: 'Navigation principale' });
	// The bar sits at the bottom of the screen, with five destinations.
	await expect(bar.getByRole('link')).toHaveCount(5);
	const box = (await bar.boundingBox())!;
	expect(box.y + box.height).toBeCloseTo(PHONE.height, -1);

	// Home: what waits for her (Karim's message) and for the team.
	await expect(page.getByRole('region', { name: 'Ce qui vous attend' })).toContainText('1 message non lu');
	await expect(page.getByRole('region', { name: 'À traiter pour la coordination' })).toBeVisible();

	await bar.getByRole('link', { name: 'Annonces' }).tap();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annonces');
	await expect(bar.getByRole('link', { name: 'Annonces' })).toHaveAttribute('aria-current', 'page');
	await expectAccessible(page);
	await bar.getByRole('link', { name: 'Agenda' }).tap();
	await expect(page).toHaveURL(/\/evenements$/);
	await expectAccessible(page);
	await bar.getByRole('link', { name: /^Messages/ }).tap();
	await expect(page).toHaveURL(/\/messages$/);
	await expectAccessible(page);

	// « Moi » lists the rest, among it the coordination hub.
	await openMenu(page);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Toutes les pages de coordination' }).tap();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coordination');
	await expectAccessible(page);
	for (const name of ['Membres', 'Thèmes', 'Lieux', 'Réglages du réseau']) {
		await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
	}
});

test('search shows the results first, the filters folded under « Préciser »', async ({ page }) => {
	await logIn(page, anne);
	await page.getByRole('link', { name: 'Rechercher' }).tap();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rechercher');
	await page.getByRole('searchbox').fill('velo');
	await page.getByRole('searchbox').press('Enter');
	const result = page.getByRole('link', { name: 'Apprendre à réparer un vélo' });
	await expect(result).toBeInViewport();
	await expect(page.getByRole('combobox', { name: 'Thème' })).toBeHidden();
	await page.getByText('Préciser', { exact: true }).tap();
	await expect(page.getByRole('combobox', { name: 'Thème' })).toBeVisible();
	await expectAccessible(page);
	// A filter set: the section stays open on the next page.
	await page
		.getByRole('combobox', { name: 'Offres ou demandes' })
		.selectOption({ label: "Demandes : quelqu'un cherche" });
	await page.getByRole('button', { name: 'Rechercher' }).last().tap();
	await expect(page.getByRole('combobox', { name: 'Thème' })).toBeVisible();
	await expect(result).toBeVisible();
});

test('the keyboard reaches every destination of the bar, then the page', async ({ page }) => {
	await logIn(page, karim);
	await visit(page, '/');
	const reached: string[] = [];
	for (let i = 0; i < 12 && reached.length < DESTINATIONS.length; i++) {
		await page.keyboard.press('Tab');
		const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
		if (DESTINATIONS.includes(href) && !reached.includes(href)) reached.push(href);
	}
	expect(reached.sort()).toEqual([...DESTINATIONS].sort());
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moi');
	await logOut(page);
});

// Readable when zoomed (issue 14): a desktop screen of 1280 px zoomed to 400 %, or 640 px at 200 %, leaves 320 CSS
// pixels — WCAG's reflow width. Every destination and the search keep their title on the first screen and their
// text within the width: nothing to scroll sideways to read a line.
test('zoomed in to a width of 320 pixels, the pages reflow instead of scrolling sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 568 });
	await logIn(page, anne);
	for (const path of [...DESTINATIONS, '/recherche?q=velo', '/coordination', '/compte']) {
		await page.goto(path);
		const layout = await page.evaluate(() => ({
			width: document.documentElement.clientWidth,
			scrollWidth: document.documentElement.scrollWidth,
			h1Top: document.querySelector('h1')?.getBoundingClientRect().top ?? null,
			wide: [...document.querySelectorAll('main *')]
				.filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
				.filter((element) => !element.closest('.table-wrap, .visually-hidden, .skip-link'))
				.slice(0, 5)
				.map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`)
		}));
		expect(layout.scrollWidth, `${path} scrolls sideways at 320 px (${layout.wide.join(', ')})`).toBeLessThanOrEqual(
			layout.width
		);
		expect(layout.h1Top, `${path}: no <h1>`).not.toBeNull();
		expect(layout.h1Top!, `${path}: the <h1> starts below the first screen at 320 × 568`).toBeLessThan(568);
	}
});
