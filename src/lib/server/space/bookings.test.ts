// Booking rooms and stations (decision 029): what the database refuses (overlap, buffer, closures, hours) and the
// rules the domain checks first (length, how far ahead, how many), each one clear sentence with nothing written.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createMember, actorOf, createNetworkWithPeople, createVenueIn } from '../../../../tests/factories.ts';
import { members } from '../../../../tests/event-world.ts';
import { parisAt, resourceContent, slot, spaceWorld } from '../../../../tests/space-world.ts';
import { advanceClock, resetClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { hasSqlState, isExclusionViolation } from '../db/errors.ts';
import { spaceBookings, spaceClosures } from '../db/schema/index.ts';
import { sqlStates } from '../db/sql-states.ts';
import { addClosure } from './add-closure.ts';
import { addResource } from './add-resource.ts';
import { bookForMember } from './book-for-member.ts';
import { bookSlot } from './book-slot.ts';
import { cancelBooking } from './cancel-booking.ts';
import { editResource } from './edit-resource.ts';
import { listMyBookings } from './list-my-bookings.ts';
import { listWeekGrid } from './list-week-grid.ts';
import { parisDate } from '../../paris-time.ts';

afterEach(() => resetClock());

/** Bookings in the database, all networks' (each test file has its own database). */
const bookingCount = () => db().$count(spaceBookings);
const bookingsOf = (resourceId: string) => db().$count(spaceBookings, eq(spaceBookings.resourceId, resourceId));

/** The refusal's code, and nothing written meanwhile. */
async function refused(attempt: () => Promise<unknown>): Promise<string> {
	const before = await bookingCount();
	const error = await attempt().then(
		() => undefined,
		(e: { code?: string }) => e
	);
	expect(await bookingCount()).toBe(before);
	return error?.code ?? 'no refusal';
}

describe('booking a slot', () => {
	it('books tomorrow 10h–11h, shows it in « mes réservations » and on the grid as mine, taken for others', async () => {
		const world = await spaceWorld();
		const where = { networkId: world.networkId, resourceId: world.station.id };
		const booking = await bookSlot({
			actor: world.member.actor,
			...where,
			...slot(parisAt(1, 10)),
			purpose: 'Recherche d’emploi'
		});
		expect(booking).toMatchObject({ status: 'confirmed', accountId: world.member.id, purpose: 'Recherche d’emploi' });
		expect(booking.blockedUntil).toEqual(booking.endsAt);

		const mine = await listMyBookings({ actor: world.member.actor, networkId: world.networkId });
		expect(mine.upcoming.map((b) => [b.id, b.resourceName])).toEqual([[booking.id, 'Poste informatique 2']]);

		const tomorrow = parisDate(parisAt(1, 12));
		const slotAt = async (actor: typeof world.member.actor, hour: number) => {
			const grid = await listWeekGrid({ actor, ...where, week: tomorrow });
			const day = grid.days.find((d) => d.day === tomorrow);
			return day?.slots.find((s) => s.startsAt.getTime() === parisAt(1, hour).getTime())?.state;
		};
		expect(await slotAt(world.member.actor, 10)).toBe('mine');
		expect(await slotAt(world.coordinator.actor, 10)).toBe('taken');
		expect(await slotAt(world.coordinator.actor, 11)).toBe('free');
		expect(await slotAt(world.coordinator.actor, 9)).toBe('free');
		// 17h: a one-hour booking still fits before 18h; the grid has no 18h slot.
		expect(await slotAt(world.coordinator.actor, 17)).toBe('free');
		expect(await slotAt(world.coordinator.actor, 18)).toBeUndefined();
	});

	it('lets touching slots through and refuses an overlap with « slot_taken »', async () => {
		const world = await spaceWorld();
		const [nadia, paul] = await members(world.networkId, 2);
		const where = { networkId: world.networkId, resourceId: world.station.id };
		await bookSlot({ actor: nadia.actor, ...where, ...slot(parisAt(1, 10)) });
		await bookSlot({ actor: paul.actor, ...where, ...slot(parisAt(1, 11)) });
		await bookSlot({ actor: paul.actor, ...where, ...slot(parisAt(1, 9)) });
		expect(await refused(() => bookSlot({ actor: world.member.actor, ...where, ...slot(parisAt(1, 10, 30)) }))).toBe(
			'slot_taken'
		);
		expect(await refused(() => bookSlot({ actor: world.member.actor, ...where, ...slot(parisAt(1, 10), 60) }))).toBe(
			'slot_taken'
		);
	});

	it('keeps the buffer free after each booking', async () => {
		const world = await spaceWorld({ bufferMinutes: 15 });
		const [nadia, paul] = await members(world.networkId, 2);
		const where = { networkId: world.networkId, resourceId: world.station.id };
		const first = await bookSlot({ actor: nadia.actor, ...where, ...slot(parisAt(1, 10)) });
		expect(first.blockedUntil).toEqual(parisAt(1, 11, 15));
		expect(await refused(() => bookSlot({ actor: paul.actor, ...where, ...slot(parisAt(1, 11)) }))).toBe('slot_taken');
		// Before it too: the earlier booking's own buffer would run into it.
		expect(await refused(() => bookSlot({ actor: paul.actor, ...where, ...slot(parisAt(1, 9)) }))).toBe('slot_taken');
		await bookSlot({ actor: paul.actor, ...where, ...slot(parisAt(1, 11, 15)) });
		// A cancelled booking frees its slot and its buffer.
		await cancelBooking({ actor: nadia.actor, networkId: world.networkId, bookingId: first.id });
		await bookSlot({ actor: world.member.actor, ...where, ...slot(parisAt(1, 10)) });
	});

	it('gives exactly one of 50 people booking the same slot at once the slot, and 49 « slot_taken »', async () => {
		const world = await spaceWorld();
		const people = await members(world.networkId, 50);
		const results = await Promise.allSettled(
			people.map((p) =>
				bookSlot({
					actor: p.actor,
					networkId: world.networkId,
					resourceId: world.station.id,
					...slot(parisAt(2, 14))
				})
			)
		);
		const booked = results.filter((r) => r.status === 'fulfilled');
		const codes = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code?: string }).code] : []));
		expect(booked).toHaveLength(1);
		expect(codes).toEqual(Array(49).fill('slot_taken'));
		expect(await bookingsOf(world.station.id)).toBe(1);
	});

	it('refuses a closed day, and a closure over bookings to come', async () => {
		const world = await spaceWorld();
		const where = { networkId: world.networkId, resourceId: world.station.id };
		const coordinator = { actor: world.coordinator.actor, networkId: world.networkId, venueId: world.venue.id };
		const inThreeDays = parisDate(parisAt(3, 12));
		await addClosure({ ...coordinator, startsOn: inThreeDays, endsOn: parisDate(parisAt(5, 12)), reason: 'Travaux' });
		expect(await refused(() => bookSlot({ actor: world.member.actor, ...where, ...slot(parisAt(4, 10)) }))).toBe(
			'space_closed'
		);
		expect(
			await refused(() =>
				bookForMember({ actor: world.coordinator.actor, accountId: world.member.id, ...where, ...slot(parisAt(3, 10)) })
			)
		).toBe('space_closed');
		// The grid says so too.
		const grid = await listWeekGrid({ actor: world.member.actor, ...where, week: inThreeDays });
		expect(grid.days.find((d) => d.day === inThreeDays)).toMatchObject({ closure: { reason: 'Travaux' }, slots: [] });

		// Over a booking to come, a closure first lists it to confirm, and writes nothing (approval.test.ts goes on).
		const booking = await bookSlot({ actor: world.member.actor, ...where, ...slot(parisAt(1, 10)) });
		const tomorrow = parisDate(parisAt(1, 12));
		const asked = await addClosure({ ...coordinator, startsOn: tomorrow, endsOn: tomorrow, reason: '' });
		expect(asked).toMatchObject({ closure: null, toCancel: [{ id: booking.id }] });
		expect(await db().$count(spaceClosures, eq(spaceClosures.venueId, world.venue.id))).toBe(1);
	});

	it('refuses a slot outside the opening hours, or over two days', async () => {
		const world = await spaceWorld();
		const where = { networkId: world.networkId, resourceId: world.station.id, actor: world.member.actor };
		for (const attempt of [
			slot(parisAt(1, 18)),
			slot(parisAt(1, 17, 30)),
			slot(parisAt(1, 8, 30)),
			slot(parisAt(1, 7))
		]) {
			expect(await refused(() => bookSlot({ ...where, ...attempt }))).toBe('space_not_open');
		}
		const late = await spaceWorld({ maxMinutes: 720 });
		await expect(
			bookForMember({
				actor: late.coordinator.actor,
				networkId: late.networkId,
				resourceId: late.station.id,
				accountId: late.member.id,
				...slot(parisAt(1, 17), 600)
			})
		).rejects.toMatchObject({ code: 'space_not_open' });
	});

	it('holds a member to 2 bookings to come on the venue’s stations, until one is cancelled', async () => {
		const world = await spaceWorld();
		const other = await addResource({
			actor: world.coordinator.actor,
			networkId: world.networkId,
			...resourceContent(world.venue.id, { name: 'Poste informatique 3' })
		});
		const where = { networkId: world.networkId, actor: world.member.actor };
		const first = await bookSlot({ ...where, resourceId: world.station.id, ...slot(parisAt(1, 10)) });
		await bookSlot({ ...where, resourceId: other.id, ...slot(parisAt(2, 10)) });
		const error = await bookSlot({ ...where, resourceId: other.id, ...slot(parisAt(3, 10)) }).catch((e) => e);
		expect(error).toMatchObject({ code: 'space_booking_limit', params: { count: '2' } });
		// A room of the same venue is another kind: it has its own count.
		const room = await addResource({
			actor: world.coordinator.actor,
			networkId: world.networkId,
			...resourceContent(world.venue.id, { name: 'Salle de réunion', kind: 'room' })
		});
		await bookSlot({ ...where, resourceId: room.id, ...slot(parisAt(3, 10)) });
		await cancelBooking({ ...where, bookingId: first.id });
		await bookSlot({ ...where, resourceId: other.id, ...slot(parisAt(3, 10)) });
		// The front desk is not held to the member's limits.
		await bookForMember({
			actor: world.coordinator.actor,
			networkId: world.networkId,
			accountId: world.member.id,
			resourceId: world.station.id,
			...slot(parisAt(20, 10))
		});
	});

	it('refuses too far ahead, the past, a wrong length and an end before the start, with their sentences', async () => {
		const world = await spaceWorld();
		const where = { networkId: world.networkId, resourceId: world.station.id, actor: world.member.actor };
		const tooFar = await bookSlot({ ...where, ...slot(parisAt(20, 10)) }).catch((e) => e);
		expect(tooFar).toMatchObject({ code: 'space_booking_too_far', field: 'start', params: { days: '14' } });
		expect(await refused(() => bookSlot({ ...where, ...slot(parisAt(-1, 10)) }))).toBe('space_booking_past');
		expect(await refused(() => bookSlot({ ...where, ...slot(parisAt(1, 10), 30) }))).toBe('space_booking_duration');
		expect(await refused(() => bookSlot({ ...where, ...slot(parisAt(1, 10), 180) }))).toBe('space_booking_duration');
		expect(await refused(() => bookSlot({ ...where, startsAt: parisAt(1, 11), endsAt: parisAt(1, 10) }))).toBe(
			'space_booking_order'
		);
		// An hour already begun is past as well.
		advanceClock(parisAt(1, 10, 5).getTime() - Date.now());
		expect(await refused(() => bookSlot({ ...where, ...slot(parisAt(0, 10)) }))).toBe('space_booking_past');
	});

	it('refuses another network’s resource, an item, an archived resource and a group’s resource to others', async () => {
		const world = await spaceWorld();
		const elsewhere = await spaceWorld();
		const actor = world.member.actor;
		expect(
			await refused(() =>
				bookSlot({ actor, networkId: world.networkId, resourceId: elsewhere.station.id, ...slot(parisAt(1, 10)) })
			)
		).toBe('space_resource_unknown');
		expect(
			await refused(() =>
				bookSlot({ actor, networkId: world.networkId, resourceId: 'pas-un-id', ...slot(parisAt(1, 10)) })
			)
		).toBe('space_resource_unknown');
		const drill = await addResource({
			actor: world.coordinator.actor,
			networkId: world.networkId,
			...resourceContent(world.venue.id, { kind: 'item', name: 'Perceuse' })
		});
		expect(
			await refused(() =>
				bookSlot({ actor, networkId: world.networkId, resourceId: drill.id, ...slot(parisAt(1, 10)) })
			)
		).toBe('space_resource_unknown');
		await editResource({
			actor: world.coordinator.actor,
			networkId: world.networkId,
			resourceId: world.station.id,
			archived: true,
			...resourceContent(world.venue.id)
		});
		expect(
			await refused(() =>
				bookSlot({ actor, networkId: world.networkId, resourceId: world.station.id, ...slot(parisAt(1, 10)) })
			)
		).toBe('space_resource_unknown');

		const team = await addResource({
			actor: world.coordinator.actor,
			networkId: world.networkId,
			...resourceContent(world.venue.id, { name: 'Bureau de l’équipe', kind: 'room', audience: 'coordinators' })
		});
		expect(
			await refused(() => bookSlot({ actor, networkId: world.networkId, resourceId: team.id, ...slot(parisAt(1, 10)) }))
		).toBe('space_not_allowed');
		await bookSlot({
			actor: world.coordinator.actor,
			networkId: world.networkId,
			resourceId: team.id,
			...slot(parisAt(1, 10))
		});
	});

	it('lets the database refuse an overlap and a closed day even when the domain is skipped', async () => {
		const world = await spaceWorld();
		const row = (startsAt: Date, endsAt: Date) => ({
			networkId: world.networkId,
			resourceId: world.station.id,
			accountId: world.member.id,
			startsAt,
			endsAt,
			blockedUntil: endsAt
		});
		await db()
			.insert(spaceBookings)
			.values(row(parisAt(1, 10), parisAt(1, 11)));
		const overlap = await db()
			.insert(spaceBookings)
			.values(row(parisAt(1, 10, 30), parisAt(1, 11, 30)))
			.catch((e) => e);
		expect(isExclusionViolation(overlap)).toBe(true);
		const night = await db()
			.insert(spaceBookings)
			.values(row(parisAt(1, 20), parisAt(1, 21)))
			.catch((e) => e);
		expect(hasSqlState(night, sqlStates.spaceNotOpen)).toBe(true);
		const day = parisDate(parisAt(2, 12));
		await addClosure({
			actor: world.coordinator.actor,
			networkId: world.networkId,
			venueId: world.venue.id,
			startsOn: day,
			endsOn: day,
			reason: ''
		});
		const closed = await db()
			.insert(spaceBookings)
			.values(row(parisAt(2, 10), parisAt(2, 11)))
			.catch((e) => e);
		expect(hasSqlState(closed, sqlStates.spaceClosed)).toBe(true);
		expect(await bookingsOf(world.station.id)).toBe(1);
	});
});

describe('a venue without opening hours', () => {
	it('takes no booking', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const venue = await createVenueIn(network.id);
		const room = await addResource({
			actor: coordinator.actor,
			networkId: network.id,
			...resourceContent(venue.id, { kind: 'room', name: 'Salle de réunion' })
		});
		await expect(
			bookSlot({ actor: member.actor, networkId: network.id, resourceId: room.id, ...slot(parisAt(1, 10)) })
		).rejects.toMatchObject({ code: 'space_not_open' });
		const pending = await createMember(network.id, { status: 'pending' });
		await expect(
			bookSlot({
				actor: await actorOf(pending.id),
				networkId: network.id,
				resourceId: room.id,
				...slot(parisAt(1, 10))
			})
		).rejects.toMatchObject({ code: 'membership_pending' });
	});
});
