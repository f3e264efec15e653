// What every journey imports instead of '@playwright/test': `useWorld`, which gives the file its own app and
// database (world.ts), an axe-core scan that fails with a readable list and checks the page at phone size (below),
// the mail the app sent (read from the world's catcher file, see mail-catcher.ts), and `visit`, which scans every
// page it opens.
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page, type Response } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import type { CaughtMail } from './mail-catcher.ts';
import { freePort } from '../../../scripts/lib/postgres-server.ts';
import { startWorld, type World } from './world.ts';
import type { WorldDescription } from './world-description.ts';

export type { CaughtMail };
export { expect };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type AccessibilityOptions = {
	/** CSS selectors left out of the scan (use sparingly, and say why at the call site). */
	exclude?: string[];
	/** axe rule ids not checked (same). */
	disableRules?: string[];
};

// Pages of journeys run with JavaScript turned off (see the `page` fixture below).
const pagesWithoutJs = new WeakSet<Page>();

const phoneChecked = new WeakMap<Page, Set<string>>();

/** A common Android phone's screen (issue 14): every scanned page is also measured at this size. */
export const PHONE = { width: 390, height: 844 };

/**
 * Phone first (issue 14, decision 028): at 390 × 844 the page's `<h1>` ends within the first screen, above the
 * bottom bar, and nothing makes the page scroll sideways. Measured on the page as it is, resized for the
 * measure when the journey runs at another size, then put back.
 */
export async function expectPhoneFirst(page: Page): Promise<void> {
	// Once per address and page: a journey scans the same address again after each form it sends there.
	const measured = phoneChecked.get(page) ?? new Set<string>();
	phoneChecked.set(page, measured);
	if (measured.has(page.url())) return;
	measured.add(page.url());
	const size = page.viewportSize();
	const resize = !size || size.width !== PHONE.width || size.height !== PHONE.height;
	if (resize) await page.setViewportSize(PHONE);
	try {
		const layout = await page.evaluate(() => {
			const h1 = document.querySelector('h1')?.getBoundingClientRect();
			const bar = document.querySelector('.site-nav')?.getBoundingClientRect();
			const limit = bar && bar.top > window.innerHeight / 2 ? bar.top : window.innerHeight;
			const width = document.documentElement.clientWidth;
			const scrollWidth = document.documentElement.scrollWidth;
			// Only when the page does scroll sideways: the culprits, to say what to fix (a table outside
			// .table-wrap, a long unbreakable word…).
			const wide =
				scrollWidth <= width
					? []
					: [...document.querySelectorAll('body *')]
							.filter((element) => element.getBoundingClientRect().right > width + 1)
							.filter((element) => !element.closest('.table-wrap, .visually-hidden, .skip-link'))
							.slice(0, 5)
							.map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
			return {
				h1Bottom: h1 ? h1.bottom + window.scrollY : null,
				limit,
				scrollWidth,
				width,
				wide
			};
		});
		const where = page.url();
		expect(layout.h1Bottom, `${where}: no <h1>`).not.toBeNull();
		expect(layout.h1Bottom!, `${where}: the <h1> ends below the first screen at 390 × 844`).toBeLessThanOrEqual(
			layout.limit
		);
		expect(
			layout.scrollWidth,
			`${where}: the page scrolls sideways at 390 px (wider: ${layout.wide.join(', ') || '?'})`
		).toBeLessThanOrEqual(layout.width);
	} finally {
		if (resize && size) await page.setViewportSize(size);
	}
}

/**
 * axe-core needs JavaScript. A page shown without it is scanned as it is: its HTML, served again at the same
 * address (with the app's real styles), in a JavaScript-enabled page of the same browser, where it is also
 * measured at phone size.
 */
