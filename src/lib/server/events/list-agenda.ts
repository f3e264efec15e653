// The agenda: upcoming occurrences of the network, by week (Monday, Paris time), with filters by group and
// kind, a page at a time (« Plus tôt » / « Plus tard »). « With the link » events appear only to the people who
// run, lead or registered for them.
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { qualified } from '../db/qualified.ts';
import { eventOccurrences, events, groups, venues } from '../db/schema/index.ts';
import type { EventKind } from '../../event-options.ts';
import { parisMonday } from '../../paris-time.ts';
import { HOLDS_PLACE, IS_LIVE } from './registration-statuses.ts';

/** Occurrences per page: a phone's few screens, and a page that renders fast however full the agenda. */
export const AGENDA_PAGE_SIZE = 30;

export async function listAgenda(options: {
	actor: Actor | null;
	networkId: string;
	groupId?: string;
	kind?: EventKind;
	/** 1 for the first page; anything else that is not a page number gives the first page. */
	page?: number;
}) {
	const actor = requireMember(options.actor, options.networkId);
	const page = Number.isSafeInteger(options.page) && options.page! > 0 ? options.page! : 1;
	const me = actor.accountId;
	const filters: SQL[] = [
		eq(eventOccurrences.networkId, options.networkId),
		gt(eventOccurrences.endsAt, now()),
		sql`${events.cancelledAt} is null`
	];
	if (options.groupId) filters.push(eq(events.groupId, options.groupId));
	if (options.kind) filters.push(eq(events.kind, options.kind));
	if (!isCoordinator(actor, options.networkId)) {
		filters.push(sql`(${qualified(events.audience)} <> 'link'
			or exists (select 1 from event_facilitators f where f.event_id = ${qualified(events.id)} and f.account_id = ${me})
			or exists (select 1 from event_registrations r join event_occurrences o2 on o2.id = r.occurrence_id
				where o2.event_id = ${qualified(events.id)} and r.account_id = ${me}))`);
	}
	const rows = await db()
		.select({
			occurrenceId: eventOccurrences.id,
			eventId: events.id,
			title: events.title,
			kind: events.kind,
			audience: events.audience,
			capacity: events.capacity,
			groupName: groups.name,
			venueName: venues.name,
			online: sql<boolean>`${events.onlineUrl} is not null`,
			startsAt: eventOccurrences.startsAt,
			endsAt: eventOccurrences.endsAt,
			cancelled: sql<boolean>`${eventOccurrences.cancelledAt} is not null`,
			taken: sql<number>`(select count(*)::int from event_registrations r
				where r.occurrence_id = ${qualified(eventOccurrences.id)} and r.status in ${HOLDS_PLACE})`,
			myStatus: sql<string | null>`(select r.status from event_registrations r
				where r.occurrence_id = ${qualified(eventOccurrences.id)} and r.account_id = ${me}
					and r.status in ${IS_LIVE} limit 1)`
		})
		.from(eventOccurrences)
		.innerJoin(events, eq(events.id, eventOccurrences.eventId))
		.leftJoin(groups, eq(groups.id, events.groupId))
		.leftJoin(venues, eq(venues.id, events.venueId))
		.where(and(...filters))
		.orderBy(asc(eventOccurrences.startsAt), asc(eventOccurrences.id))
		// One more row than shown tells whether a later page exists, without counting.
		.limit(AGENDA_PAGE_SIZE + 1)
		.offset((page - 1) * AGENDA_PAGE_SIZE);
	const shown = rows.slice(0, AGENDA_PAGE_SIZE);
	const weeks: { monday: string; items: typeof rows }[] = [];
	for (const row of shown) {
		const monday = parisMonday(row.startsAt);
		if (weeks.at(-1)?.monday !== monday) weeks.push({ monday, items: [] });
		weeks.at(-1)!.items.push(row);
	}
	return { weeks, page, hasEarlier: page > 1, hasLater: rows.length > AGENDA_PAGE_SIZE };
}
