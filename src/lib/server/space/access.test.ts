// Who may do what in the shared space (decision 029): anonymous people, members of another network, plain
// members on the coordinators' actions, and someone else's booking — each refused, nothing written.
import { describe, expect, it } from 'vitest';
import { createMember, actorOf } from '../../../../tests/factories.ts';
import { members } from '../../../../tests/event-world.ts';
import { parisAt, resourceContent, slot, spaceWorld } from '../../../../tests/space-world.ts';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { spaceBookings, spaceClosures, spaceResources } from '../db/schema/index.ts';
import { parisDate } from '../../paris-time.ts';
import { addClosure } from './add-closure.ts';
import { addResource } from './add-resource.ts';
import { bookForMember } from './book-for-member.ts';
import { bookingCalendar } from './booking-calendar.ts';
import { bookSlot } from './book-slot.ts';
import { cancelBooking } from './cancel-booking.ts';
import { daySheet } from './day-sheet.ts';
import { deskBookingForm } from './desk-booking-form.ts';
import { editResource } from './edit-resource.ts';
import { listMyBookings } from './list-my-bookings.ts';
import { listResources } from './list-resources.ts';
import { listSpace } from './list-space.ts';
import { listWeekGrid } from './list-week-grid.ts';
import { markNoShow } from './mark-no-show.ts';
import { noShowCounts } from './no-show-counts.ts';
import { removeClosure } from './remove-closure.ts';
import { resourceForm } from './resource-form.ts';
import { setOpeningHours } from './set-opening-hours.ts';
import { slotChoices } from './slot-choices.ts';
import { venueSpace } from './venue-space.ts';

const counts = async () => [
	await db().$count(spaceBookings),
	await db().$count(spaceResources),
	await db().$count(spaceClosures)
];

async function world() {
	const w = await spaceWorld();
	const booking = await bookSlot({
		actor: w.member.actor,
		networkId: w.networkId,
		resourceId: w.station.id,
		...slot(parisAt(1, 10))
	});
	const { closure } = await addClosure({
		actor: w.coordinator.actor,
		networkId: w.networkId,
		venueId: w.venue.id,
		startsOn: parisDate(parisAt(5, 12)),
		endsOn: parisDate(parisAt(5, 12)),
		reason: ''
	});
	return { ...w, booking, closure: closure! };
}

/** Every coordinator action of the space, by the given actor, in the world's network. */
function coordinatorActions(w: Awaited<ReturnType<typeof world>>, actor: Actor | null) {
	const where = { actor, networkId: w.networkId };
	const day = parisDate(parisAt(6, 12));
	return {
		addResource: () => addResource({ ...where, ...resourceContent(w.venue.id, { name: 'Poste 9' }) }),
		editResource: () =>
			editResource({ ...where, resourceId: w.station.id, archived: true, ...resourceContent(w.venue.id) }),
		listResources: () => listResources(where),
		resourceForm: () => resourceForm(where),
		setOpeningHours: () => setOpeningHours({ ...where, venueId: w.venue.id, periods: [] }),
		venueSpace: () => venueSpace({ ...where, venueId: w.venue.id }),
		addClosure: () => addClosure({ ...where, venueId: w.venue.id, startsOn: day, endsOn: day, reason: '' }),
		removeClosure: () => removeClosure({ ...where, closureId: w.closure.id }),
		bookForMember: () =>
			bookForMember({ ...where, resourceId: w.station.id, accountId: w.member.id, ...slot(parisAt(2, 10)) }),
		deskBookingForm: () => deskBookingForm(where),
		daySheet: () => daySheet(where),
		markNoShow: () => markNoShow({ ...where, bookingId: w.booking.id, noShow: true }),
		noShowCounts: () => noShowCounts(where)
	};
}

function memberActions(w: Awaited<ReturnType<typeof world>>, actor: Actor | null) {
	const where = { actor, networkId: w.networkId };
	return {
		listSpace: () => listSpace(where),
		listWeekGrid: () => listWeekGrid({ ...where, resourceId: w.station.id }),
		slotChoices: () => slotChoices({ ...where, resourceId: w.station.id, start: parisAt(2, 10) }),
		bookSlot: () => bookSlot({ ...where, resourceId: w.station.id, ...slot(parisAt(2, 10)) }),
		listMyBookings: () => listMyBookings(where),
		cancelBooking: () => cancelBooking({ ...where, bookingId: w.booking.id }),
		bookingCalendar: () => bookingCalendar({ ...where, bookingId: w.booking.id, origin: 'https://x.example' })
	};
}

async function expectRefused(actions: Record<string, () => Promise<unknown>>, code: string) {
	const before = await counts();
	for (const [name, action] of Object.entries(actions)) {
		await expect(action(), name).rejects.toMatchObject({ code });
	}
	expect(await counts()).toEqual(before);
}

describe('the shared space refuses', () => {
	it('anonymous people everything', async () => {
		const w = await world();
		await expectRefused({ ...coordinatorActions(w, null), ...memberActions(w, null) }, 'not_logged_in');
	});

	it('members of another network everything, even its coordinators', async () => {
		const w = await world();
		const other = await spaceWorld();
		await expectRefused(
			{ ...coordinatorActions(w, other.coordinator.actor), ...memberActions(w, other.coordinator.actor) },
			'not_member'
		);
		const pending = await createMember(w.networkId, { status: 'pending' });
		await expectRefused(memberActions(w, await actorOf(pending.id)), 'membership_pending');
	});

	it('plain members the coordinators’ actions', async () => {
		const w = await world();
		await expectRefused(coordinatorActions(w, w.member.actor), 'forbidden');
	});

	it('someone else’s booking: not found to another member, and left as it was', async () => {
		const w = await world();
		const [paul] = await members(w.networkId, 1);
		const { cancelBooking: cancel, bookingCalendar: file } = memberActions(w, paul.actor);
		await expectRefused({ cancel, file }, 'not_found');
		// A coordinator may: the front desk cancels for people who phone.
		await cancelBooking({ actor: w.coordinator.actor, networkId: w.networkId, bookingId: w.booking.id });
	});

	it('a coordinator acting on another network’s items through their own', async () => {
		const w = await world();
		const other = await world();
		const where = { actor: w.coordinator.actor, networkId: w.networkId };
		await expectRefused(
			{
				cancel: () => cancelBooking({ ...where, bookingId: other.booking.id }),
				noShow: () => markNoShow({ ...where, bookingId: other.booking.id, noShow: true }),
				closure: () => removeClosure({ ...where, closureId: other.closure.id }),
				sheet: () => daySheet({ ...where, venueId: other.venue.id }),
				hours: () => venueSpace({ ...where, venueId: other.venue.id }),
				file: () => bookingCalendar({ ...where, bookingId: other.booking.id, origin: 'https://x.example' }),
				grid: () => listWeekGrid({ ...where, resourceId: other.station.id })
			},
			'not_found'
		);
		await expectRefused(
			{
				hours: () => setOpeningHours({ ...where, venueId: other.venue.id, periods: [] }),
				closure: () =>
					addClosure({ ...where, venueId: other.venue.id, startsOn: '2099-01-01', endsOn: '2099-01-02', reason: '' })
			},
			'space_venue_unknown'
		);
	});
});
