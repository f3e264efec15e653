// Who reads and writes the notes (compte rendu) of an event's occurrence (decision 038): whoever sees the event
// reads them; the event's organisers (network coordinators and its facilitators) and, for a group's event, the
// group's coordinators write them.
import { and, eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import type { Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { eventOccurrences, events } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { canSeeEvent, isFacilitator } from '../events/event-access.ts';
import { coordinatesGroup, groupMemberOf } from '../groups/group-access.ts';
import { isCoordinator } from '../auth/policies.ts';

export async function occurrenceForNotes(
	q: Queryable,
	options: { actor: Actor | null; networkId: string; eventId: string; occurrenceId: string; token?: string }
) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.eventId) || !isUuid(options.occurrenceId)) throw new AppError('not_found');
	const [row] = await q
		.select({ occurrence: eventOccurrences, event: events })
		.from(eventOccurrences)
		.innerJoin(events, eq(events.id, eventOccurrences.eventId))
		.where(
			and(
				eq(eventOccurrences.networkId, options.networkId),
				eq(eventOccurrences.id, options.occurrenceId),
				eq(events.id, options.eventId)
			)
		);
	if (!row || !(await canSeeEvent(q, actor, row.event, options.token))) throw new AppError('not_found');
	const canWrite =
		isCoordinator(actor, options.networkId) ||
		(await isFacilitator(q, row.event.id, actor.accountId)) ||
		(row.event.groupId !== null &&
			coordinatesGroup(actor, options.networkId, await groupMemberOf(row.event.groupId, actor.accountId, q)));
	return { actor, ...row, canWrite };
}
