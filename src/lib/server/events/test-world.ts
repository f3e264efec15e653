// Tests only: a network with a coordinator, a member, a venue and a group, and an event to register for.
import { eq } from 'drizzle-orm';
import { actorOf, createMember, createNetworkWithPeople, eventContent } from '../../../../tests/factories.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { eventOccurrences, groupMembers, groups, venues } from '../db/schema/index.ts';
import type { EventInput } from '../../validation/events.ts';
import { createEvent } from './create-event.ts';

export async function insertVenue(networkId: string, name = "Cuisine d'Authenti'Cité") {
	const [venue] = await db()
		.insert(venues)
		.values({ networkId, name, address: '12 rue des Pâquerettes, Nanterre' })
		.returning();
	return venue;
}

export async function insertGroup(networkId: string, name = 'Cuisine') {
	const [group] = await db().insert(groups).values({ networkId, name }).returning();
	return group;
}

export async function joinGroupDirectly(networkId: string, groupId: string, accountId: string) {
	await db().insert(groupMembers).values({ networkId, groupId, accountId, status: 'active', joinedAt: now() });
}

export async function eventWorld(overrides: Partial<EventInput> = {}) {
	const people = await createNetworkWithPeople();
	const venue = await insertVenue(people.network.id);
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
