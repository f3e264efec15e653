// « Ajouter à mon agenda » on a decided poll's public link (decision 037): the chosen date's event as an iCalendar
// file, for the people without an account who answered (the « date chosen » email links to the poll's page). The
// visio link is in it: whoever holds the poll's link is invited. The door code never.
import { eq } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { eventOccurrences, events, venues } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { writeCalendar } from '../calendars/ics.ts';
import { commonFields, occurrenceUid } from '../calendars/load-calendar-events.ts';
import { pollByLink } from './guest-answer.ts';
import { pollLinkUrl } from './poll-emails.ts';

export async function pollCalendar(options: { token: string; origin: string }) {
	const q = db();
	const { poll } = await pollByLink(q, options.token);
	if (poll.eventId === null) throw new AppError('not_found');
	const [row] = await q
		.select({ occurrence: eventOccurrences, event: events, venueName: venues.name, venueAddress: venues.address })
		.from(eventOccurrences)
		.innerJoin(events, eq(events.id, eventOccurrences.eventId))
		.leftJoin(venues, eq(venues.id, events.venueId))
		.where(eq(eventOccurrences.eventId, poll.eventId))
		.limit(1);
	if (!row) throw new AppError('not_found');
	const { event, occurrence } = row;
	const changedAt = new Date(Math.max(event.updatedAt.getTime(), occurrence.updatedAt.getTime()));
	const facts = { ...event, venueName: row.venueName, venueAddress: row.venueAddress };
	const text = writeCalendar({
		stamp: now(),
		events: [
			{
				uid: occurrenceUid(occurrence.id, new URL(options.origin).host),
				...commonFields(facts, pollLinkUrl(options.token, options.origin), changedAt),
				start: occurrence.startsAt,
				end: occurrence.endsAt,
				cancelled: occurrence.cancelledAt !== null || event.cancelledAt !== null
			}
		]
	});
	return { title: event.title, text };
}
