// Coordinator approval and notices (decision 029): a request holds its slot until a coordinator accepts or
// refuses it, lapses at its start; a coordinator's cancellation and a closure over bookings tell each member,
// and the day sheet shows the desk whom to tell when they have no email.
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { actorOf, createMember } from '../../../../tests/factories.ts';
import { members } from '../../../../tests/event-world.ts';
import { parisAt, slot, spaceWorld } from '../../../../tests/space-world.ts';
import { advanceClock, resetClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { hasSqlState } from '../db/errors.ts';
import { notifications, spaceBookings, spaceClosures } from '../db/schema/index.ts';
import { sqlStates } from '../db/sql-states.ts';
import { describeNotification } from '../notifications/describe.ts';
import { addClosure } from './add-closure.ts';
import { bookForMember } from './book-for-member.ts';
import { bookSlot } from './book-slot.ts';
import { cancelBooking } from './cancel-booking.ts';
import { daySheet } from './day-sheet.ts';
import { decideBooking } from './decide-booking.ts';
import { lapseBookingRequests } from './lapse-requests.ts';
import { listBookingRequests } from './list-booking-requests.ts';
import { listMyBookings } from './list-my-bookings.ts';
import { listWeekGrid } from './list-week-grid.ts';
import { parisDate } from '../../paris-time.ts';

afterEach(() => resetClock());

/** The 'space' notices of one person: what, and the sentence they read. */
async function noticesOf(accountId: string) {
	const rows = await db()
		.select({ params: notifications.params })
		.from(notifications)
		.where(and(eq(notifications.accountId, accountId), eq(notifications.kind, 'space')))
		.orderBy(notifications.createdAt);
	return rows.map((r) => ({ what: r.params.what, text: describeNotification('space', r.params, 'fr') }));
}

const statusOf = async (id: string) =>
	(await db().select({ status: spaceBookings.status }).from(spaceBookings).where(eq(spaceBookings.id, id)))[0]?.status;

/** The refusal's code, and nothing changed in the bookings meanwhile. */
async function refused(attempt: () => Promise<unknown>): Promise<string> {
	const before = await db().select().from(spaceBookings).orderBy(spaceBookings.id);
	const error = await attempt().then(
		() => undefined,
		(e: { code?: string }) => e
	);
	expect(await db().select().from(spaceBookings).orderBy(spaceBookings.id)).toEqual(before);
	return error?.code ?? 'no refusal';
}

describe('bookings a coordinator approves', () => {
	it('makes a member’s booking a request that holds the slot; accepting confirms it and tells the member', async () => {
		const w = await spaceWorld({ requiresApproval: true });
		const where = { networkId: w.networkId, resourceId: w.station.id };
		const coordinator = { actor: w.coordinator.actor, networkId: w.networkId };
		const request = await bookSlot({ actor: w.member.actor, ...where, ...slot(parisAt(1, 10)), purpose: 'CV' });
		expect(request.status).toBe('requested');
		// The slot is held: another member is told it is taken, and the grid shows it so.
		const [paul] = await members(w.networkId, 1);
		expect(await refused(() => bookSlot({ actor: paul.actor, ...where, ...slot(parisAt(1, 10)) }))).toBe('slot_taken');
		const day = parisDate(parisAt(1, 12));
		const grid = await listWeekGrid({ actor: paul.actor, ...where, week: day });
		const at10 = grid.days.find((d) => d.day === day)!.slots.find((s) => +s.startsAt === +parisAt(1, 10));
		expect(at10?.state).toBe('taken');
		expect((await listMyBookings({ actor: w.member.actor, networkId: w.networkId })).upcoming).toMatchObject([
			{ id: request.id, status: 'requested' }
		]);
		// A coordinator's own booking needs no approval.
		const own = await bookSlot({ actor: w.coordinator.actor, ...where, ...slot(parisAt(1, 14)) });
		expect(own.status).toBe('confirmed');

		expect((await listBookingRequests(coordinator)).map((r) => [r.id, r.purpose])).toEqual([[request.id, 'CV']]);
		await decideBooking({ ...coordinator, bookingId: request.id, approve: true });
		expect(await statusOf(request.id)).toBe('confirmed');
		expect(await listBookingRequests(coordinator)).toEqual([]);
		const [notice] = await noticesOf(w.member.id);
		expect(notice.what).toBe('booking_approved');
		expect(notice.text).toContain('Poste informatique 2');
		expect(notice.text).toContain('10:00');
		// Already decided: one sentence, nothing changed.
		expect(await refused(() => decideBooking({ ...coordinator, bookingId: request.id, approve: false }))).toBe(
			'space_booking_decided'
		);
	});

	it('refuses a request with the reason: the slot is free again and the member reads why', async () => {
		const w = await spaceWorld({ requiresApproval: true });
		const where = { networkId: w.networkId, resourceId: w.station.id };
		const request = await bookSlot({ actor: w.member.actor, ...where, ...slot(parisAt(1, 10)) });
		await decideBooking({
			actor: w.coordinator.actor,
			networkId: w.networkId,
			bookingId: request.id,
			approve: false,
			reason: 'Le poste part en réparation ce jour-là.'
		});
		expect(await statusOf(request.id)).toBe('refused');
		expect(await noticesOf(w.member.id)).toEqual([
			{ what: 'booking_refused', text: expect.stringContaining('Le poste part en réparation ce jour-là.') }
		]);
		const [paul] = await members(w.networkId, 1);
		expect((await bookSlot({ actor: paul.actor, ...where, ...slot(parisAt(1, 10)) })).status).toBe('requested');
		expect((await listMyBookings({ actor: w.member.actor, networkId: w.networkId })).upcoming).toEqual([]);
	});

	it('lets a request nobody decided lapse at its start, and tells the member', async () => {
		const w = await spaceWorld({ requiresApproval: true });
		const where = { networkId: w.networkId, resourceId: w.station.id };
		const soon = await bookSlot({ actor: w.member.actor, ...where, ...slot(parisAt(1, 10)) });
		const later = await bookSlot({ actor: w.member.actor, ...where, ...slot(parisAt(3, 10)) });
		advanceClock(parisAt(1, 10, 1).getTime() - Date.now());
		expect(await lapseBookingRequests()).toBeGreaterThanOrEqual(1);
		expect([await statusOf(soon.id), await statusOf(later.id)]).toEqual(['lapsed', 'requested']);
		expect((await noticesOf(w.member.id)).map((n) => n.what)).toEqual(['booking_lapsed']);
		// Too late to decide it now.
		const coordinator = { actor: w.coordinator.actor, networkId: w.networkId };
		expect(await refused(() => decideBooking({ ...coordinator, bookingId: soon.id, approve: true }))).toBe(
			'space_booking_decided'
		);
	});

	it('is for coordinators of the network only', async () => {
		const w = await spaceWorld({ requiresApproval: true });
		const request = await bookSlot({
			actor: w.member.actor,
			networkId: w.networkId,
			resourceId: w.station.id,
			...slot(parisAt(1, 10))
		});
		const other = await spaceWorld();
		const decide = (actor: typeof w.member.actor | null, networkId = w.networkId) =>
			refused(() => decideBooking({ actor, networkId, bookingId: request.id, approve: true }));
		expect(await decide(null)).toBe('not_logged_in');
		expect(await decide(w.member.actor)).toBe('forbidden');
		expect(await decide(other.coordinator.actor)).toBe('not_member');
		expect(await decide(other.coordinator.actor, other.networkId)).toBe('not_found');
		await expect(listBookingRequests({ actor: w.member.actor, networkId: w.networkId })).rejects.toMatchObject({
			code: 'forbidden'
		});
		expect(await statusOf(request.id)).toBe('requested');
	});
});

describe('notices to members', () => {
	it('tells a member when a coordinator cancels their booking, with the reason; the desk sees it for those without email', async () => {
		const w = await spaceWorld();
		const where = { networkId: w.networkId, resourceId: w.station.id };
		const coordinator = { actor: w.coordinator.actor, networkId: w.networkId };
		const gerard = await createMember(w.networkId, { name: 'Gérard Martin', email: null });
		const nadia = await bookSlot({ actor: w.member.actor, ...where, ...slot(parisAt(1, 10)) });
		const forGerard = await bookForMember({ ...coordinator, ...where, accountId: gerard.id, ...slot(parisAt(1, 14)) });
		await cancelBooking({ ...coordinator, bookingId: nadia.id, reason: 'Panne du poste.' });
		await cancelBooking({ ...coordinator, bookingId: forGerard.id, reason: 'Panne du poste.' });
		expect(await noticesOf(w.member.id)).toEqual([
			{ what: 'booking_cancelled', text: expect.stringContaining('Panne du poste.') }
		]);
		expect((await noticesOf(gerard.id)).map((n) => n.what)).toEqual(['booking_cancelled']);

		// A member cancelling their own booking is not told about it.
		const own = await bookSlot({ actor: w.member.actor, ...where, ...slot(parisAt(2, 10)) });
		await cancelBooking({ actor: w.member.actor, networkId: w.networkId, bookingId: own.id, reason: 'ignored' });
		expect(await noticesOf(w.member.id)).toHaveLength(1);

		// The day sheet lists Gérard (no email), not Nadia, for the desk to tell.
		const sheet = await daySheet({ ...coordinator, venueId: w.venue.id, day: parisDate(parisAt(1, 12)) });
		expect(sheet.bookings).toEqual([]);
		expect(sheet.toTell.map((b) => [b.memberName, b.status, b.reason])).toEqual([
			['Gérard Martin', 'cancelled', 'Panne du poste.']
		]);
	});

	it('lists the bookings a closure would cancel, writes nothing until confirmed, then cancels and tells each member', async () => {
		const w = await spaceWorld();
		const where = { networkId: w.networkId, resourceId: w.station.id };
		const coordinator = { actor: w.coordinator.actor, networkId: w.networkId, venueId: w.venue.id };
		const [paul] = await members(w.networkId, 1);
		const a = await bookSlot({ actor: w.member.actor, ...where, ...slot(parisAt(2, 10)) });
		const b = await bookSlot({ actor: paul.actor, ...where, ...slot(parisAt(3, 10)) });
		const outside = await bookSlot({ actor: paul.actor, ...where, ...slot(parisAt(5, 10)) });
		const days = { startsOn: parisDate(parisAt(2, 12)), endsOn: parisDate(parisAt(3, 12)), reason: 'Dégât des eaux' };

		const asked = await addClosure({ ...coordinator, ...days });
		expect(asked.closure).toBeNull();
		expect(asked.toCancel.map((x) => x.id)).toEqual([a.id, b.id]);
		expect(await db().$count(spaceClosures, eq(spaceClosures.venueId, w.venue.id))).toBe(0);
		expect(await statusOf(a.id)).toBe('confirmed');

		const done = await addClosure({ ...coordinator, ...days, confirmed: true });
		expect(done).toMatchObject({ closure: { reason: 'Dégât des eaux' }, cancelled: 2 });
		expect([await statusOf(a.id), await statusOf(b.id), await statusOf(outside.id)]).toEqual([
			'cancelled',
			'cancelled',
			'confirmed'
		]);
		for (const person of [w.member.id, paul.id]) {
			expect(await noticesOf(person)).toEqual([
				{ what: 'booking_cancelled', text: expect.stringContaining('Dégât des eaux') }
			]);
		}
		// The database still refuses a closure written over a live booking by any other way.
		const error = await db()
			.insert(spaceClosures)
			.values({ networkId: w.networkId, venueId: w.venue.id, startsOn: days.endsOn, endsOn: parisDate(parisAt(5, 12)) })
			.then(
				() => undefined,
				(e: unknown) => e
			);
		expect(hasSqlState(error, sqlStates.spaceClosureOverBookings)).toBe(true);
	});

	it('lets only coordinators cancel someone else’s booking', async () => {
		const w = await spaceWorld();
		const booking = await bookSlot({
			actor: w.member.actor,
			networkId: w.networkId,
			resourceId: w.station.id,
			...slot(parisAt(1, 10))
		});
		const [paul] = await members(w.networkId, 1);
		const other = await spaceWorld();
		const cancel = (actor: Awaited<ReturnType<typeof actorOf>> | null, networkId = w.networkId) =>
			refused(() => cancelBooking({ actor, networkId, bookingId: booking.id, reason: 'x' }));
		expect(await cancel(null)).toBe('not_logged_in');
		expect(await cancel(paul.actor)).toBe('not_found');
		expect(await cancel(other.coordinator.actor, other.networkId)).toBe('not_found');
		expect(await noticesOf(w.member.id)).toEqual([]);
	});
});
