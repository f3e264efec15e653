// The demo network's life (issue 14): venues, groups with their talk, events (a discovery day with a waiting list,
// a weekly series with a cancelled occurrence, a garden workshop, a past CV workshop with its attendance),
// introductions at each step, exchanges and thanks, conversations and a reported message. Everything goes
// through the domain functions with the people's own actors, so the notifications, places, waiting list and time
// bank are what the app itself would have made. Only a past event needs one row-level step (demo-past-event.ts):
// the app never creates events in the past.
import { loadActor } from '../../accounts/find-account.ts';
import { now } from '../../clock.ts';
import { cancelOccurrence } from '../../events/cancel-occurrence.ts';
import { cancelRegistration } from '../../events/cancel-registration.ts';
import { createEvent } from '../../events/create-event.ts';
import { markAttendance } from '../../events/mark-attendance.ts';
import { registerForOccurrence } from '../../events/register-for-occurrence.ts';
import { answerExchange } from '../../exchanges/answer-exchange.ts';
import { recordExchange } from '../../exchanges/record-exchange.ts';
import { thankSharer } from '../../exchanges/thank-sharer.ts';
import { createGroup } from '../../groups/create-group.ts';
import { joinGroup } from '../../groups/join-group.ts';
import { postAnnouncement } from '../../groups/post-announcement.ts';
import { postGroupMessage } from '../../groups/post-group-message.ts';
import { moveIntroduction } from '../../introductions/move-introduction.ts';
import { answerPost, introduceMembers } from '../../introductions/open-introduction.ts';
import { reportMessage } from '../../messages/report-message.ts';
import { sendMessage } from '../../messages/send-message.ts';
import { startConversation } from '../../messages/start-conversation.ts';
import { createVenue } from '../../venues/create-venue.ts';
import { fillDemoSpace } from './demo-space.ts';
import { fillDemoTips } from './demo-tips.ts';
import { fillDemoJobCircle } from './demo-job-circle.ts';
import { fillDemoChildcare } from './demo-childcare.ts';
import { fillDemoPartners } from './demo-partners.ts';
import { addParisDays, parisDate } from '../../../paris-time.ts';
import type { Actor } from '../../auth/policies.ts';
import { DAY } from './demo-content.ts';
import {
	DEMO_CONVERSATIONS,
	DEMO_EVENTS,
	DEMO_EXCHANGES,
	DEMO_GROUPS,
	DEMO_INTRODUCTIONS,
	DEMO_VENUES
} from './demo-life.ts';
import type { DemoPeople } from './fill-demo-network.ts';
import { firstOccurrences, moveEventToPast } from './demo-past-event.ts';

type Ids = { networkId: string; accountId: string; people: DemoPeople };

/** The demo's life, written after the setup's transaction. */
export async function fillDemoActivity({ networkId, accountId, people }: Ids) {
	const actors = new Map<string, Actor>();
	const actorOf = async (id: string) => {
		let actor = actors.get(id);
		if (!actor) actors.set(id, (actor = (await loadActor(id))!));
		return actor;
	};
	const member = (i: number) => people.members[i].id;
	const as = (i: number) => actorOf(member(i));
	const admin = await actorOf(accountId);
	const scope = { networkId };

	const venueIds = new Map<string, string>();
	for (const venue of DEMO_VENUES) {
		venueIds.set(venue.name, (await createVenue({ actor: admin, ...scope, ...venue })).id);
	}

	const groupIds = new Map<string, string>();
	for (const group of DEMO_GROUPS) {
		const { id } = await createGroup({
			actor: admin,
			...scope,
			name: group.name,
			themeId: people.themeIds.get(group.theme) ?? null,
			description: group.description,
			joinPolicy: group.joinPolicy
		});
		groupIds.set(group.name, id);
		for (const i of group.members) await joinGroup({ actor: await as(i), ...scope, groupId: id });
		await postAnnouncement({ actor: admin, ...scope, groupId: id, body: group.announcement });
		for (const [i, body] of group.talk) {
			await postGroupMessage({ actor: await as(i), ...scope, groupId: id, body });
		}
	}

	await demoEvents(scope, admin, { venueIds, groupIds, as, member });
	// The network's own room opens its rooms, stations and tools, with a few bookings (issue 15).
	await fillDemoSpace({
		networkId,
		admin,
		venueId: venueIds.get('Salle du réseau')!,
		members: await Promise.all([0, 1, 2, 3, 4].map(as))
	});
	// Three « bons plans » with a few « utile » marks (issue 16).
	await fillDemoTips({ networkId, members: await Promise.all([2, 3, 4].map(as)) });
	// A small job circle: two members, their check-ins and a lead (issue 16).
	await fillDemoJobCircle({ networkId, members: await Promise.all([0, 1].map(as)) });
	// A person of trust for childcare and a parent's request with her offer (issue 16).
	await fillDemoChildcare({ networkId, admin, carer: await as(2), parent: await as(0) });
	// Two partners, « Atelier Coudre Ensemble » and « Banque du Parvis », and a referral (issue 17).
	await fillDemoPartners({ networkId, admin, members: [await as(1)] });
	await demoIntroductions(scope, admin, people, as);

	for (const exchange of DEMO_EXCHANGES) {
		const recorded = await recordExchange({
			actor: await as(exchange.sharer),
			...scope,
			sharerAccountId: member(exchange.sharer),
			learnerAccountIds: exchange.learners.map(member),
			skillId: people.skillIds.get(exchange.skill)!,
			occurredOn: parisDate(addParisDays(now(), -exchange.daysAgo)),
			minutes: exchange.minutes
		});
		if (!exchange.confirmed) continue;
		for (const learner of exchange.learners) {
			await answerExchange({ actor: await as(learner), ...scope, exchangeId: recorded.id, answer: 'confirm' });
		}
		if (exchange.thanks) {
			const learner = await as(exchange.learners[0]);
			await thankSharer({ actor: learner, ...scope, exchangeId: recorded.id, message: exchange.thanks });
		}
	}

	for (const conversation of DEMO_CONVERSATIONS) {
		const people = conversation.with === 'admin' ? [accountId] : conversation.with.map(member);
		const [first, ...replies] = conversation.messages;
		const starter = first[0] === 'admin' ? admin : await as(first[0]);
		const id = await startConversation({ actor: starter, ...scope, accountIds: people, body: first[1] });
		let last;
		for (const [who, body] of replies) {
			const actor = who === 'admin' ? admin : await as(who);
			last = await sendMessage({ actor, ...scope, conversationId: id, body });
		}
		if (conversation.reported && last) {
			const reporter = await as(conversation.with === 'admin' ? 0 : conversation.with[0]);
			await reportMessage({
				actor: reporter,
				...scope,
				conversationId: id,
				messageId: last.id,
				reason: conversation.reported
			});
		}
	}
}

