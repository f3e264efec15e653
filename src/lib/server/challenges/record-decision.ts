import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { eventOccurrences, events, groupDecisions } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { groupPlace, requireWriter } from './challenge-access.ts';

/**
 * A member of the group writes down a décision with its day, optionally tied to an occurrence of one of the
 * group's events (the meeting where it was taken): an occurrence of another group or network is refused.
 */
export async function recordDecision(options: {
	actor: Actor | null;
	networkId: string;
	groupId: string;
	body: string;
	decidedOn: string;
	occurrenceId: string | null;
}) {
	const place = await groupPlace(options);
	requireWriter(place);
	const q = db();
	if (options.occurrenceId !== null) {
		if (!isUuid(options.occurrenceId)) throw new AppError('not_found');
		const [occurrence] = await q
			.select({ id: eventOccurrences.id })
			.from(eventOccurrences)
			.innerJoin(events, eq(events.id, eventOccurrences.eventId))
			.where(
				and(
					eq(eventOccurrences.networkId, options.networkId),
					eq(eventOccurrences.id, options.occurrenceId),
					eq(events.groupId, place.group.id)
				)
			);
		if (!occurrence) throw new AppError('not_found');
	}
	const [decision] = await q
		.insert(groupDecisions)
		.values({
			networkId: options.networkId,
			groupId: place.group.id,
			body: options.body,
			decidedOn: options.decidedOn,
			occurrenceId: options.occurrenceId,
			authorAccountId: place.actor.accountId,
			createdAt: now()
		})
		.returning();
	return decision;
}
