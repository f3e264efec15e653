// The coordinators' side of the shared space (decision 029): resources and their rules, opening hours and
// closures, booking for a member without email, the day sheet, no-shows; and bookings in calendars.
import { afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { createMember, createGroupIn, addGroupMember } from '../../../../tests/factories.ts';
import { members } from '../../../../tests/event-world.ts';
import { parisAt, resourceContent, slot, spaceWorld } from '../../../../tests/space-world.ts';
import { advanceClock, resetClock } from '../clock.ts';
import { readCalendarFeed } from '../calendars/read-calendar-feed.ts';
import { renewCalendarFeed } from '../calendars/renew-calendar-feed.ts';
import { parisDate } from '../../paris-time.ts';
import { openingHoursInput, resourceInput, spaceListQuery } from '../../validation/space.ts';
import { addClosure } from './add-closure.ts';
import { addResource } from './add-resource.ts';
import { bookForMember } from './book-for-member.ts';
import { bookingCalendar } from './booking-calendar.ts';
import { bookSlot } from './book-slot.ts';
import { cancelBooking } from './cancel-booking.ts';
import { daySheet } from './day-sheet.ts';
import { editResource } from './edit-resource.ts';
import { listMyBookings } from './list-my-bookings.ts';
import { listSpace } from './list-space.ts';
import { listWeekGrid } from './list-week-grid.ts';
import { markNoShow } from './mark-no-show.ts';
import { noShowCounts } from './no-show-counts.ts';
import { removeClosure } from './remove-closure.ts';
import { setOpeningHours } from './set-opening-hours.ts';
import { slotChoices } from './slot-choices.ts';
import { venueSpace } from './venue-space.ts';

afterEach(() => resetClock());

describe('resources, opening hours and closures', () => {
	it('adds and edits resources, lists the bookable ones by venue, and refuses a name twice at a venue', async () => {
		const world = await spaceWorld();
		const where = { actor: world.coordinator.actor, networkId: world.networkId };
		const room = await addResource({
			...where,
			...resourceContent(world.venue.id, { kind: 'room', name: 'Salle de réunion' })
		});
		await addResource({
			...where,
			...resourceContent(world.venue.id, { kind: 'item', name: 'Perceuse', category: 'Outillage' })
		});
		await expect(
			addResource({ ...where, ...resourceContent(world.venue.id, { name: 'POSTE INFORMATIQUE 2' }) })
		).rejects.toMatchObject({ code: 'space_resource_name_taken', field: 'name' });
		await addResource({
			...where,
			...resourceContent(world.venue.id, { kind: 'room', name: 'Bureau de l’équipe', audience: 'coordinators' })
		});
		const listed = await listSpace({ actor: world.member.actor, networkId: world.networkId });
		expect(listed.map((v) => [v.name, v.resources.map((r) => r.name)])).toEqual([
			['Notre local', ['Salle de réunion', 'Poste informatique 2']]
		]);
		// `/espace?type=station` (the job circle's link): the stations only; a wrong type shows everything.
		const stations = await listSpace({ actor: world.member.actor, networkId: world.networkId, kind: 'station' });
		expect(stations.map((v) => v.resources.map((r) => r.name))).toEqual([['Poste informatique 2']]);
		expect(spaceListQuery.parse({ type: 'station' }).type).toBe('station');
		expect(spaceListQuery.parse({ type: 'item' }).type).toBeNull();
		expect(spaceListQuery.parse({ type: ['x', 'y'] }).type).toBeNull();
		const forTeam = await listSpace(where);
		expect(forTeam[0].resources.map((r) => r.name)).toEqual([
			'Bureau de l’équipe',
			'Salle de réunion',
			'Poste informatique 2'
		]);
		const edited = await editResource({
			...where,
			resourceId: room.id,
			archived: false,
			...resourceContent(world.venue.id, { kind: 'room', name: 'Salle Gorki', bufferMinutes: 30 })
		});
		expect(edited).toMatchObject({ name: 'Salle Gorki', bufferMinutes: 30 });
		const other = await spaceWorld();
		await expect(addResource({ ...where, ...resourceContent(other.venue.id, { name: 'Volé' }) })).rejects.toMatchObject(
			{ code: 'space_venue_unknown', field: 'venueId' }
		);
		await expect(
			editResource({ ...where, resourceId: other.station.id, archived: false, ...resourceContent(world.venue.id) })
		).rejects.toMatchObject({ code: 'not_found' });
	});

	it('sets the week’s hours whole, adds and removes closures', async () => {
		const world = await spaceWorld();
		const where = { actor: world.coordinator.actor, networkId: world.networkId, venueId: world.venue.id };
		await setOpeningHours({
			...where,
			periods: [
				{ weekday: 1, opensAt: '09:00', closesAt: '12:00' },
				{ weekday: 1, opensAt: '14:00', closesAt: '18:00' }
			]
		});
		const inTwoDays = parisDate(parisAt(2, 12));
		const { closure } = await addClosure({
			...where,
			startsOn: inTwoDays,
			endsOn: inTwoDays,
			reason: 'Fermé pour les fêtes'
		});
		const space = await venueSpace(where);
		expect(space.hours).toEqual([
			{ weekday: 1, opensAt: '09:00', closesAt: '12:00' },
			{ weekday: 1, opensAt: '14:00', closesAt: '18:00' }
		]);
		expect(space.closures.map((c) => c.reason)).toEqual(['Fermé pour les fêtes']);
		await removeClosure({ actor: world.coordinator.actor, networkId: world.networkId, closureId: closure!.id });
		expect((await venueSpace(where)).closures).toEqual([]);
		await expect(
			addClosure({ ...where, startsOn: parisDate(parisAt(-3, 12)), endsOn: parisDate(parisAt(-1, 12)), reason: '' })
		).rejects.toMatchObject({ code: 'space_closure_past' });
	});

	it('reads the hours form: empty periods left out, a period ending before it starts or overlapping refused', () => {
		const venueId = '00000000-0000-4000-8000-000000000000';
		const parsed = openingHoursInput.parse({
			venueId,
			d1_opens_0: '09:00',
			d1_closes_0: '12:00',
			d3_opens_1: '14:00',
			d3_closes_1: '18:30'
		});
		expect(parsed.periods).toEqual([
			{ weekday: 1, opensAt: '09:00', closesAt: '12:00' },
			{ weekday: 3, opensAt: '14:00', closesAt: '18:30' }
		]);
		const backwards = openingHoursInput.safeParse({ venueId, d2_opens_0: '12:00', d2_closes_0: '09:00' });
		expect(backwards.error?.issues[0]).toMatchObject({ path: ['d2_closes_0'], message: 'space_period_order' });
		const overlap = openingHoursInput.safeParse({
			venueId,
			d2_opens_0: '09:00',
			d2_closes_0: '12:00',
			d2_opens_1: '11:00',
			d2_closes_1: '13:00'
		});
		expect(overlap.error?.issues[0]).toMatchObject({ path: ['d2_closes_1'], message: 'space_period_overlap' });
		expect(openingHoursInput.safeParse({ venueId, d2_opens_0: '25:00', d2_closes_0: '26:00' }).success).toBe(false);
	});

	it('reads the resource form: the longest at least the shortest, a group for a group’s resource', () => {
		const form = {
			venueId: '00000000-0000-4000-8000-000000000000',
			kind: 'station',
			name: 'Poste 1',
			audience: 'members',
			groupId: '00000000-0000-4000-8000-000000000001',
			slotMinutes: '60',
			minMinutes: '60',
			maxMinutes: '120',
			maxDaysAhead: '14',
			maxFutureBookings: '2',
			bufferMinutes: '0',
			loanDays: '14',
			maxRenewals: '1'
		};
		expect(resourceInput.parse(form)).toMatchObject({ groupId: null, minMinutes: 60, themeId: null });
		expect(resourceInput.safeParse({ ...form, maxMinutes: '30' }).error?.issues[0]).toMatchObject({
			path: ['maxMinutes'],
			message: 'space_min_max'
		});
		expect(resourceInput.safeParse({ ...form, audience: 'group', groupId: '' }).error?.issues[0]).toMatchObject({
			path: ['groupId'],
			message: 'space_group'
		});
		expect(resourceInput.safeParse({ ...form, slotMinutes: '5' }).error?.issues[0]).toMatchObject({
			path: ['slotMinutes'],
			message: 'space_slot_minutes'
		});
	});
});

describe('the front desk', () => {
	it('books a station for a member without email, sees the day sheet, marks a no-show and counts no-shows', async () => {
		const world = await spaceWorld();
		const gerard = await createMember(world.networkId, { name: 'Gérard Martin', email: null });
		const [nadia] = await members(world.networkId, 1);
		const where = { networkId: world.networkId, resourceId: world.station.id };
		const desk = { actor: world.coordinator.actor, networkId: world.networkId };
		const forGerard = await bookForMember({
			...desk,
			resourceId: world.station.id,
			accountId: gerard.id,
			...slot(parisAt(1, 14)),
			purpose: 'CV'
		});
		expect(forGerard).toMatchObject({ accountId: gerard.id, bookedByAccountId: world.coordinator.id });
		const byNadia = await bookSlot({ actor: nadia.actor, ...where, ...slot(parisAt(1, 10)) });
		const second = await bookSlot({ actor: nadia.actor, ...where, ...slot(parisAt(1, 16)) });

		const tomorrow = parisDate(parisAt(1, 12));
		const sheet = await daySheet({ ...desk, day: tomorrow });
		expect(sheet.venue?.name).toBe('Notre local');
		expect(sheet.bookings.map((b) => [b.memberName, b.hasEmail, b.purpose])).toEqual([
			[nadia.name, true, ''],
			['Gérard Martin', false, 'CV'],
			[nadia.name, true, '']
		]);

		await expect(markNoShow({ ...desk, bookingId: byNadia.id, noShow: true })).rejects.toMatchObject({
			code: 'space_booking_not_started'
		});
		advanceClock(parisAt(1, 16, 30).getTime() - Date.now());
		await markNoShow({ ...desk, bookingId: byNadia.id, noShow: true });
		await markNoShow({ ...desk, bookingId: second.id, noShow: true });
		await markNoShow({ ...desk, bookingId: forGerard.id, noShow: true });
		await markNoShow({ ...desk, bookingId: forGerard.id, noShow: false });
		await markNoShow({ ...desk, bookingId: forGerard.id, noShow: true });
		const counts = await noShowCounts(desk);
		expect(counts.map((c) => [c.name, c.noShows, c.bookings])).toEqual([
			[nadia.name, 2, 2],
			['Gérard Martin', 1, 1]
		]);
		// Members never see it.
		const mine = await listMyBookings({ actor: nadia.actor, networkId: world.networkId });
		expect(mine.past[0]).not.toHaveProperty('noShowAt');
		// A booking that has ended cannot be cancelled any more.
		await expect(
			cancelBooking({ actor: nadia.actor, networkId: world.networkId, bookingId: byNadia.id })
		).rejects.toMatchObject({
			code: 'space_booking_over'
		});
	});

	it('refuses a booking for someone outside the network or not yet accepted', async () => {
		const world = await spaceWorld();
		const other = await spaceWorld();
		const pending = await createMember(world.networkId, { status: 'pending' });
		for (const accountId of [other.member.id, pending.id, 'pas-un-id']) {
			await expect(
				bookForMember({
					actor: world.coordinator.actor,
					networkId: world.networkId,
					resourceId: world.station.id,
					accountId,
					...slot(parisAt(1, 10))
				})
			).rejects.toMatchObject({ code: 'space_member_unknown', field: 'accountId' });
		}
	});

	it('offers the lengths that fit from the slot picked, none once it is taken', async () => {
		const world = await spaceWorld();
		const [paul] = await members(world.networkId, 1);
		const where = { networkId: world.networkId, resourceId: world.station.id };
		const choices = await slotChoices({ actor: world.member.actor, ...where, start: parisAt(1, 10) });
		expect(choices.durations.map((d) => d.minutes)).toEqual([60, 120]);
		await bookSlot({ actor: paul.actor, ...where, ...slot(parisAt(1, 11)) });
		expect(
			(await slotChoices({ actor: world.member.actor, ...where, start: parisAt(1, 10) })).durations.map(
				(d) => d.minutes
			)
		).toEqual([60]);
		expect((await slotChoices({ actor: world.member.actor, ...where, start: parisAt(1, 11) })).durations).toEqual([]);
		expect(
			(await slotChoices({ actor: world.member.actor, ...where, start: parisAt(1, 17) })).durations.map(
				(d) => d.minutes
			)
		).toEqual([60]);
		expect((await slotChoices({ actor: world.member.actor, ...where, start: parisAt(1, 20) })).durations).toEqual([]);
	});

	it('shows members the grid as far as they may book, and the front desk further', async () => {
		const world = await spaceWorld({ maxDaysAhead: 3 });
		const where = { networkId: world.networkId, resourceId: world.station.id };
		const far = parisDate(parisAt(20, 12));
		const member = await listWeekGrid({ actor: world.member.actor, ...where, week: far });
		expect(member).toMatchObject({ days: [], nextWeek: null });
		const desk = await listWeekGrid({ actor: world.coordinator.actor, ...where, week: far });
		expect(desk.days.map((d) => d.day)).toContain(far);
		const now = await listWeekGrid({ actor: world.member.actor, ...where });
		expect(now.days.at(-1)!.day <= parisDate(parisAt(3, 12))).toBe(true);
		expect(now.days[0]).toMatchObject({ isToday: true });
	});

	it('lets a group’s members book its resource, and no one else but coordinators', async () => {
		const world = await spaceWorld();
		const group = await createGroupIn(world.networkId);
		const [inGroup] = await members(world.networkId, 1);
		await addGroupMember(group, inGroup.id);
		const kitchen = await addResource({
			actor: world.coordinator.actor,
			networkId: world.networkId,
			...resourceContent(world.venue.id, { kind: 'room', name: 'Cuisine', audience: 'group', groupId: group.id })
		});
		const where = { networkId: world.networkId, resourceId: kitchen.id };
		await bookSlot({ actor: inGroup.actor, ...where, ...slot(parisAt(1, 10)) });
		await expect(bookSlot({ actor: world.member.actor, ...where, ...slot(parisAt(1, 12)) })).rejects.toMatchObject({
			code: 'space_not_allowed'
		});
	});
});

describe('bookings in calendars', () => {
	it('gives the member a file of their booking and puts their bookings in their private feed', async () => {
		const world = await spaceWorld();
		const booking = await bookSlot({
			actor: world.member.actor,
			networkId: world.networkId,
			resourceId: world.station.id,
			...slot(parisAt(1, 10))
		});
		const origin = 'https://entrelien.example';
		const file = await bookingCalendar({
			actor: world.member.actor,
			networkId: world.networkId,
			bookingId: booking.id,
			origin
		});
		const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!);
		expect(event.summary).toBe(`Poste informatique 2 — ${world.venue.name}`);
		expect(event.startDate.toJSDate()).toEqual(parisAt(1, 10));
		expect(event.endDate.toJSDate()).toEqual(parisAt(1, 11));
		expect(file.text).not.toContain(world.venue.doorCode || 'no-door-code');

		const { token } = await renewCalendarFeed({
			actor: world.member.actor,
			networkId: world.networkId,
			target: { scope: 'member' }
		});
		const feed = await readCalendarFeed({ token, origin });
		expect(feed.text).toContain(`UID:booking-${booking.id}@entrelien.example`);
		await cancelBooking({ actor: world.member.actor, networkId: world.networkId, bookingId: booking.id });
		expect((await readCalendarFeed({ token, origin })).text).toContain('STATUS:CANCELLED');
	});
});
