// A poll's page for a member (decision 037): the slots best first with their counts, the grid (one row per
// participant, one cell per slot), who of the group has not answered yet, the thread, and what the reader may do.
import { and, asc, eq, notExists } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db, type Queryable } from '../db/client.ts';
import {
	accounts,
	groupMembers,
	groups,
	pollAnswers,
	pollComments,
	pollParticipants,
	pollSlots,
	venues
} from '../db/schema/index.ts';
import { requirePollReader, type PollRow } from './poll-access.ts';
import { rankSlots } from './rank-slots.ts';

/** The slots, ranked, and every participant's answers: shared by the member page and the link's page. */
export async function pollGrid(q: Queryable, poll: PollRow) {
	const [slots, people, answers] = await Promise.all([
		q.select().from(pollSlots).where(eq(pollSlots.pollId, poll.id)).orderBy(asc(pollSlots.startsAt)),
		q
			.select({
				id: pollParticipants.id,
				accountId: pollParticipants.accountId,
				name: pollParticipants.guestName,
				memberName: accounts.name,
				comment: pollParticipants.comment
			})
			.from(pollParticipants)
			.leftJoin(accounts, eq(accounts.id, pollParticipants.accountId))
			.where(eq(pollParticipants.pollId, poll.id))
			.orderBy(asc(pollParticipants.createdAt), asc(pollParticipants.id)),
		q
			.select({ participantId: pollAnswers.participantId, slotId: pollAnswers.slotId, answer: pollAnswers.answer })
			.from(pollAnswers)
			.where(eq(pollAnswers.pollId, poll.id))
	]);
	const ranked = rankSlots(slots, answers);
	const byPerson = new Map<string, Record<string, string>>();
	for (const a of answers) {
		const row = byPerson.get(a.participantId) ?? {};
		row[a.slotId] = a.answer;
		byPerson.set(a.participantId, row);
	}
	return {
		slots: ranked.map((s) => ({ ...s, chosen: s.id === poll.chosenSlotId })),
		people: people.map((p) => ({
			id: p.id,
			accountId: p.accountId,
			name: p.memberName ?? p.name ?? '',
			guest: p.accountId === null,
			comment: p.comment,
			answers: byPerson.get(p.id) ?? {}
		}))
	};
}

export async function getPoll(options: { actor: Actor | null; networkId: string; pollId: string }) {
	const q = db();
	const { actor, poll, canManage } = await requirePollReader(q, options);
	const [grid, comments, notAnswered, group, venue] = await Promise.all([
		pollGrid(q, poll),
		q
			.select({ id: pollComments.id, body: pollComments.body, at: pollComments.createdAt, name: accounts.name })
			.from(pollComments)
			.innerJoin(accounts, eq(accounts.id, pollComments.accountId))
			.where(eq(pollComments.pollId, poll.id))
			.orderBy(asc(pollComments.createdAt))
			.limit(100),
		poll.groupId === null ? Promise.resolve([]) : membersWithoutAnswer(q, poll),
		poll.groupId === null
			? Promise.resolve([])
			: q.select({ id: groups.id, name: groups.name }).from(groups).where(eq(groups.id, poll.groupId)),
		poll.venueId === null
			? Promise.resolve([])
			: q.select({ name: venues.name, address: venues.address }).from(venues).where(eq(venues.id, poll.venueId))
	]);
	const mine = grid.people.find((p) => p.accountId === actor.accountId) ?? null;
	return {
		poll: {
			id: poll.id,
			title: poll.title,
			description: poll.description,
			place: poll.place,
			onlineUrl: poll.onlineUrl,
			deadline: poll.deadline,
			status: poll.status,
			eventId: poll.eventId,
			linkToken: poll.linkToken,
			chosenSlotId: poll.chosenSlotId
		},
		group: group[0] ?? null,
		venue: venue[0] ?? null,
		...grid,
		mine,
		notAnswered,
		comments,
		canManage,
		canAnswer: poll.status === 'open'
	};
}

/** The group's active members who have not answered, by name. */
async function membersWithoutAnswer(q: Queryable, poll: PollRow) {
	return q
		.select({ accountId: accounts.id, name: accounts.name })
		.from(groupMembers)
		.innerJoin(accounts, eq(accounts.id, groupMembers.accountId))
		.where(
			and(
				eq(groupMembers.groupId, poll.groupId!),
				eq(groupMembers.status, 'active'),
				notExists(
					q
						.select({ one: pollParticipants.id })
						.from(pollParticipants)
						.where(and(eq(pollParticipants.pollId, poll.id), eq(pollParticipants.accountId, groupMembers.accountId)))
				)
			)
		)
		.orderBy(asc(accounts.name))
		.limit(200);
}
