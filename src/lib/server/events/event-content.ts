// Checks shared by creating and editing an event: what the form cannot know (the group, the venue and the
// facilitators belong to this network) and, for code that calls the domain directly, the rules the form
// enforces. The database checks them all again (composite keys, checks in migration 0011).
import { randomBytes } from 'node:crypto';
import { EVENT_AUDIENCES, EVENT_KINDS } from '../../event-options.ts';
import type { EventUpdateInput } from '../../validation/events.ts';
import { RANGE } from '../../limits.ts';
import type { Queryable } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { findGroup } from '../groups/find-group.ts';
import { activeMemberIds } from '../networks/active-members.ts';
import { findVenue } from '../venues/find-venue.ts';

export type EventContent = Omit<EventUpdateInput, never>;

export async function checkEventContent(q: Queryable, networkId: string, input: EventContent) {
	if (!(EVENT_KINDS as readonly string[]).includes(input.kind)) throw new AppError('invalid_input', 'kind');
	if (!(EVENT_AUDIENCES as readonly string[]).includes(input.audience)) {
		throw new AppError('invalid_input', 'audience');
	}
	if (
		!Number.isInteger(input.capacity) ||
		input.capacity < RANGE.eventCapacity.min ||
		input.capacity > RANGE.eventCapacity.max
	) {
		throw new AppError('invalid_input', 'capacity');
	}
	if (input.endsAt.getTime() <= input.startsAt.getTime()) throw new AppError('invalid_input', 'endsAt');
	if (input.venueId === null && input.onlineUrl === null) throw new AppError('invalid_input', 'venueId');
	if (input.audience === 'group' && input.groupId === null) throw new AppError('invalid_input', 'groupId');
	if (input.groupId !== null && !(await findGroup({ networkId, groupId: input.groupId }, q))) {
		throw new AppError('event_group_unknown', 'groupId');
	}
	if (input.venueId !== null) {
		const venue = await findVenue({ networkId, venueId: input.venueId }, q);
		if (!venue || venue.archivedAt !== null) throw new AppError('event_venue_unknown', 'venueId');
	}
	const active = await activeMemberIds(q, networkId, input.facilitatorIds);
	if (active.size !== input.facilitatorIds.length) throw new AppError('event_facilitator_unknown', 'facilitatorIds');
}

/** The secret of a « with the link » event: 144 random bits, URL-safe. */
export function newLinkToken(): string {
	return randomBytes(18).toString('base64url');
}

export function eventColumns(input: EventContent) {
	return {
		title: input.title,
		description: input.description,
		kind: input.kind,
		groupId: input.groupId,
		venueId: input.venueId,
		onlineUrl: input.onlineUrl,
		capacity: input.capacity,
		audience: input.audience
	};
}
