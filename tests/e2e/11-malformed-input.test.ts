// Malformed input over HTTP, as a script or a broken browser would send it: issue 11's cases first (a date field
// empty or too long, a NUL in a network's slug, `suite` sent twice, multipart without a boundary, a member
// without a network writing a message, a refused « new code »), each a 4xx with its French sentence; then random
// broken forms and unreadable bodies on a sample of form actions, as a visitor, a member, a member whose
// request was refused and a coordinator: never a 500. In a world of its own, like every journey.
import { type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import type { z } from 'zod';
import { formFor, malformedBody } from '../fuzz/form-input.ts';
import { signUpInput, localeInput } from '../../src/lib/validation/accounts.ts';
import * as events from '../../src/lib/validation/events.ts';
import { recordExchangeInput } from '../../src/lib/validation/exchanges.ts';
import { groupInput, groupMessageInput } from '../../src/lib/validation/groups.ts';
import { sendMessageInput, startConversationInput } from '../../src/lib/validation/messages.ts';
import {
	membershipDecisionInput,
	networkChoiceInput,
	networkSettingsInput
} from '../../src/lib/validation/networks.ts';
import { onboardingInput } from '../../src/lib/validation/onboarding.ts';
import { closePostInput, postInput } from '../../src/lib/validation/posts.ts';
import { memberSkillInput, themeNameInput } from '../../src/lib/validation/profiles.ts';
import { venueInput } from '../../src/lib/validation/venues.ts';
import { feedTargetInput } from '../../src/lib/validation/calendars.ts';
import { expect, test, useWorld } from './support/fixtures.ts';

const coordinator = { name: 'Odile Marchand', email: 'odile.marchand@exemple.org', password: 'formulaires-tordus-1' };
const member = { name: 'Yanis Ferhat', email: 'yanis.ferhat@exemple.org', password: 'formulaires-tordus-2' };
const refused = {
	name: 'Paul Girard',
	email: 'paul.girard@exemple.org',
	password: 'formulaires-tordus-3',
	status: 'refused' as const
};
const SENTENCES = {
	required: 'Ce champ est obligatoire. Remplissez-le.',
	date: 'Indiquez une date et une heure, par exemple',
	control: 'Ce texte contient des signes invisibles',
	unreadable: "Le formulaire n'a pas pu être lu. Rechargez la page, puis envoyez-le de nouveau.",
	notMember: "Vous n'êtes pas membre de ce réseau. Demandez à le rejoindre depuis « Mon compte ».",
	forbidden:
		"Cette action est réservée à d'autres personnes du réseau. Revenez à l'accueil, ou demandez à l'équipe du réseau."
};
const UNKNOWN_ID = '6f1c2a4e-8b7d-4c3e-9a2f-1d5e6b7c8a9f';

const as = {} as Record<'visitor' | 'member' | 'refused' | 'coordinator', APIRequestContext>;
const ids = { event: UNKNOWN_ID, occurrence: UNKNOWN_ID };

const world = useWorld({
	network: { name: 'Réseau des formulaires tordus', town: 'Nanterre' },
	coordinator,
	members: [member, refused]
});
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ playwright }) => {
	const context = () =>
		playwright.request.newContext({
			baseURL: world.baseUrl,
			// A form post from the site itself (SvelteKit checks the origin), asking for the page as a browser does.
			extraHTTPHeaders: { origin: world.baseUrl, accept: 'text/html' },
			maxRedirects: 0
		});
	as.visitor = await context();
	for (const [who, person] of [
		['member', member],
		['refused', refused],
		['coordinator', coordinator]
	] as const) {
		as[who] = await context();
		const loggedIn = await as[who].post('/connexion', { form: { email: person.email, password: person.password } });
		expect(loggedIn.status(), `${person.name} logs in`).toBe(303);
	}
});

test.afterAll(async () => {
	for (const context of Object.values(as)) await context.dispose();
});

