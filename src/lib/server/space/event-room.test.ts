// An event reserves a room of its venue for each of its occurrences (decision 029, « Events reserve a room »):
// booked with the event, moved with an occurrence or refused with the reason, freed when cancelled, shown on the
// grid as « Atelier : <titre> »; a room of another venue or network, or at a partner's place, refused.
import { and, eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createVenueIn, eventContent } from '../../../../tests/factories.ts';
import { members } from '../../../../tests/event-world.ts';
import { parisAt, resourceContent, slot, spaceWorld } from '../../../../tests/space-world.ts';
import { resetClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { eventOccurrences, spaceBookings, spaceEventRooms } from '../db/schema/index.ts';
import { cancelEvent } from '../events/cancel-event.ts';
import { cancelOccurrence } from '../events/cancel-occurrence.ts';
import { createEvent } from '../events/create-event.ts';
import { eventFormChoices } from '../events/event-form-choices.ts';
import { getEvent } from '../events/get-event.ts';
import { moveOccurrence } from '../events/move-occurrence.ts';
import { updateEvent } from '../events/update-event.ts';
import { addResource } from './add-resource.ts';
import { bookSlot } from './book-slot.ts';
import { daySheet } from './day-sheet.ts';
import { listMyBookings } from './list-my-bookings.ts';
import { listWeekGrid } from './list-week-grid.ts';
import { parisDate } from '../../paris-time.ts';
import { SLOT_HOLDING_STATUSES } from '../../space-options.ts';
import { eventInput, type EventInput } from '../../validation/events.ts';

afterEach(() => resetClock());

const WEEK = 7 * 24 * 3_600_000;

/** The space's world with « Salle de réunion » at « Notre local », and a workshop form for Tuesdays 14h–16h. */
async function roomWorld() {
	const w = await spaceWorld();
	const room = await addResource({
		actor: w.coordinator.actor,
		networkId: w.networkId,
		...resourceContent(w.venue.id, { kind: 'room', name: 'Salle de réunion', maxMinutes: 240, maxDaysAhead: 60 })
	});
	const coordinator = { actor: w.coordinator.actor, networkId: w.networkId };
	const workshop = (overrides: Partial<EventInput> = {}) =>
		eventContent(w.venue.id, {
			title: 'Atelier CV',
			kind: 'workshop',
			roomId: room.id,
			...slot(parisAt(2, 14), 120),
			...overrides
		});
	return { ...w, room, coordinator, workshop };
}

/** The live bookings of a room, by start. */
const liveBookings = (resourceId: string) =>
	db()
		.select()
		.from(spaceBookings)
		.where(and(eq(spaceBookings.resourceId, resourceId), inArray(spaceBookings.status, [...SLOT_HOLDING_STATUSES])))
		.orderBy(spaceBookings.startsAt);

const occurrencesOf = (eventId: string) =>
	db().select().from(eventOccurrences).where(eq(eventOccurrences.eventId, eventId)).orderBy(eventOccurrences.startsAt);

/** The refusal's code, field and parameters. */
async function refusal(attempt: () => Promise<unknown>) {
	return attempt().then(
		() => ({ code: 'no refusal' }) as { code: string; field?: string; params?: Record<string, string> },
		(e: { code: string; field?: string; params?: Record<string, string> }) => e
	);
}

describe('an event reserving a room', () => {
	it('books the room for each of a series’ occurrences, shown on the grid, the day sheet and the event page', async () => {
		const w = await roomWorld();
		const repeatUntil = parisDate(new Date(parisAt(2, 14).getTime() + 2 * WEEK));
		const event = await createEvent({ ...w.coordinator, input: w.workshop({ repeatUntil }) });
		const occurrences = await occurrencesOf(event.id);
		expect(occurrences).toHaveLength(3);
		const booked = await liveBookings(w.room.id);
		expect(booked.map((b) => [b.occurrenceId, b.startsAt.getTime(), b.endsAt.getTime(), b.status])).toEqual(
			occurrences.map((o) => [o.id, o.startsAt.getTime(), o.endsAt.getTime(), 'confirmed'])
		);

		// A member sees « Atelier : Atelier CV » on the room's grid, and cannot book over it.
		const day = parisDate(parisAt(2, 12));
		const grid = await listWeekGrid({
			actor: w.member.actor,
			networkId: w.networkId,
			resourceId: w.room.id,
			week: day
		});
		const slots = grid.days.find((d) => d.day === day)!.slots;
		const at = (hour: number) => slots.find((s) => s.startsAt.getTime() === parisAt(2, hour).getTime());
		expect(at(14)).toMatchObject({ state: 'taken', event: 'Atelier CV' });
		expect(at(15)).toMatchObject({ state: 'taken', event: 'Atelier CV' });
		expect(at(16)).toMatchObject({ state: 'free' });
		expect(at(16)).not.toHaveProperty('event');
		expect(
			(
				await refusal(() =>
					bookSlot({ actor: w.member.actor, networkId: w.networkId, resourceId: w.room.id, ...slot(parisAt(2, 15)) })
				)
			).code
		).toBe('slot_taken');

		// The desk's sheet names the workshop; the coordinator's own bookings do not list it.
		const sheet = await daySheet({ ...w.coordinator, venueId: w.venue.id, day });
		expect(sheet.bookings.map((b) => [b.resourceName, b.eventTitle])).toEqual([['Salle de réunion', 'Atelier CV']]);
		expect((await listMyBookings(w.coordinator)).upcoming).toEqual([]);
		expect((await getEvent({ ...w.coordinator, eventId: event.id })).room).toEqual({
			id: w.room.id,
			name: 'Salle de réunion'
		});
	});

	it('refuses the whole series when one occurrence clashes, with the room, the day and the hours', async () => {
		const w = await roomWorld();
		// Someone holds the room on the third Tuesday, 15h–16h.
		const third = new Date(parisAt(2, 15).getTime() + 2 * WEEK);
		await bookSlot({ actor: w.member.actor, networkId: w.networkId, resourceId: w.room.id, ...slot(third) });
		const repeatUntil = parisDate(new Date(parisAt(2, 14).getTime() + 3 * WEEK));
		const error = await refusal(() => createEvent({ ...w.coordinator, input: w.workshop({ repeatUntil }) }));
		expect(error).toMatchObject({ code: 'space_room_taken', field: 'roomId' });
		expect(error.params).toMatchObject({ room: 'Salle de réunion', from: '14:00', to: '16:00' });
		expect(error.params?.day).toMatch(/\d{4}/);
		// Nothing written: no event, only the member's booking.
		expect(await db().$count(spaceEventRooms, eq(spaceEventRooms.networkId, w.networkId))).toBe(0);
		expect((await liveBookings(w.room.id)).map((b) => b.occurrenceId)).toEqual([null]);

		// Outside the opening hours (9h–18h) it says so too.
		const late = await refusal(() => createEvent({ ...w.coordinator, input: w.workshop(slot(parisAt(2, 17), 120)) }));
		expect(late).toMatchObject({ code: 'space_room_not_open', field: 'roomId' });
	});

	it('moves an occurrence’s booking with it, or refuses the move with the reason and changes nothing', async () => {
		const w = await roomWorld();
		const repeatUntil = parisDate(new Date(parisAt(2, 14).getTime() + WEEK));
		const event = await createEvent({ ...w.coordinator, input: w.workshop({ repeatUntil }) });
		const [first] = await occurrencesOf(event.id);
		await moveOccurrence({ ...w.coordinator, occurrenceId: first.id, ...slot(parisAt(3, 10), 120) });
		const moved = (await liveBookings(w.room.id)).find((b) => b.occurrenceId === first.id)!;
		expect([moved.startsAt, moved.endsAt]).toEqual([parisAt(3, 10), parisAt(3, 12)]);

		// Gérard holds the room on day 4 at 10h: moving there is refused, the occurrence stays where it was.
		await bookSlot({ actor: w.member.actor, networkId: w.networkId, resourceId: w.room.id, ...slot(parisAt(4, 11)) });
		const error = await refusal(() =>
			moveOccurrence({ ...w.coordinator, occurrenceId: first.id, ...slot(parisAt(4, 10), 120) })
		);
		expect(error).toMatchObject({ code: 'space_room_taken', field: 'startsAt' });
		expect(error.params).toMatchObject({ room: 'Salle de réunion', from: '10:00', to: '12:00' });
		const [still] = await occurrencesOf(event.id);
		expect(still.startsAt).toEqual(parisAt(3, 10));
		expect((await liveBookings(w.room.id)).find((b) => b.occurrenceId === first.id)!.startsAt).toEqual(parisAt(3, 10));
	});

	it('frees the room when an occurrence or the event is cancelled, or when the form drops the room', async () => {
		const w = await roomWorld();
		const repeatUntil = parisDate(new Date(parisAt(2, 14).getTime() + 2 * WEEK));
		const event = await createEvent({ ...w.coordinator, input: w.workshop({ repeatUntil }) });
		const [first, second] = await occurrencesOf(event.id);
		await cancelOccurrence({ ...w.coordinator, occurrenceId: first.id });
		expect((await liveBookings(w.room.id)).map((b) => b.occurrenceId)).not.toContain(first.id);
		expect(await liveBookings(w.room.id)).toHaveLength(2);
		// The member may now book the freed Tuesday.
		await bookSlot({ actor: w.member.actor, networkId: w.networkId, resourceId: w.room.id, ...slot(parisAt(2, 14)) });

		// Editing without a room frees the others; choosing it again books them again.
		const edit = w.workshop();
		await updateEvent({ ...w.coordinator, eventId: event.id, input: { ...edit, roomId: null } });
		expect((await liveBookings(w.room.id)).map((b) => b.occurrenceId)).toEqual([null]);
		await updateEvent({ ...w.coordinator, eventId: event.id, input: edit });
		expect((await liveBookings(w.room.id)).map((b) => b.occurrenceId)).toEqual([null, second.id, expect.any(String)]);

		await cancelEvent({ ...w.coordinator, eventId: event.id });
		expect((await liveBookings(w.room.id)).map((b) => b.occurrenceId)).toEqual([null]);
	});

	it('offers only the rooms of the network’s own venues, and refuses any other room, writing nothing', async () => {
		const w = await roomWorld();
		const partner = await createVenueIn(w.networkId, { name: 'Cuisine partenaire', isOwnSpace: false });
		const partnerRoom = await addResource({
			actor: w.coordinator.actor,
			networkId: w.networkId,
			...resourceContent(partner.id, { kind: 'room', name: 'Cuisine' })
		});
		const choices = await eventFormChoices(w.coordinator);
		expect(choices.rooms.map((r) => [r.name, r.venueName])).toEqual([['Salle de réunion', 'Notre local']]);

		const other = await roomWorld();
		const tries: [Partial<EventInput>, string][] = [
			// A room of another network.
			[{ roomId: other.room.id }, 'space_room_unknown'],
			// A station is not a room; a room id that is none.
			[{ roomId: w.station.id }, 'space_room_unknown'],
			[{ roomId: 'salle-de-reunion' }, 'space_room_unknown'],
			// The room of our venue for an event elsewhere.
			[{ venueId: partner.id }, 'space_room_elsewhere'],
			// A partner's room.
			[{ venueId: partner.id, roomId: partnerRoom.id }, 'space_room_elsewhere']
		];
		for (const [overrides, code] of tries) {
			const error = await refusal(() => createEvent({ ...w.coordinator, input: w.workshop(overrides) }));
			expect(error).toMatchObject({ code, field: 'roomId' });
		}
		expect(await db().$count(spaceEventRooms, eq(spaceEventRooms.networkId, w.networkId))).toBe(0);
		expect(await db().$count(spaceBookings, eq(spaceBookings.networkId, w.networkId))).toBe(0);

		// The form: a room without a venue (online only) is refused next to the room; a room id that is not one too.
		const form = {
			title: 'Atelier CV',
			kind: 'workshop',
			onlineUrl: 'https://visio.exemple.org/cv',
			startsAt: '2030-03-05T14:00',
			endsAt: '2030-03-05T16:00',
			capacity: '8',
			audience: 'network'
		};
		expect(eventInput.safeParse({ ...form, roomId: w.room.id }).error?.issues).toMatchObject([
			{ path: ['roomId'], message: 'evt_room_without_venue' }
		]);
		expect(eventInput.safeParse({ ...form, venueId: w.venue.id, roomId: 'salle' }).error?.issues).toMatchObject([
			{ path: ['roomId'], message: 'unknown_choice' }
		]);
		expect(eventInput.parse({ ...form, venueId: w.venue.id }).roomId).toBeNull();
	});

	it('is the coordinators’: a plain member cannot create or move an event with a room', async () => {
		const w = await roomWorld();
		const [someone] = await members(w.networkId, 1);
		const asMember = { actor: someone.actor, networkId: w.networkId };
		expect((await refusal(() => createEvent({ ...asMember, input: w.workshop() }))).code).toBe('forbidden');
		expect((await refusal(() => createEvent({ actor: null, networkId: w.networkId, input: w.workshop() }))).code).toBe(
			'not_logged_in'
		);
		const event = await createEvent({ ...w.coordinator, input: w.workshop() });
		const [first] = await occurrencesOf(event.id);
		const other = await roomWorld();
		const moveBy = (actor: typeof someone.actor | null, networkId: string) =>
			refusal(() => moveOccurrence({ actor, networkId, occurrenceId: first.id, ...slot(parisAt(3, 10), 120) }));
		expect((await moveBy(someone.actor, w.networkId)).code).toBe('forbidden');
		expect((await moveBy(other.coordinator.actor, other.networkId)).code).toBe('not_found');
		expect((await liveBookings(w.room.id)).map((b) => b.startsAt)).toEqual([parisAt(2, 14)]);
	});
});