type Helpers = {
	venueIds: Map<string, string>;
	groupIds: Map<string, string>;
	as: (i: number) => Promise<Actor>;
	member: (i: number) => string;
};

/** The agenda: each event created by the coordinator, then people register (and some cancel) in turn. */
async function demoEvents(scope: { networkId: string }, admin: Actor, h: Helpers) {
	const today = now();
	for (const event of DEMO_EVENTS) {
		// The app creates events in the future only: a past one is created in two days, then moved back.
		const startsAt = new Date(today.getTime() + (event.past ? 2 : event.inDays) * DAY);
		startsAt.setUTCHours(event.hourUtc, 0, 0, 0);
		while (event.weekday !== undefined && startsAt.getUTCDay() !== event.weekday) {
			startsAt.setTime(startsAt.getTime() + DAY);
		}
		const created = await createEvent({
			actor: admin,
			...scope,
			input: {
				title: event.title,
				description: event.description,
				kind: event.kind,
				groupId: event.group ? h.groupIds.get(event.group)! : null,
				venueId: h.venueIds.get(event.venue)!,
				onlineUrl: null,
				startsAt,
				endsAt: new Date(startsAt.getTime() + event.hours * 3_600_000),
				repeatUntil: event.weeks ? parisDate(addParisDays(startsAt, 7 * (event.weeks - 1))) : null,
				capacity: event.capacity,
				audience: 'network',
				facilitatorIds: []
			}
		});
		const occurrences = await firstOccurrences(created.id);
		const registrations = new Map<number, string>();
		for (const i of event.registrants) {
			const placed = await registerForOccurrence({
				actor: await h.as(i),
				...scope,
				occurrenceId: occurrences[0].id
			});
			registrations.set(i, placed.registrationId);
		}
		for (const i of event.cancels ?? []) {
			await cancelRegistration({ actor: await h.as(i), ...scope, registrationId: registrations.get(i)! });
		}
		if (event.cancelOccurrence !== undefined) {
			await cancelOccurrence({ actor: admin, ...scope, occurrenceId: occurrences[event.cancelOccurrence].id });
		}
		if (event.past) {
			await moveEventToPast(created.id, event.past * DAY);
			await markAttendance({
				actor: admin,
				...scope,
				occurrenceId: occurrences[0].id,
				presentIds: event.registrants.filter((i) => !event.absent?.includes(i)).map(h.member)
			});
		}
	}
}

/** Introductions at every step: answers and coordinator introductions, some accepted, met or done. */
async function demoIntroductions(
	scope: { networkId: string },
	admin: Actor,
	people: DemoPeople,
	as: (i: number) => Promise<Actor>
) {
	const open = people.posts.filter((post) => post.open);
	for (const intro of DEMO_INTRODUCTIONS) {
		const post = open[intro.post % open.length];
		// Nobody answers their own post: the next person does.
		const helpers = intro.helpers.map((i) => (i === post.author ? i + 1 : i));
		const created =
			intro.by === 'answer'
				? await answerPost({ actor: await as(helpers[0]), ...scope, postId: post.id })
				: await introduceMembers({
						actor: admin,
						...scope,
						postId: post.id,
						accountIds: helpers.map((i) => people.members[i].id)
					});
		const author = await as(post.author);
		for (const to of intro.steps) {
			await moveIntroduction({ actor: author, ...scope, introductionId: created.id, to });
		}
	}
}
