import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { isCheckViolation } from '../db/errors.ts';
import { venues } from '../db/schema/index.ts';
import { venueInput } from '../../validation/venues.ts';
import { archiveVenue } from './archive-venue.ts';
import { createVenue } from './create-venue.ts';
import { findVenue, publicVenue } from './find-venue.ts';
import { getVenue } from './get-venue.ts';
import { listVenues } from './list-venues.ts';
import { updateVenue } from './update-venue.ts';

const kitchen = {
	name: 'Cuisine d’Authenti’Cité',
	address: '12 rue des Pâquerettes, 92000 Nanterre',
	accessNotes: 'Rez-de-chaussée, accessible en fauteuil.',
	doorEntry: '4512B',
	capacity: 12,
	partnerName: 'Association Authenti’Cité',
	isOwnSpace: false
};

describe('venues', () => {
	it('lets a coordinator add, edit, archive and bring back a venue; members see it with its door code', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const where = { networkId: network.id };
		const venue = await createVenue({ actor: coordinator.actor, ...where, ...kitchen });
		expect(venue).toMatchObject({ networkId: network.id, doorCode: '4512B', capacity: 12, archivedAt: null });
		const local = await createVenue({
			actor: coordinator.actor,
			...where,
			...kitchen,
			name: 'Notre local',
			capacity: null,
			partnerName: '',
			isOwnSpace: true
		});

		const listed = await listVenues({ actor: member.actor, ...where });
		expect(listed.map((v) => v.id)).toEqual([local.id, venue.id]);
		expect(await getVenue({ actor: member.actor, ...where, venueId: venue.id })).toMatchObject({ doorCode: '4512B' });
		expect(publicVenue(venue)).not.toHaveProperty('doorCode');

		const edited = await updateVenue({
			actor: coordinator.actor,
			...where,
			venueId: venue.id,
			...kitchen,
			capacity: 8
		});
		expect(edited.capacity).toBe(8);

		await archiveVenue({ actor: coordinator.actor, ...where, venueId: venue.id, archived: true });
		expect((await listVenues({ actor: member.actor, ...where })).map((v) => v.id)).toEqual([local.id]);
		expect(await listVenues({ actor: coordinator.actor, ...where, withArchived: true })).toHaveLength(2);
		// The management list, archived venues included, is the coordinators' alone.
		await expect(listVenues({ actor: member.actor, ...where, withArchived: true })).rejects.toMatchObject({
			code: 'forbidden'
		});
		// Its name is free again while archived; bringing it back then is refused.
		const again = await createVenue({ actor: coordinator.actor, ...where, ...kitchen });
		await expect(
			archiveVenue({ actor: coordinator.actor, ...where, venueId: venue.id, archived: false })
		).rejects.toMatchObject({ code: 'venue_name_taken' });
		await archiveVenue({ actor: coordinator.actor, ...where, venueId: again.id, archived: true });
		const back = await archiveVenue({ actor: coordinator.actor, ...where, venueId: venue.id, archived: false });
		expect(back.archivedAt).toBeNull();
	});

	it('refuses two venues in use with the same name, up to case and accents', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		await createVenue({ actor: coordinator.actor, networkId: network.id, ...kitchen });
		await expect(
			createVenue({ actor: coordinator.actor, networkId: network.id, ...kitchen, name: 'CUISINE D’AUTHENTI’CITE' })
		).rejects.toMatchObject({ code: 'venue_name_taken', field: 'name' });
	});

	it('refuses anonymous people and plain members on every coordinator action', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const venue = await createVenue({ actor: coordinator.actor, networkId: network.id, ...kitchen });
		const where = { networkId: network.id, venueId: venue.id };
		for (const [actor, code] of [
			[null, 'not_logged_in'],
			[member.actor, 'forbidden']
		] as const) {
			await expect(createVenue({ actor, networkId: network.id, ...kitchen, name: 'Autre' })).rejects.toMatchObject({
				code
			});
			await expect(updateVenue({ actor, ...where, ...kitchen, name: 'Autre' })).rejects.toMatchObject({ code });
			await expect(archiveVenue({ actor, ...where, archived: true })).rejects.toMatchObject({ code });
		}
		await expect(getVenue({ actor: null, ...where })).rejects.toMatchObject({ code: 'not_logged_in' });
		const pending = await createMember(network.id, { status: 'pending' });
		await expect(getVenue({ actor: await actorOf(pending.id), ...where })).rejects.toMatchObject({
			code: 'membership_pending'
		});
		expect(await findVenue(where)).toMatchObject({ name: kitchen.name, archivedAt: null });
	});

	it('never reaches a venue of another network', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const venue = await createVenue({ actor: coordinator.actor, networkId: network.id, ...kitchen });
		const other = await createNetworkWithPeople();
		const there = { networkId: other.network.id, venueId: venue.id };
		expect(await findVenue(there)).toBeUndefined();
		await expect(getVenue({ actor: other.member.actor, ...there })).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			updateVenue({ actor: other.coordinator.actor, ...there, ...kitchen, name: 'Volé' })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(archiveVenue({ actor: other.coordinator.actor, ...there, archived: true })).rejects.toMatchObject({
			code: 'not_found'
		});
		// Acting in network A with network B's role is refused too.
		await expect(
			updateVenue({ actor: other.coordinator.actor, networkId: network.id, venueId: venue.id, ...kitchen })
		).rejects.toMatchObject({ code: 'not_member' });
		expect(await findVenue({ networkId: network.id, venueId: venue.id })).toMatchObject({ name: kitchen.name });
		await expect(getVenue({ actor: other.member.actor, ...there, venueId: 'pas-un-id' })).rejects.toMatchObject({
			code: 'not_found'
		});
	});
});

