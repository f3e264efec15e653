// The skills map's tests start here (decision 034): a network whose members share and wish skills, with live, expired
// and closed posts, a pending member, two neighbourhoods, and events held, ahead and cancelled.
import { advanceClock, now } from '../src/lib/server/clock.ts';
import { db } from '../src/lib/server/db/client.ts';
import { eventFacilitators, eventOccurrences, profiles } from '../src/lib/server/db/schema/index.ts';
import { cancelOccurrence } from '../src/lib/server/events/cancel-occurrence.ts';
import { createEvent } from '../src/lib/server/events/create-event.ts';
import { parisDate } from '../src/lib/paris-time.ts';
import { eq } from 'drizzle-orm';
import {
	addMemberSkill,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill,
	createVenueIn,
	eventContent
} from './factories.ts';
import { members } from './event-world.ts';

const DAY = 86_400_000;

export async function setNeighbourhood(networkId: string, accountId: string, neighbourhood: string) {
	await db()
		.insert(profiles)
		.values({ networkId, accountId, neighbourhood })
		.onConflictDoUpdate({ target: [profiles.networkId, profiles.accountId], set: { neighbourhood } });
}

/**
 * Couture: wished by m1–m4, shared only by a pending member (not counted) → a gap. Pâtisserie: shared by m1–m3,
 * wished by m5, a live offer, a closed offer, and a weekly event led on it (one held, one cancelled, one ahead).
 * Retouches: shared by m4, wished by m5. Tricot: wished by m1 and m2. m1 and m2 live in « Petit-Nanterre ».
 */
export async function skillsMapWorld() {
	const people = await createNetworkWithPeople();
	const networkId = people.network.id;
	const [m1, m2, m3, m4, m5] = await members(networkId, 5);
	const pending = await createMember(networkId, { status: 'pending' });
	const couture = await createSkill(networkId, 'Couture', 'Couture');
	const retouches = await createSkill(networkId, 'Retouches', 'Couture');
	const patisserie = await createSkill(networkId, 'Pâtisserie', 'Cuisine');
	const tricot = await createSkill(networkId, 'Tricot', 'Couture');
	for (const m of [m1, m2, m3, m4]) await addMemberSkill(networkId, m.id, couture.id, 'learn');
	await addMemberSkill(networkId, pending.id, couture.id, 'share');
	for (const m of [m1, m2, m3]) await addMemberSkill(networkId, m.id, patisserie.id, 'share');
	await addMemberSkill(networkId, m5.id, patisserie.id, 'learn');
	await addMemberSkill(networkId, m4.id, retouches.id, 'share');
	await addMemberSkill(networkId, m5.id, retouches.id, 'learn');
	for (const m of [m1, m2]) await addMemberSkill(networkId, m.id, tricot.id, 'learn');
	for (const m of [m1, m2]) await setNeighbourhood(networkId, m.id, 'Petit-Nanterre');
	for (const m of [m3, m4, m5]) await setNeighbourhood(networkId, m.id, 'Parc');

	// Events cannot be created in the past: a weekly series from tomorrow, its second occurrence cancelled, then
	// the clock moves 3 days on — the first is held, the third still ahead.
	const venue = await createVenueIn(networkId);
	const first = new Date(now().getTime() + DAY);
	const series = await createEvent({
		actor: people.coordinator.actor,
		networkId,
		input: eventContent(venue.id, {
			title: 'Atelier pâtisserie',
			facilitatorIds: [m1.id],
			startsAt: first,
			endsAt: new Date(first.getTime() + 2 * 3_600_000),
			repeatUntil: parisDate(new Date(first.getTime() + 15 * DAY))
		})
	});
	await db().update(eventFacilitators).set({ skillId: patisserie.id }).where(eq(eventFacilitators.eventId, series.id));
	const occurrences = await db()
		.select()
		.from(eventOccurrences)
		.where(eq(eventOccurrences.eventId, series.id))
		.orderBy(eventOccurrences.startsAt);
	await cancelOccurrence({ actor: people.coordinator.actor, networkId, occurrenceId: occurrences[1].id });
	advanceClock(3 * DAY);

	const at = now();
	const liveOffer = await createPost(networkId, m1.id, {
		kind: 'offer',
		themeName: 'Cuisine',
		skillIds: [patisserie.id],
		placeKind: 'neighbourhood',
		place: 'Petit-Nanterre'
	});
	const oldOffer = await createPost(networkId, m2.id, {
		kind: 'offer',
		themeName: 'Cuisine',
		skillIds: [patisserie.id],
		status: 'closed',
		closedAt: at,
		createdAt: new Date(at.getTime() - 200 * DAY)
	});
	const liveRequest = await createPost(networkId, m3.id, {
		kind: 'request',
		themeName: 'Couture',
		skillIds: [couture.id],
		placeKind: 'neighbourhood',
		place: 'Parc',
		createdAt: new Date(at.getTime() - 40 * DAY),
		expiresAt: new Date(at.getTime() + 20 * DAY)
	});
	const expiredRequest = await createPost(networkId, m4.id, {
		kind: 'request',
		themeName: 'Couture',
		skillIds: [couture.id],
		createdAt: new Date(at.getTime() - 100 * DAY),
		expiresAt: new Date(at.getTime() - DAY)
	});
	return {
		...people,
		networkId,
		m1,
		m2,
		m3,
		m4,
		m5,
		pending,
		couture,
		retouches,
		patisserie,
		tricot,
		liveOffer,
		oldOffer,
		liveRequest,
		expiredRequest,
		series,
		occurrences
	};
}

/** The occurrences of an event, first first. */
export async function listAgendaOccurrenceIds(eventId: string) {
	const rows = await db()
		.select({ id: eventOccurrences.id })
		.from(eventOccurrences)
		.where(eq(eventOccurrences.eventId, eventId))
		.orderBy(eventOccurrences.startsAt);
	return rows.map((r) => r.id);
}
