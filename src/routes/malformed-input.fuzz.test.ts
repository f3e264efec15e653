// A sample of real form actions, posted by anyone with anything: forms with some fields broken (see
// tests/fuzz/form-input.ts), bodies that are not forms, ids in the address that are no ids; as a visitor, a
// member, a coordinator, and a member whose network is not known. A person may get a refusal, a sentence or a
// redirect, never a 500: an action only returns, fails with a status under 500, redirects to a valid address, or
// throws an HTTP error under 500.
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
	addGroupMember,
	createGroupIn,
	createNetworkWithPeople,
	createPost,
	createVenueIn,
	eventContent
} from '../../tests/factories.ts';
import { formFor, malformedBody } from '../../tests/fuzz/form-input.ts';
import type { Actor } from '#lib/server/auth/policies.ts';
import { db } from '#lib/server/db/client.ts';
import { eventOccurrences } from '#lib/server/db/schema/index.ts';
import { createEvent } from '#lib/server/events/create-event.ts';
import { startConversation } from '#lib/server/messages/start-conversation.ts';
import { networkChoiceInput } from '#lib/validation/networks.ts';
import { signUpInput, localeInput } from '#lib/validation/accounts.ts';
import * as events from '#lib/validation/events.ts';
import { groupInput, groupMessageInput, groupRoleInput } from '#lib/validation/groups.ts';
import { introductionConversationInput, sendMessageInput, startConversationInput } from '#lib/validation/messages.ts';
import { closePostInput, postInput } from '#lib/validation/posts.ts';
import { memberSkillInput, profileInput, themeNameInput } from '#lib/validation/profiles.ts';
import { recordExchangeInput } from '#lib/validation/exchanges.ts';
import { venueInput } from '#lib/validation/venues.ts';
import { membershipDecisionInput, networkSettingsInput } from '#lib/validation/networks.ts';
import * as signUp from './inscription/+page.server.ts';
import * as account from './compte/+page.server.ts';
import * as language from './langue/+page.server.ts';
import * as newMessage from './messages/nouvelle/+page.server.ts';
import * as conversation from './messages/[id]/+page.server.ts';
import * as newEvent from './evenements/nouveau/+page.server.ts';
import * as eventPage from './evenements/[id]/+page.server.ts';
import * as editEvent from './evenements/[id]/modifier/+page.server.ts';
import * as occurrence from './evenements/[id]/seances/[occurrenceId]/+page.server.ts';
import * as newPost from './annonces/nouvelle/+page.server.ts';
import * as postPage from './annonces/[id]/+page.server.ts';
import * as newGroup from './groupes/nouveau/+page.server.ts';
import * as groupPage from './groupes/[id]/+page.server.ts';
import * as newVenue from './coordination/lieux/nouveau/+page.server.ts';
import * as members from './coordination/membres/+page.server.ts';
import * as renewCode from './coordination/membres/[id]/nouveau-code/+page.server.ts';
import * as themes from './coordination/themes/+page.server.ts';
import * as networkSettings from './coordination/reseau/+page.server.ts';
import * as newExchange from './echanges/nouveau/+page.server.ts';
import * as profile from './profil/+page.server.ts';
import * as newPartner from './coordination/partenaires/nouveau/+page.server.ts';
import * as referToPartner from './coordination/partenaires/orienter/+page.server.ts';
import * as partnerPage from './coordination/partenaires/[id]/+page.server.ts';
import * as partnerForms from '#lib/validation/partners.ts';
import { createPartner } from '#lib/server/partners/create-partner.ts';

// Each route's own Actions type, seen from outside: called with a hand-made event.
type Action = (event: never) => unknown;
type Route = {
	path: string;
	actions: Record<string, Action>;
	schemas: z.ZodType[];
	params?: () => Record<string, string>;
};

const world = {} as {
	network: { id: string; name: string };
	coordinator: { id: string; actor: Actor };
	member: { id: string; actor: Actor };
	eventId: string;
	occurrenceId: string;
	postId: string;
	groupId: string;
	conversationId: string;
	partnerId: string;
};

