// The queries behind calendar files (decision 023): events of a network (all, one group's, or one) with their
// occurrences and venue, turned into the plain objects that ics.ts writes. Only what a member of the network may
// read goes out: title, description, kind, venue name and address, online link — never a venue's door code,
// the registrants or the secret link of a « with the link » event.
import { and, asc, eq, exists, gte, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { m } from '#lib/paraglide/messages.js';
import type { EventKind } from '../../event-options.ts';
import type { Queryable } from '../db/client.ts';
import { qualified } from '../db/qualified.ts';
import { eventFacilitators, eventOccurrences, eventRegistrations, events, venues } from '../db/schema/index.ts';
import { eventFromOccurrences } from './from-occurrences.ts';
import type { IcsEvent } from './ics.ts';
import { fromParisWallTime } from '../../paris-time.ts';
import { HOLDS_PLACE } from '../events/registration-statuses.ts';

/** Feeds show events from this long ago onwards, so they stay small. */
export const FEED_HISTORY_DAYS = 60;
/** At most this many events in one feed (the most recent ones). */
export const FEED_MAX_EVENTS = 500;
const DAY = 86_400_000;

const kindLabel: Record<EventKind, () => string> = {
	workshop: () => m.cal_kind_workshop(),
	discovery_day: () => m.cal_kind_discovery_day(),
	skills_session: () => m.cal_kind_skills_session(),
	meeting: () => m.cal_kind_meeting()
};

const eventColumns = {
	id: events.id,
	title: events.title,
	description: events.description,
	kind: events.kind,
	onlineUrl: events.onlineUrl,
	startsAt: events.startsAt,
	endsAt: events.endsAt,
	repeatUntil: events.repeatUntil,
	createdAt: events.createdAt,
	updatedAt: events.updatedAt,
	cancelledAt: events.cancelledAt,
	venueName: venues.name,
	venueAddress: venues.address
};

export type EventFacts = {
	id: string;
	title: string;
	description: string;
	kind: string;
	onlineUrl: string | null;
	createdAt: Date;
	updatedAt: Date;
	venueName: string | null;
	venueAddress: string | null;
};

/** The page of an event on this site. */
export const eventPageUrl = (origin: string, eventId: string) => `${origin}/evenements/${eventId}`;

/** A stable UID: the same event keeps it in the download and in every feed. */
export const seriesUid = (eventId: string, host: string) => `event-${eventId}@${host}`;
export const occurrenceUid = (occurrenceId: string, host: string) => `occurrence-${occurrenceId}@${host}`;

/** SEQUENCE from the last change, in minutes since 2025: grows with every edit, fits an integer for millennia. */
const sequenceOf = (updatedAt: Date) => Math.max(0, Math.floor((updatedAt.getTime() - Date.UTC(2025, 0, 1)) / 60_000));

/** The latest of the event's and its occurrences' changes: a moved or cancelled week updates the file too. */
const latest = (dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

/** What every calendar entry of an event says; `page` is where its reader follows it (an event page, a guest's page). */
export function commonFields(e: EventFacts, page: string, changedAt: Date) {
	const place = e.venueName ? `${e.venueName}, ${e.venueAddress}` : e.onlineUrl;
	const lines = [e.description.trim()];
	if (e.onlineUrl) lines.push(m.cal_online_link({ url: e.onlineUrl }));
	lines.push(m.cal_event_page({ url: page }));
	return {
		title: e.title,
		description: lines.filter((l) => l !== '').join('\n\n'),
		location: place,
		url: page,
		categories: e.kind in kindLabel ? [kindLabel[e.kind as EventKind]()] : [],
		sequence: sequenceOf(changedAt),
		created: e.createdAt,
		lastModified: changedAt
	};
}

/** The end of the repetition: the whole last day, in Paris. */
function untilOf(repeatUntil: string): Date {
	const [year, month, day] = repeatUntil.split('-').map(Number);
	return fromParisWallTime({ year, month, day, hour: 23, minute: 59, second: 59 });
}

/**
 * Whole series (RRULE, EXDATE, RECURRENCE-ID) of the events of a network matching `where`, that have an
 * occurrence ending after `since`. Used by the download of one event and by the network and group feeds.
 */
export async function loadSeries(
	q: Queryable,
	options: { networkId: string; where: SQL | undefined; since: Date | null; origin: string }
): Promise<IcsEvent[]> {
	const host = new URL(options.origin).host;
	const recent = options.since
		? exists(
				q
					.select({ one: sql`1` })
					.from(eventOccurrences)
					.where(and(eq(eventOccurrences.eventId, events.id), gte(eventOccurrences.endsAt, options.since)))
			)
		: undefined;
	const rows = await q
		.select(eventColumns)
		.from(events)
		.leftJoin(venues, eq(venues.id, events.venueId))
		.where(and(eq(events.networkId, options.networkId), options.where, recent))
		.orderBy(sql`${events.startsAt} desc`)
		.limit(FEED_MAX_EVENTS);
	if (rows.length === 0) return [];
	const occurrences = await q
		.select({
			eventId: eventOccurrences.eventId,
			originalStart: eventOccurrences.originalStartsAt,
			start: eventOccurrences.startsAt,
			end: eventOccurrences.endsAt,
			cancelledAt: eventOccurrences.cancelledAt,
			updatedAt: eventOccurrences.updatedAt
		})
		.from(eventOccurrences)
		.where(
			and(
				eq(eventOccurrences.networkId, options.networkId),
				inArray(
					eventOccurrences.eventId,
					rows.map((r) => r.id)
				)
			)
		)
		.orderBy(asc(eventOccurrences.originalStartsAt));
	const result: IcsEvent[] = [];
	for (const row of rows.reverse()) {
		const own = occurrences
			.filter((o) => o.eventId === row.id)
			.map((o) => ({ ...o, cancelled: o.cancelledAt !== null }));
		const event = eventFromOccurrences(
			{
				uid: seriesUid(row.id, host),
				...commonFields(
					row,
					eventPageUrl(options.origin, row.id),
					latest([row.updatedAt, ...own.map((o) => o.updatedAt)])
				),
				durationMs: row.endsAt.getTime() - row.startsAt.getTime(),
				cancelled: row.cancelledAt !== null
			},
			row.repeatUntil ? { until: untilOf(row.repeatUntil) } : null,
			own
		);
		if (event) result.push(event);
	}
	return result;
}

/** Events listed for every member: all but « with the link » ones. */
export const listedEvents = (groupId?: string) =>
	and(ne(events.audience, 'link'), groupId ? eq(events.groupId, groupId) : undefined);

/**
 * A member's own occurrences from `since` on: those where they hold a place (PLACE_HOLDING_STATUSES: registered,
 * or a place offered to them) and those of the events they lead. Each occurrence is its own VEVENT, since a
 * member often comes to some weeks of a series only.
 */
export async function loadMemberOccurrences(
	q: Queryable,
	options: { networkId: string; accountId: string; since: Date; origin: string }
): Promise<IcsEvent[]> {
	const host = new URL(options.origin).host;
	const registered = sql`exists (select 1 from ${eventRegistrations} r where r.occurrence_id = ${qualified(eventOccurrences.id)}
		and r.account_id = ${options.accountId} and r.status in ${HOLDS_PLACE})`;
	const leads = sql`exists (select 1 from ${eventFacilitators} f where f.event_id = ${qualified(events.id)}
		and f.account_id = ${options.accountId})`;
	const rows = await q
		.select({
			...eventColumns,
			occurrenceId: eventOccurrences.id,
			start: eventOccurrences.startsAt,
			end: eventOccurrences.endsAt,
			occurrenceCancelledAt: eventOccurrences.cancelledAt,
			occurrenceUpdatedAt: eventOccurrences.updatedAt
		})
		.from(eventOccurrences)
		.innerJoin(events, eq(events.id, eventOccurrences.eventId))
		.leftJoin(venues, eq(venues.id, events.venueId))
		.where(
			and(
				eq(eventOccurrences.networkId, options.networkId),
				gte(eventOccurrences.endsAt, options.since),
				or(registered, leads)
			)
		)
		.orderBy(asc(eventOccurrences.startsAt))
		.limit(FEED_MAX_EVENTS);
	return rows.map((row) => ({
		uid: occurrenceUid(row.occurrenceId, host),
		...commonFields(row, eventPageUrl(options.origin, row.id), latest([row.updatedAt, row.occurrenceUpdatedAt])),
		start: row.start,
		end: row.end,
		cancelled: row.cancelledAt !== null || row.occurrenceCancelledAt !== null
	}));
}

export const feedSince = (at: Date) => new Date(at.getTime() - FEED_HISTORY_DAYS * DAY);
