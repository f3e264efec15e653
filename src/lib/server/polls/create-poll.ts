// « Trouver une date »: a member proposes candidate slots for a group they belong to, or for the network.
import { randomBytes } from 'node:crypto';
import type { Actor } from '../auth/policies.ts';
import { isCoordinator, requireMember } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { pollSlots, polls } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { groupMemberOf } from '../groups/group-access.ts';
import { findGroup } from '../groups/find-group.ts';
import { findVenue } from '../venues/find-venue.ts';
import { MAX_COUNT } from '../../limits.ts';
import type { PollInput } from '../../validation/polls.ts';

export async function createPoll(options: { actor: Actor | null; networkId: string; input: PollInput }) {
	const actor = requireMember(options.actor, options.networkId);
	const { input, networkId } = options;
	checkSlots(input);
	return db().transaction(async (tx) => {
		if (input.groupId !== null) {
			const group = await findGroup({ networkId, groupId: input.groupId }, tx);
			if (!group) throw new AppError('poll_group_unknown', 'groupId');
			const row = await groupMemberOf(group.id, actor.accountId, tx);
			if (row?.status !== 'active' && !isCoordinator(actor, networkId)) throw new AppError('group_members_only');
		}
		if (input.venueId !== null) {
			const venue = await findVenue({ networkId, venueId: input.venueId }, tx);
			if (!venue || venue.archivedAt !== null) throw new AppError('event_venue_unknown', 'venueId');
		}
		const at = now();
		const [poll] = await tx
			.insert(polls)
			.values({
				networkId,
				groupId: input.groupId,
				authorAccountId: actor.accountId,
				title: input.title,
				description: input.description,
				venueId: input.venueId,
				place: input.place,
				onlineUrl: input.onlineUrl,
				deadline: input.deadline,
				linkToken: randomBytes(18).toString('base64url'),
				createdAt: at,
				updatedAt: at
			})
			.returning();
		await tx
			.insert(pollSlots)
			.values(
				[...input.slots]
					.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
					.map((slot) => ({ networkId, pollId: poll.id, ...slot }))
			);
		return poll;
	});
}

/** What the form checks, again for code that calls the domain directly, plus what needs the clock. */
function checkSlots(input: PollInput) {
	if (input.slots.length === 0) throw new AppError('poll_no_slot', 'slot1_day');
	if (input.slots.length > MAX_COUNT.pollSlots) {
		throw new AppError('poll_too_many_slots', 'slot1_day', { max: String(MAX_COUNT.pollSlots) });
	}
	if (input.venueId === null && input.onlineUrl === null) throw new AppError('poll_place_required', 'venueId');
	const at = now().getTime();
	const seen = new Set<string>();
	input.slots.forEach((slot, i) => {
		if (slot.endsAt.getTime() <= slot.startsAt.getTime()) throw new AppError('invalid_input', `slot${i + 1}_end`);
		// A whole day may be today: it is past only once the day is over.
		if ((slot.allDay ? slot.endsAt : slot.startsAt).getTime() <= at) {
			throw new AppError('poll_slot_past', `slot${i + 1}_day`);
		}
		const key = `${slot.startsAt.toISOString()}/${slot.endsAt.toISOString()}`;
		if (seen.has(key)) throw new AppError('poll_slot_twice', `slot${i + 1}_day`);
		seen.add(key);
	});
	if (input.deadline !== null && input.deadline.getTime() <= at) throw new AppError('poll_deadline_past', 'deadline');
}
