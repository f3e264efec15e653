// « Ajouter à mon agenda » for a guest (decision 024): their one occurrence as an iCalendar file, read from their
// own page's secret. The online link only once they have a place; the door code never; the link in the entry
// leads back to their page (the event page is for members).
import { eq } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { eventOccurrences, events, venues } from '../db/schema/index.ts';
import { guestByToken, lastRegistrationOf } from '../events/guests/guest-place.ts';
import { guestPlaceUrl } from '../events/notify-event.ts';
import { writeCalendar } from './ics.ts';
import { commonFields, occurrenceUid } from './load-calendar-events.ts';

export async function guestCalendar(options: { token: string; origin: string }) {
	const q = db();
	const guest = await guestByToken(q, options.token);
	const [[row], registration] = await Promise.all([
		q
			.select({ occurrence: eventOccurrences, event: events, venueName: venues.name, venueAddress: venues.address })
			.from(eventOccurrences)
			.innerJoin(events, eq(events.id, eventOccurrences.eventId))
			.leftJoin(venues, eq(venues.id, events.venueId))
			.where(eq(eventOccurrences.id, guest.occurrenceId)),
		lastRegistrationOf(q, guest.id)
	]);
	const { event, occurrence } = row;
	const facts = {
		...event,
		onlineUrl: registration?.status === 'registered' ? event.onlineUrl : null,
		venueName: row.venueName,
		venueAddress: row.venueAddress
	};
	const changedAt = new Date(Math.max(event.updatedAt.getTime(), occurrence.updatedAt.getTime()));
	const text = writeCalendar({
		stamp: now(),
		events: [
			{
				uid: occurrenceUid(occurrence.id, new URL(options.origin).host),
				...commonFields(facts, guestPlaceUrl(guest.token, options.origin), changedAt),
				start: occurrence.startsAt,
				end: occurrence.endsAt,
				cancelled: occurrence.cancelledAt !== null || event.cancelledAt !== null
			}
		]
	});
	return { title: event.title, text };
}