async function scanWithoutJs(page: Page, options: AccessibilityOptions) {
	const html = await page.content();
	const url = page.url();
	const context = await page.context().browser()!.newContext({ locale: 'fr-FR', javaScriptEnabled: true });
	try {
		const copy = await context.newPage();
		await copy.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }), {
			times: 1
		});
		// The copy must not hydrate: it would render differently from what the person without JavaScript sees.
		await copy.route('**/_app/**/*.js', (route) => route.abort());
		await copy.goto(url);
		await expectPhoneFirst(copy);
		return await axeScan(copy, options);
	} finally {
		await context.close();
	}
}

async function axeScan(page: Page, options: AccessibilityOptions) {
	let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
	if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
	return (await builder.analyze()).violations;
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now, and the phone-size checks; fails listing each
 * violation.
 */
export async function expectAccessible(page: Page, options: AccessibilityOptions = {}): Promise<void> {
	const withoutJs = pagesWithoutJs.has(page);
	if (!withoutJs) await expectPhoneFirst(page);
	const violations = withoutJs ? await scanWithoutJs(page, options) : await axeScan(page, options);
	const report = violations
		.map((v) => {
			const targets = v.nodes.map((n) => `      ${n.target.map(String).join(' ')}`).join('\n');
			return `  - ${v.id} (${v.impact ?? 'impact inconnu'}): ${v.help}\n    ${v.helpUrl}\n${targets}`;
		})
		.join('\n');
	expect(violations.length, `Accessibility violations on ${page.url()}:\n${report}`).toBe(0);
}

/** Opens `path` (relative to the base URL), checks it is not a server error, then scans it with axe. */
export async function visit(page: Page, path: string, options: AccessibilityOptions = {}): Promise<Response | null> {
	const response = await page.goto(path);
	if (response) expect(response.status(), `${path} answered ${response.status()}`).toBeLessThan(500);
	await expectAccessible(page, options);
	return response;
}

export type MailQuery = {
	/** A recipient address (case-insensitive). */
	to: string;
	subject?: RegExp;
	/** Only mail received at or after this moment. */
	after?: Date;
};

// The world of the file being run: a worker runs one file at a time, between its beforeAll and afterAll.
let current: World | undefined;

// Each file's server port, chosen before its world starts: Playwright reads `baseURL` for the browser context's
// options before the file's beforeAll hooks run.
const ports = new Map<string, Promise<number>>();
function portOf(file: string): Promise<number> {
	let port = ports.get(file);
	if (!port) ports.set(file, (port = freePort()));
	return port;
}

function world(): World {
	if (!current) throw new Error('Ce parcours n’a pas de monde : appelez useWorld() en tête du fichier.');
	return current;
}

function mailFile(): string {
	return world().mailFile;
}

/** Every message caught so far, oldest first. */
export function readMails(): CaughtMail[] {
	const file = mailFile();
	if (!existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.split('\n')
		.flatMap((line) => {
			if (line.trim() === '') return [];
			try {
				return [JSON.parse(line) as CaughtMail];
			} catch {
				return []; // a line still being written: it will be complete at the next poll
			}
		});
}

function matches(mail: CaughtMail, query: MailQuery): boolean {
	const to = query.to.toLowerCase();
	if (!mail.to.some((address) => address === to)) return false;
	if (query.subject && !query.subject.test(mail.subject)) return false;
	if (query.after && Date.parse(mail.date) < query.after.getTime()) return false;
	return true;
}

/**
 * Waits for the first (oldest) message matching the query. Pass `after: new Date()` taken just before the
 * action when the same person may have received a similar message earlier in the run.
 */
export async function waitForMail(query: MailQuery, timeoutMs = 15_000): Promise<CaughtMail> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const found = readMails().find((mail) => matches(mail, query));
		if (found) return found;
		if (Date.now() >= deadline) break;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	const seen = readMails()
		.map((m) => `  - ${m.date} to ${m.to.join(', ')}: « ${m.subject} »`)
		.join('\n');
	throw new Error(
		`No mail to ${query.to}${query.subject ? ` with subject ${query.subject}` : ''}` +
			`${query.after ? ` after ${query.after.toISOString()}` : ''} within ${timeoutMs} ms. Caught so far:\n${seen || '  (none)'}`
	);
}

/** The first absolute URL in the message's text (then HTML) whose path starts with `pathPrefix`. */
export function linkIn(message: CaughtMail, pathPrefix: string): string {
	const candidates = [
		...(message.text.match(/https?:\/\/[^\s<>"'»]+/g) ?? []),
		...[...message.html.matchAll(/href="(https?:\/\/[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))
	];
	for (const candidate of candidates) {
		// Sentence punctuation right after a link is not part of it.
		const cleaned = candidate.replace(/[.,;:!?)\]]+$/, '');
		let url: URL;
		try {
			url = new URL(cleaned);
		} catch {
			continue;
		}
		if (url.pathname.startsWith(pathPrefix)) return url.href;
	}
	throw new Error(`No link to ${pathPrefix}… in the mail « ${message.subject} »:\n${message.text}`);
}

export type Fixtures = {
	axe: { expectAccessible: typeof expectAccessible };
	mail: { waitForMail: typeof waitForMail; linkIn: typeof linkIn; readMails: typeof readMails };
};

export const test = base.extend<Fixtures & { serverLogOnFailure: void }>({
	// Every page and request of the file goes to its world's server.
	// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
	baseURL: async ({}, use, testInfo) => {
		await use(`http://127.0.0.1:${await portOf(testInfo.file)}`);
	},
	// A failed test shows what its server said (an unexpected error is logged there, not in the page).
	serverLogOnFailure: [
		// eslint-disable-next-line no-empty-pattern -- same
		async ({}, use, testInfo) => {
			await use();
			if (testInfo.status !== testInfo.expectedStatus && current) {
				await testInfo.attach('server.log', { body: current.serverLog(), contentType: 'text/plain' });
				console.error(`--- Sortie du serveur du parcours ---\n${current.serverLog()}\n--- Fin ---`);
			}
		},
		{ auto: true }
	],
	// A page whose Content-Security-Policy refuses something of the app's own (an inline script or style, a
	// hydration chunk) fails its journey: Chromium reports each refusal on the console, with or without JavaScript.
	page: async ({ page, javaScriptEnabled }, use) => {
		if (!javaScriptEnabled) pagesWithoutJs.add(page);
		const refused: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
				refused.push(`${page.url()}: ${message.text()}`);
			}
		});
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(
					`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`
				)
			);
		});
		await use(page);
		expect(refused, `Content Security Policy violations:\n${refused.join('\n')}`).toEqual([]);
	},
	// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
	axe: async ({}, use) => {
		await use({ expectAccessible });
	},
	// eslint-disable-next-line no-empty-pattern -- same
	mail: async ({}, use) => {
		await use({ waitForMail, linkIn, readMails });
	}
});

/**
 * Gives the file its own world (world.ts): a server on a database holding `description` (or an instance not set
 * up yet, for `null`), started before its first test and stopped after its last. A file whose tests build on one
 * another also says `test.describe.configure({ mode: 'serial' })`: after a failure, the next ones are skipped
 * (otherwise Playwright runs them in a new worker, hence on a new world).
 */
export function useWorld(description: WorldDescription | null) {
	test.beforeAll(async () => {
		test.setTimeout(90_000);
		const started = performance.now();
		current = await startWorld(description, await portOf(test.info().file));
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.log(`Monde du parcours prêt en ${seconds} s (${current.startTimes}) sur ${current.baseUrl}.`);
	});
	test.afterAll(async () => {
		const ending = current;
		current = undefined;
		await ending?.stop();
	});
	return {
		get baseUrl() {
			return world().baseUrl;
		},
		/** Puts the server's clock `ms` milliseconds ahead of the real time. */
		setClockOffset: (ms: number) => world().setClockOffset(ms)
	};
}