beforeAll(async () => {
	const { network, coordinator, member } = await createNetworkWithPeople();
	const venue = await createVenueIn(network.id);
	const group = await createGroupIn(network.id);
	await addGroupMember(group, coordinator.id, { role: 'coordinator' });
	const created = await createEvent({ actor: coordinator.actor, networkId: network.id, input: eventContent(venue.id) });
	const [first] = await db().select().from(eventOccurrences).where(eq(eventOccurrences.eventId, created.id));
	const post = await createPost(network.id, member.id);
	const conversationId = await startConversation({
		actor: member.actor,
		networkId: network.id,
		accountIds: [coordinator.id],
		body: 'Bonjour !'
	});
	const partner = await createPartner({
		actor: coordinator.actor,
		networkId: network.id,
		name: 'Atelier Coudre Ensemble',
		kind: 'association',
		description: '',
		address: '',
		website: '',
		themeIds: [],
		skillNames: [],
		offers: []
	});
	Object.assign(world, {
		partnerId: partner.id,
		network,
		coordinator,
		member,
		eventId: created.id,
		occurrenceId: first.id,
		postId: post.id,
		groupId: group.id,
		conversationId
	});
});

const eventSchemas = [events.eventInput, events.occurrenceAction, events.registrationAction];
const ROUTES: Route[] = [
	{ path: '/inscription', actions: signUp.actions, schemas: [signUpInput] },
	{ path: '/compte', actions: pick(account.actions, 'join', 'switch'), schemas: [networkChoiceInput] },
	{ path: '/langue', actions: language.actions, schemas: [localeInput] },
	{
		path: '/messages/nouvelle',
		actions: newMessage.actions,
		schemas: [startConversationInput, introductionConversationInput]
	},
	{
		path: '/messages/[id]',
		actions: conversation.actions,
		schemas: [sendMessageInput],
		params: () => ({ id: world.conversationId })
	},
	{ path: '/evenements/nouveau', actions: newEvent.actions, schemas: [events.eventInput] },
	{
		path: '/evenements/[id]',
		actions: eventPage.actions,
		schemas: eventSchemas,
		params: () => ({ id: world.eventId })
	},
	{
		path: '/evenements/[id]/modifier',
		actions: editEvent.actions,
		schemas: [events.eventUpdateInput],
		params: () => ({ id: world.eventId })
	},
	{
		path: '/evenements/[id]/seances/[occurrenceId]',
		actions: occurrence.actions,
		schemas: [events.moveOccurrenceInput, events.attendanceInput],
		params: () => ({ id: world.eventId, occurrenceId: world.occurrenceId })
	},
	{ path: '/annonces/nouvelle', actions: newPost.actions, schemas: [postInput] },
	{
		path: '/annonces/[id]',
		actions: postPage.actions,
		schemas: [closePostInput],
		params: () => ({ id: world.postId })
	},
	{ path: '/groupes/nouveau', actions: newGroup.actions, schemas: [groupInput] },
	{
		path: '/groupes/[id]',
		actions: groupPage.actions,
		schemas: [groupMessageInput, groupRoleInput],
		params: () => ({ id: world.groupId })
	},
	{ path: '/coordination/lieux/nouveau', actions: newVenue.actions, schemas: [venueInput] },
	{ path: '/coordination/partenaires/nouveau', actions: newPartner.actions, schemas: [partnerForms.partnerInput] },
	{
		path: '/coordination/partenaires/orienter',
		actions: referToPartner.actions,
		schemas: [partnerForms.referralInput]
	},
	{
		path: '/coordination/partenaires/[id]',
		actions: partnerPage.actions,
		schemas: [
			partnerForms.contactInput,
			partnerForms.contactIdInput,
			partnerForms.contactUpdateInput,
			partnerForms.agreementInput,
			partnerForms.referralStepInput
		],
		params: () => ({ id: world.partnerId })
	},
	{ path: '/coordination/membres', actions: members.actions, schemas: [membershipDecisionInput] },
	{
		path: '/coordination/membres/[id]/nouveau-code',
		actions: renewCode.actions,
		schemas: [],
		params: () => ({ id: world.member.id })
	},
	{ path: '/coordination/themes', actions: themes.actions, schemas: [themeNameInput] },
	{ path: '/coordination/reseau', actions: networkSettings.actions, schemas: [networkSettingsInput] },
	{ path: '/echanges/nouveau', actions: newExchange.actions, schemas: [recordExchangeInput] },
	{
		path: '/profil',
		actions: pick(profile.actions, 'profile', 'addSkill', 'removeSkill'),
		schemas: [profileInput, memberSkillInput]
	}
];