/** A date and time in a few days, as a `datetime-local` field sends it. */
function inDays(days: number, time: string) {
	return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

const workshop = () => ({
	title: 'Atelier réparation de vélos',
	description: 'On apprend à régler les freins.',
	kind: 'workshop',
	onlineUrl: 'https://visio.exemple.org/velo',
	startsAt: inDays(3, '10:00'),
	endsAt: inDays(3, '12:00'),
	capacity: '10',
	audience: 'network'
});

async function expectSentence(
	response: Awaited<ReturnType<APIRequestContext['post']>>,
	status: number,
	sentence: string
) {
	expect(response.status()).toBe(status);
	expect(await response.text()).toContain(sentence);
}

test('issue 11: each malformed input is a 4xx with a sentence', async () => {
	// An event with a broken date: a sentence next to the field, on creation, edition and the move of an occurrence.
	await expectSentence(
		await as.coordinator.post('/evenements/nouveau', { form: { ...workshop(), endsAt: '' } }),
		400,
		SENTENCES.required
	);
	await expectSentence(
		await as.coordinator.post('/evenements/nouveau', { form: { ...workshop(), startsAt: 'x'.repeat(50) } }),
		400,
		SENTENCES.date
	);
	const created = await as.coordinator.post('/evenements/nouveau', { form: workshop() });
	expect(created.status()).toBe(303);
	ids.event = /\/evenements\/([0-9a-f-]{36})/.exec(created.headers().location ?? '')![1];
	const page = await (await as.coordinator.get(`/evenements/${ids.event}`)).text();
	ids.occurrence = new RegExp(`/evenements/${ids.event}/seances/([0-9a-f-]{36})`).exec(page)![1];
	await expectSentence(
		await as.coordinator.post(`/evenements/${ids.event}/modifier`, { form: { ...workshop(), endsAt: 'x'.repeat(41) } }),
		400,
		SENTENCES.date
	);
	await expectSentence(
		await as.coordinator.post(`/evenements/${ids.event}/seances/${ids.occurrence}?/move`, {
			form: { startsAt: inDays(4, '10:00'), endsAt: '' }
		}),
		400,
		SENTENCES.required
	);

	// A NUL in the network's slug, at sign-up and on the account page.
	await expectSentence(
		await as.visitor.post('/inscription', {
			form: { name: 'Léa Morel', email: 'lea.morel@exemple.org', password: 'assez-long-1', network: 'ab\u0000c' }
		}),
		400,
		SENTENCES.control
	);
	await expectSentence(
		await as.member.post('/compte?/join', { form: { network: 'ab\u0000c' } }),
		400,
		SENTENCES.control
	);

	// `suite` sent twice: the language is set, the person goes home.
	const language = await as.visitor.post('/langue', {
		data: 'locale=fr&suite=%2Fannonces&suite=%2Fmembres',
		headers: { 'content-type': 'application/x-www-form-urlencoded' }
	});
	expect(language.status()).toBe(303);
	expect(language.headers().location).toBe('/');

	// Multipart without a boundary, on the two forms read before handleForm.
	for (const path of ['/langue', '/messages/nouvelle']) {
		const response = await as.member.post(path, {
			data: 'locale=fr',
			headers: { 'content-type': 'multipart/form-data' }
		});
		await expectSentence(response, 400, SENTENCES.unreadable);
	}

	// A member whose request was refused has no network: a sentence, not an error page.
	await expectSentence(
		await as.refused.post('/messages/nouvelle', { form: { body: 'Bonjour !', accountIds: UNKNOWN_ID } }),
		403,
		SENTENCES.notMember
	);

	// A refused « new code » stays on its page with the sentence.
	await expectSentence(
		await as.member.post(`/coordination/membres/${UNKNOWN_ID}/nouveau-code`, { form: {} }),
		403,
		SENTENCES.forbidden
	);
});

type Target = { path: () => string; schemas: z.ZodType[] };
const event = () => `/evenements/${ids.event}`;
const TARGETS: Target[] = [
	{ path: () => '/inscription', schemas: [signUpInput] },
	{ path: () => '/compte?/join', schemas: [networkChoiceInput] },
	{ path: () => '/compte?/switch', schemas: [networkChoiceInput] },
	{ path: () => '/langue', schemas: [localeInput] },
	{ path: () => '/messages/nouvelle', schemas: [startConversationInput] },
	{ path: () => `/messages/${UNKNOWN_ID}?/send`, schemas: [sendMessageInput] },
	{ path: () => '/evenements/nouveau', schemas: [events.eventInput] },
	{ path: () => `${event()}?/register`, schemas: [events.occurrenceAction] },
	{ path: () => `${event()}/modifier`, schemas: [events.eventUpdateInput] },
	{ path: () => `${event()}/seances/${ids.occurrence}?/move`, schemas: [events.moveOccurrenceInput] },
	{ path: () => `${event()}/seances/${ids.occurrence}?/attendance`, schemas: [events.attendanceInput] },
	{ path: () => '/annonces/nouvelle', schemas: [postInput] },
	{ path: () => `/annonces/${UNKNOWN_ID}?/close`, schemas: [closePostInput] },
	{ path: () => '/groupes/nouveau', schemas: [groupInput] },
	{ path: () => `/groupes/${UNKNOWN_ID}?/message`, schemas: [groupMessageInput] },
	{ path: () => '/coordination/lieux/nouveau', schemas: [venueInput] },
	{ path: () => '/coordination/membres?/decide', schemas: [membershipDecisionInput] },
	{ path: () => `/coordination/membres/${UNKNOWN_ID}/nouveau-code`, schemas: [] },
	{ path: () => '/coordination/themes?/add', schemas: [themeNameInput] },
	{ path: () => '/coordination/reseau', schemas: [networkSettingsInput] },
	{ path: () => '/echanges/nouveau', schemas: [recordExchangeInput] },
	{ path: () => '/profil?/addSkill', schemas: [memberSkillInput] },
	{ path: () => '/compte/agenda?/renew', schemas: [feedTargetInput] },
	{ path: () => '/bienvenue?/save', schemas: [onboardingInput] }
];

/** A broken form (some fields posted twice), or a body that is no readable form. */
function bodies(target: Target) {
	const forms = target.schemas.map((schema) => formFor(schema)).filter((form) => form !== null);
	const encoded = (forms.length > 0 ? fc.oneof(...forms) : fc.constant({} as Record<string, string>)).chain((form) =>
		fc.subarray(Object.keys(form)).map((twice) => {
			const params = new URLSearchParams(form);
			for (const key of twice) params.append(key, form[key]);
			return { type: 'application/x-www-form-urlencoded', body: params.toString() };
		})
	);
	return fc.oneof({ weight: 3, arbitrary: encoded }, { weight: 2, arbitrary: malformedBody });
}

test('random broken forms and bodies never answer a 500', async () => {
	test.setTimeout(240_000);
	for (const target of TARGETS) {
		for (const [who, context] of Object.entries(as)) {
			for (const { type, body } of fc.sample(bodies(target), 5)) {
				const response = await context.post(target.path(), { data: body, headers: { 'content-type': type } });
				const what = `${who} ${target.path()} ${type}: ${JSON.stringify(body).slice(0, 120)}`;
				expect(response.status(), what).toBeLessThan(500);
			}
		}
	}
});
