// The events' tests start here: a network with a coordinator, a member and a venue, and an event to register for.
import { eq } from 'drizzle-orm';
import { db } from '../src/lib/server/db/client.ts';
import { eventOccurrences } from '../src/lib/server/db/schema/index.ts';
import { createEvent } from '../src/lib/server/events/create-event.ts';
import type { EventInput } from '../src/lib/validation/events.ts';
import { actorOf, createMember, createNetworkWithPeople, createVenueIn, eventContent } from './factories.ts';

export async function eventWorld(overrides: Partial<EventInput> = {}) {
	const people = await createNetworkWithPeople();
	const venue = await createVenueIn(people.network.id);
	const event = await createEvent({
		actor: people.coordinator.actor,
		networkId: people.network.id,
		input: eventContent(venue.id, overrides)
	});
	const occurrences = await db()
		.select()
		.from(eventOccurrences)
		.where(eq(eventOccurrences.eventId, event.id))
		.orderBy(eventOccurrences.startsAt);
	return { ...people, venue, event, occurrences, occurrence: occurrences[0] };
}

/** Active members of the network with their actors. */
export async function members(networkId: string, count: number) {
	const made = [];
	for (let i = 0; i < count; i++) {
		const account = await createMember(networkId);
		made.push({ ...account, actor: await actorOf(account.id) });
	}
	return made;
}
