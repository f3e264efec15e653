import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople, createVenueIn } from '../../../../../tests/factories.ts';
import { members } from '../../../../../tests/event-world.ts';
import { db } from '../../db/client.ts';
import { libraryHolds, spaceBookings, spaceResources } from '../../db/schema/index.ts';
import { listCatalogue } from '../../library/catalogue.ts';
import { fillDemoSpace } from './demo-space.ts';

describe('the demo’s shared space', () => {
	it('opens the venue on weekdays, adds a room, four stations and three items (the drill lent and held, the projector under repair), and books eight slots', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const venue = await createVenueIn(network.id, { name: 'Salle du réseau', isOwnSpace: true });
		const people = await members(network.id, 5);
		await fillDemoSpace({
			networkId: network.id,
			admin: coordinator.actor,
			venueId: venue.id,
			members: people.map((p) => p.actor)
		});
		const resources = await db().select().from(spaceResources).where(eq(spaceResources.networkId, network.id));
		expect(resources.map((r) => r.kind).sort()).toEqual([
			'item',
			'item',
			'item',
			'room',
			'station',
			'station',
			'station',
			'station'
		]);
		expect(await db().$count(spaceBookings, eq(spaceBookings.networkId, network.id))).toBe(8);
		const states = (await listCatalogue({ actor: coordinator.actor, networkId: network.id })).flatMap((c) =>
			c.items.map((i) => [i.name, i.state])
		);
		expect(states.sort()).toEqual([
			['Machine à coudre', 'available'],
			['Perceuse', 'lent'],
			['Vidéoprojecteur', 'repair']
		]);
		expect(await db().$count(libraryHolds, eq(libraryHolds.networkId, network.id))).toBe(1);
	});
});
