// The .ics download of one event: the whole series with its exceptions, for whoever may see the event.
import { eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { events } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { canSeeEvent, findEvent } from '../events/event-access.ts';
import { writeCalendar } from './ics.ts';
import { loadSeries } from './load-calendar-events.ts';

/** The event's iCalendar file. `linkKey` is the secret of a « with the link » event (?cle=…). */
export async function eventCalendar(options: {
	actor: Actor | null;
	networkId: string;
	eventId: string;
	linkKey?: string;
	origin: string;
}): Promise<{ title: string; text: string }> {
	const actor = requireMember(options.actor, options.networkId);
	const event = await findEvent(db(), options.networkId, options.eventId);
	// An event one may not see does not exist, as on its page.
	if (!(await canSeeEvent(db(), actor, event, options.linkKey))) throw new AppError('not_found');
	const series = await loadSeries(db(), {
		networkId: options.networkId,
		where: eq(events.id, event.id),
		since: null,
		origin: options.origin
	});
	return { title: event.title, text: writeCalendar({ stamp: now(), events: series }) };
}