describe('venue form', () => {
	const form = {
		name: 'Jardins de Gorki',
		address: 'Allée Gorki, Nanterre',
		accessNotes: '',
		doorEntry: '',
		capacity: '',
		partnerName: '',
		isOwnSpace: 'on'
	};

	it('reads an empty capacity as unknown and the ticked box as our own space', () => {
		expect(venueInput.parse(form)).toMatchObject({ capacity: null, isOwnSpace: true });
		expect(venueInput.parse({ ...form, capacity: ' 25 ', isOwnSpace: undefined })).toMatchObject({
			capacity: 25,
			isOwnSpace: false
		});
	});

	it.each([
		['an empty name', { name: '' }, 'name', 'required'],
		['an empty address', { address: ' ' }, 'address', 'required'],
		['a 10 000-character access note', { accessNotes: 'a'.repeat(10_000) }, 'accessNotes', 'too_long'],
		['a script tag in the name', { name: '<script>alert(1)</script>' }, 'name', 'no_markup'],
		['a script tag in the access notes', { accessNotes: '<b>2e étage</b>' }, 'accessNotes', 'no_markup'],
		['a capacity of 0', { capacity: '0' }, 'capacity', 'venue_capacity'],
		['a negative capacity', { capacity: '-5' }, 'capacity', 'venue_capacity'],
		['a capacity that is not a number', { capacity: 'douze' }, 'capacity', 'venue_capacity'],
		['a capacity with a decimal', { capacity: '2.5' }, 'capacity', 'venue_capacity']
	])('refuses %s with a code on its field', (_, change, field, code) => {
		const parsed = venueInput.safeParse({ ...form, ...change });
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.find((i) => i.path[0] === field)?.message).toBe(code);
	});

	it('is still stopped by the database when a caller skips the schema, and nothing is saved', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const before = await db().$count(venues);
		for (const bad of [
			{ capacity: 0 },
			{ capacity: -3 },
			{ name: '' },
			{ address: '' },
			{ accessNotes: 'a'.repeat(10_000) }
		]) {
			const error = await createVenue({ actor: coordinator.actor, networkId: network.id, ...kitchen, ...bad }).catch(
				(e) => e
			);
			expect(isCheckViolation(error)).toBe(true);
		}
		expect(await db().$count(venues)).toBe(before);
	});
});