function pick(actions: Record<string, unknown>, ...names: string[]): Record<string, Action> {
	return Object.fromEntries(names.map((name) => [name, actions[name] as Action]));
}

type Who = 'visitor' | 'member' | 'coordinator' | 'member without network';
const who = fc.constantFrom<Who>('visitor', 'member', 'coordinator', 'member without network');

function locals(person: Who) {
	if (person === 'visitor') return { actor: null, network: null };
	const actor = person === 'coordinator' ? world.coordinator.actor : world.member.actor;
	return { actor, network: person === 'member without network' ? null : world.network };
}

/** The address's ids: the real ones mostly, else another id or something that is no id. */
function paramsOf(route: Route) {
	const real = route.params?.() ?? {};
	const names = Object.keys(real);
	if (names.length === 0) return fc.constant({});
	const other = fc.oneof(fc.uuid(), fc.string({ maxLength: 20 }), fc.constantFrom('%00', 'null', '..'));
	return fc.oneof(
		{ weight: 3, arbitrary: fc.constant(real) },
		{ weight: 1, arbitrary: fc.record(Object.fromEntries(names.map((name) => [name, other]))) }
	);
}

/** A body: a form read by one of the route's schemas (some fields broken), or no readable form at all. */
function bodyOf(route: Route) {
	const forms = route.schemas.map((schema) => formFor(schema)).filter((form) => form !== null);
	const posted = (forms.length > 0 ? fc.oneof(...forms) : fc.constant({})).map((form) => ({
		type: undefined as string | undefined,
		body: new URLSearchParams(form) as BodyInit
	}));
	return fc.oneof({ weight: 4, arbitrary: posted }, { weight: 1, arbitrary: malformedBody });
}

function requestEvent(path: string, params: Record<string, string>, person: Who, body: BodyInit, type?: string) {
	const url = new URL(
		`https://entrelien.example${path.replace(/\[(\w+)\]/g, (_, name) => encodeURIComponent(params[name]))}`
	);
	const jar = new Map<string, string>();
	return {
		url,
		params,
		route: { id: path },
		locals: locals(person),
		request: new Request(url, { method: 'POST', body, headers: type ? { 'content-type': type } : undefined }),
		cookies: {
			get: (name: string) => jar.get(name),
			getAll: () => [...jar].map(([name, value]) => ({ name, value })),
			set: (name: string, value: string) => void jar.set(name, value),
			delete: (name: string) => void jar.delete(name),
			serialize: () => ''
		},
		getClientAddress: () => '127.0.0.1',
		setHeaders: () => {},
		isDataRequest: false,
		isSubRequest: false
	} as never;
}

/** What SvelteKit would answer: the status, or the unexpected error (a 500). */
async function answer(action: Action, event: never): Promise<number | Error> {
	try {
		const result = await action(event);
		return isActionFailure(result) ? result.status : 200;
	} catch (error) {
		if (isRedirect(error))
			return /^[\x21-\x7e]+$/.test(error.location) ? error.status : new Error(`Location ${error.location}`);
		if (isHttpError(error)) return error.status;
		return error as Error;
	}
}

describe('form actions posted with malformed input', () => {
	const cases = ROUTES.flatMap((route) =>
		Object.keys(route.actions).map((name) => ({ route, name, label: `${route.path} ?/${name}` }))
	);

	it.each(cases)('$label answers under 500', async ({ route, name }) => {
		await fc.assert(
			fc.asyncProperty(who, paramsOf(route), bodyOf(route), async (person, params, { body, type }) => {
				const status = await answer(route.actions[name], requestEvent(route.path, params, person, body, type));
				if (status instanceof Error) throw status;
				expect(status).toBeLessThan(500);
			}),
			{ numRuns: 15 }
		);
	});
});
