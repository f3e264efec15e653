// A network with something in every part of the app, for the tests of suspending and deleting a network
// (src/lib/server/networks/): members with skills and profiles, a public and a members-only post, an answer, a
// conversation, a group, a venue, a « with the link » event with a member's and a guest's registration, a
// calendar feed, notifications, a time-bank exchange with its ledger and a thank-you, a journal row.
import { eq } from 'drizzle-orm';
import { recordAudit } from '../src/lib/server/audit/record.ts';
import { renewCalendarFeed } from '../src/lib/server/calendars/renew-calendar-feed.ts';
import { now } from '../src/lib/server/clock.ts';
import { db } from '../src/lib/server/db/client.ts';
import { eventGuests, eventOccurrences, profiles } from '../src/lib/server/db/schema/index.ts';
import { createEvent } from '../src/lib/server/events/create-event.ts';
import { registerForOccurrence } from '../src/lib/server/events/register-for-occurrence.ts';
import { answerExchange } from '../src/lib/server/exchanges/answer-exchange.ts';
import { recordExchange } from '../src/lib/server/exchanges/record-exchange.ts';
import { thankSharer } from '../src/lib/server/exchanges/thank-sharer.ts';
import { answerPost } from '../src/lib/server/introductions/open-introduction.ts';
import { startConversation } from '../src/lib/server/messages/start-conversation.ts';
import { updateReciprocitySettings } from '../src/lib/server/networks/update-network-settings.ts';
import { notify } from '../src/lib/server/notifications/notify.ts';
import { parisDate } from '../src/lib/paris-time.ts';
import { createAgreement } from '../src/lib/server/partners/agreements.ts';
import { addContact } from '../src/lib/server/partners/contacts.ts';
import { createPartner } from '../src/lib/server/partners/create-partner.ts';
import { createReferral } from '../src/lib/server/partners/create-referral.ts';
import {
	actorOf,
	addGroupMember,
	addMemberSkill,
	createGroupIn,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill,
	createVenueIn,
	eventContent
} from './factories.ts';

export async function filledNetwork() {
	const people = await createNetworkWithPeople({ joinPolicy: 'open' });
	const { network, coordinator, member } = people;
	const networkId = network.id;
	const other = await createMember(networkId, { name: 'Fatou Traoré' });
	const otherActor = await actorOf(other.id);
	await updateReciprocitySettings({
		actor: coordinator.actor,
		networkId,
		reciprocityMode: 'time_bank',
		timeMinBalanceMinutes: null,
		timeMaxBalanceMinutes: null
	});

	const skill = await createSkill(networkId, 'Cuisine libanaise', 'Cuisine');
	await addMemberSkill(networkId, member.id, skill.id, 'share');
	await addMemberSkill(networkId, other.id, skill.id, 'learn');
	await db()
		.insert(profiles)
		.values({ networkId, accountId: member.id, neighbourhood: 'Petit-Nanterre', updatedAt: now() });

	const publicPost = await createPost(networkId, member.id, {
		kind: 'offer',
		title: 'Je montre comment cuisiner des mezzés',
		visibility: 'public',
		skillIds: [skill.id]
	});
	const membersPost = await createPost(networkId, other.id, { title: 'Qui peut réparer mon vélo ?' });
	await answerPost({ actor: member.actor, networkId, postId: membersPost.id });
	await startConversation({ actor: otherActor, networkId, accountIds: [member.id], body: 'Bonjour, merci !' });

	const group = await createGroupIn(networkId, { name: 'Cuisine du monde' });
	await addGroupMember(group, member.id);
	const venue = await createVenueIn(networkId);
	const event = await createEvent({
		actor: coordinator.actor,
		networkId,
		input: eventContent(venue.id, { audience: 'link', groupId: null })
	});
	const [occurrence] = await db().select().from(eventOccurrences).where(eq(eventOccurrences.eventId, event.id));
	await registerForOccurrence({ actor: member.actor, networkId, occurrenceId: occurrence.id, token: event.linkToken! });
	const guestToken = `invite-${crypto.randomUUID()}`;
	await db()
		.insert(eventGuests)
		.values({
			networkId,
			occurrenceId: occurrence.id,
			name: 'Sylvie Martin',
			email: `sylvie.${crypto.randomUUID()}@exemple.org`,
			token: guestToken
		});
	const feed = await renewCalendarFeed({ actor: member.actor, networkId, target: { scope: 'member' } });
	await db().transaction((tx) =>
		notify(tx, { networkId, accountId: member.id, kind: 'thanks', params: { name: 'Fatou' }, link: '/echanges' })
	);

	const exchange = await recordExchange({
		actor: member.actor,
		networkId,
		sharerAccountId: member.id,
		learnerAccountIds: [other.id],
		skillId: skill.id,
		occurredOn: parisDate(now()),
		minutes: 90
	});
	await answerExchange({ actor: otherActor, networkId, exchangeId: exchange.id, answer: 'confirm' });
	await thankSharer({ actor: otherActor, networkId, exchangeId: exchange.id, message: 'Merci pour les mezzés !' });
	await recordAudit({ networkId, actor: coordinator.actor, action: 'outbox_link_shown', subjectAccountId: member.id });
	// A partner with its theme and skill, a contact, an agreement's PDF, a venue and a referral (decision 035).
	const partner = await createPartner({
		actor: coordinator.actor,
		networkId,
		name: 'Atelier Coudre Ensemble',
		kind: 'association',
		description: '',
		address: '',
		website: '',
		themeIds: [skill.themeId],
		skillNames: ['Cuisine libanaise'],
		offers: ['venues']
	});
	const partnerScope = { actor: coordinator.actor, networkId, partnerId: partner.id };
	await addContact({ ...partnerScope, name: 'Véronique Marchal', role: '', email: '', phone: '' });
	await createAgreement({
		...partnerScope,
		title: 'Convention',
		startsOn: '2026-01-01',
		endsOn: '2026-12-31',
		status: 'signed',
		file: new TextEncoder().encode('%PDF-1.7')
	});
	await createVenueIn(networkId, { name: 'Atelier du partenaire', partnerId: partner.id });
	await createReferral({
		...partnerScope,
		accountId: other.id,
		need: 'Ourlets',
		postId: membersPost.id,
		consent: true
	});

	return {
		...people,
		other: { ...other, actor: otherActor },
		publicPost,
		membersPost,
		event,
		occurrence,
		guestToken,
		feedToken: feed.token
	};
}
