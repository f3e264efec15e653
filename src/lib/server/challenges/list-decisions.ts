import { and, desc, eq, lte } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, eventOccurrences, events, groupDecisions } from '../db/schema/index.ts';
import { groupPlace } from './challenge-access.ts';

/** How many past meetings the décision form offers to link to. */
const RECENT_MEETINGS = 10;

/**
 * The group's décisions, newest first, with the meeting each came from; and the group's recent past meetings
 * (occurrences of its events), which the décision form offers.
 */
export async function listDecisions(options: { actor: Actor | null; networkId: string; groupId: string }) {
	const place = await groupPlace(options);
	const q = db();
	const decisions = await q
		.select({
			id: groupDecisions.id,
			body: groupDecisions.body,
			decidedOn: groupDecisions.decidedOn,
			author: accounts.name,
			eventId: events.id,
			eventTitle: events.title,
			occurrenceId: eventOccurrences.id,
			occurrenceStartsAt: eventOccurrences.startsAt
		})
		.from(groupDecisions)
		.innerJoin(accounts, eq(accounts.id, groupDecisions.authorAccountId))
		.leftJoin(eventOccurrences, eq(eventOccurrences.id, groupDecisions.occurrenceId))
		.leftJoin(events, eq(events.id, eventOccurrences.eventId))
		.where(and(eq(groupDecisions.networkId, options.networkId), eq(groupDecisions.groupId, place.group.id)))
		.orderBy(desc(groupDecisions.decidedOn), desc(groupDecisions.createdAt));
	const meetings = place.canWrite
		? await q
				.select({ id: eventOccurrences.id, title: events.title, startsAt: eventOccurrences.startsAt })
				.from(eventOccurrences)
				.innerJoin(events, eq(events.id, eventOccurrences.eventId))
				.where(
					and(
						eq(events.networkId, options.networkId),
						eq(events.groupId, place.group.id),
						lte(eventOccurrences.startsAt, now())
					)
				)
				.orderBy(desc(eventOccurrences.startsAt))
				.limit(RECENT_MEETINGS)
		: [];
	return { canWrite: place.canWrite, decisions, meetings };
}
