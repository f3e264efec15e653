// The shared space's tests start here (decision 029): a network with a coordinator and a member, « notre
// local » open every day 9:00–18:00, and « Poste informatique 2 » with the default rules (1 h slots, 1–2 h,
// 14 days ahead, 2 future bookings, no buffer) unless told otherwise.
import { createNetworkWithPeople, createVenueIn } from './factories.ts';
import { now } from '../src/lib/server/clock.ts';
import { addResource } from '../src/lib/server/space/add-resource.ts';
import { setOpeningHours } from '../src/lib/server/space/set-opening-hours.ts';
import { addDays, atMinutes } from '../src/lib/server/space/week-plan.ts';
import { parisDate } from '../src/lib/paris-time.ts';
import { DEFAULT_RESOURCE_RULES, WEEKDAYS } from '../src/lib/space-options.ts';
import type { ResourceContent } from '../src/lib/server/space/resource-content.ts';

/** What the resource form posts, parsed: a computer station of the venue unless told otherwise. */
export function resourceContent(venueId: string, overrides: Partial<ResourceContent> = {}): ResourceContent {
	return {
		venueId,
		kind: 'station',
		name: 'Poste informatique 2',
		description: 'Ordinateur avec imprimante, pour les démarches et la recherche d’emploi.',
		category: '',
		condition: '',
		themeId: null,
		audience: 'members',
		groupId: null,
		...DEFAULT_RESOURCE_RULES,
		...overrides
	};
}

export async function spaceWorld(overrides: Partial<ResourceContent> = {}) {
	const people = await createNetworkWithPeople();
	const networkId = people.network.id;
	const venue = await createVenueIn(networkId, { name: 'Notre local', isOwnSpace: true });
	await setOpeningHours({
		actor: people.coordinator.actor,
		networkId,
		venueId: venue.id,
		periods: WEEKDAYS.map((weekday) => ({ weekday, opensAt: '09:00', closesAt: '18:00' }))
	});
	const station = await addResource({
		actor: people.coordinator.actor,
		networkId,
		...resourceContent(venue.id, overrides)
	});
	return { ...people, networkId, venue, station };
}

/** `days` Paris days from today (1: tomorrow), at hour:minute Paris time. */
export function parisAt(days: number, hour: number, minute = 0): Date {
	return atMinutes(addDays(parisDate(now()), days), hour * 60 + minute);
}

/** A slot from `start`, `minutes` long. */
export const slot = (start: Date, minutes = 60) => ({
	startsAt: start,
	endsAt: new Date(start.getTime() + minutes * 60_000)
});
