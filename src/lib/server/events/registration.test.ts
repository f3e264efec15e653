import { and, asc, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { advanceClock } from '../clock.ts';
import { loadConfig, useConfig } from '../config.ts';
import { currentConnection, db } from '../db/client.ts';
import { hasSqlState } from '../db/errors.ts';
import { sqlStates } from '../db/sql-states.ts';
import { eventRegistrations, notifications } from '../db/schema/index.ts';
import { describeNotification } from '../notifications/describe.ts';
import { cancelRegistration } from './cancel-registration.ts';
import { formatWhen } from './describe-event.ts';
import { confirmOffer } from './confirm-offer.ts';
import { expireOffers } from './expire-offers.ts';
import { registerForOccurrence } from './register-for-occurrence.ts';
import { sendEventReminders } from './send-event-reminders.ts';
import { eventWorld, members } from '../../../../tests/event-world.ts';

const HOUR = 3_600_000;

async function registrationsOf(occurrenceId: string) {
	return db()
		.select()
		.from(eventRegistrations)
		.where(eq(eventRegistrations.occurrenceId, occurrenceId))
		.orderBy(asc(eventRegistrations.arrival));
}

async function eventNotices(accountId: string) {
	const rows = await db()
		.select({ params: notifications.params })
		.from(notifications)
		.where(and(eq(notifications.accountId, accountId), eq(notifications.kind, 'event')))
		.orderBy(asc(notifications.createdAt), asc(notifications.id));
	return rows.map((r) => r.params.what);
}

describe('registration with capacity enforced in the database', () => {
	it('50 people at once for the last place: exactly 1 registered, 49 waitlisted in arrival order', async () => {
		const world = await eventWorld({ capacity: 1 });
		const people = await members(world.network.id, 50);
		const results = await Promise.all(
			people.map((p) =>
				registerForOccurrence({ actor: p.actor, networkId: world.network.id, occurrenceId: world.occurrence.id })
			)
		);
		expect(results.filter((r) => r.status === 'registered')).toHaveLength(1);
		const waiting = results.filter((r) => r.status === 'waitlisted');
		expect(waiting).toHaveLength(49);
		expect(waiting.map((r) => r.position).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
		// The waiting list's order (arrival, taken under the occurrence's lock) is the order each was told.
		const rows = await registrationsOf(world.occurrence.id);
		expect(rows[0].status).toBe('registered');
		const byId = new Map(results.map((r) => [r.registrationId, r]));
		expect(rows.slice(1).map((r) => byId.get(r.id)!.position)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
		if (currentConnection()!.kind === 'pglite') {
			// One backend: the transactions ran one after the other, in the order they were called.
			expect(results.map((r) => r.position)).toEqual([null, ...Array.from({ length: 49 }, (_, i) => i + 1)]);
		}
	});

	it('the database refuses a place over capacity even if the application forgot to check (EV001)', async () => {
		const world = await eventWorld({ capacity: 1 });
		const [a, b] = await members(world.network.id, 2);
		const base = { networkId: world.network.id, occurrenceId: world.occurrence.id, confirmedAt: new Date() };
		await db()
			.insert(eventRegistrations)
			.values({ ...base, accountId: a.id, status: 'registered' });
		const error = await db()
			.insert(eventRegistrations)
			.values({ ...base, accountId: b.id, status: 'registered' })
			.catch((e: unknown) => e);
		expect(hasSqlState(error, sqlStates.eventFull)).toBe(true);
		expect(await registrationsOf(world.occurrence.id)).toHaveLength(1);
	});

	it('one live registration per person and occurrence', async () => {
		const world = await eventWorld();
		const options = { actor: world.member.actor, networkId: world.network.id, occurrenceId: world.occurrence.id };
		await registerForOccurrence(options);
		await expect(registerForOccurrence(options)).rejects.toMatchObject({ code: 'event_already_registered' });
		expect(await registrationsOf(world.occurrence.id)).toHaveLength(1);
	});

	it('cancel → the first on the waiting list is offered the place → confirms; the next stays in line', async () => {
		const world = await eventWorld({ capacity: 1 });
		const [first, second, third] = await members(world.network.id, 3);
		const register = (p: typeof first) =>
			registerForOccurrence({ actor: p.actor, networkId: world.network.id, occurrenceId: world.occurrence.id });
		const placed = await register(first);
		await register(second);
		await register(third);
		await cancelRegistration({
			actor: first.actor,
			networkId: world.network.id,
			registrationId: placed.registrationId
		});
		let rows = await registrationsOf(world.occurrence.id);
		expect(rows.map((r) => r.status)).toEqual(['cancelled', 'offered', 'waitlisted']);
		const offer = rows[1];
		expect(offer.offerExpiresAt!.getTime() - offer.offeredAt!.getTime()).toBe(24 * HOUR);
		expect(await eventNotices(second.id)).toEqual(['waitlisted', 'offered']);
		// The offered place counts against capacity: a newcomer waits behind.
		const [late] = await members(world.network.id, 1);
		expect((await register(late)).status).toBe('waitlisted');

		await confirmOffer({ actor: second.actor, networkId: world.network.id, registrationId: offer.id });
		rows = await registrationsOf(world.occurrence.id);
		expect(rows.map((r) => r.status)).toEqual(['cancelled', 'registered', 'waitlisted', 'waitlisted']);
		expect(await eventNotices(second.id)).toEqual(['waitlisted', 'offered', 'registered']);
	});

	it('holds an offer as long as the instance says (EVENT_OFFER_HOURS)', async () => {
		useConfig(loadConfig({ EVENT_OFFER_HOURS: '2' }));
		try {
			const world = await eventWorld({ capacity: 1 });
			const [first, second] = await members(world.network.id, 2);
			const register = (p: typeof first) =>
				registerForOccurrence({ actor: p.actor, networkId: world.network.id, occurrenceId: world.occurrence.id });
			const placed = await register(first);
			await register(second);
			await cancelRegistration({
				actor: first.actor,
				networkId: world.network.id,
				registrationId: placed.registrationId
			});
			const offer = (await registrationsOf(world.occurrence.id))[1];
			expect(offer.offerExpiresAt!.getTime() - offer.offeredAt!.getTime()).toBe(2 * HOUR);
			// The notice tells the real deadline, not a fixed « 24 heures ».
			const [notice] = await db()
				.select({ params: notifications.params })
				.from(notifications)
				.where(and(eq(notifications.accountId, second.id), eq(notifications.kind, 'event')))
				.orderBy(desc(notifications.createdAt))
				.limit(1);
			const sentence = describeNotification('event', notice.params, 'fr');
			expect(sentence).toContain(`jusqu'au ${formatWhen(offer.offerExpiresAt!.toISOString(), 'fr')}`);
			expect(sentence).not.toContain('24 heures');
			// Taken, so that no offer of this test is left for the next tests' sweeps.
			await confirmOffer({ actor: second.actor, networkId: world.network.id, registrationId: offer.id });
		} finally {
			useConfig(undefined);
		}
	});

	it('an offer not confirmed within 24 hours goes to the next person', async () => {
		const world = await eventWorld({ capacity: 1 });
		const [first, second, third] = await members(world.network.id, 3);
		const register = (p: typeof first) =>
			registerForOccurrence({ actor: p.actor, networkId: world.network.id, occurrenceId: world.occurrence.id });
		const placed = await register(first);
		await register(second);
		await register(third);
		await cancelRegistration({
			actor: first.actor,
			networkId: world.network.id,
			registrationId: placed.registrationId
		});

		advanceClock(23 * HOUR);
		expect(await expireOffers()).toBe(0);
		advanceClock(1 * HOUR + 1000);
		expect(await expireOffers()).toBe(1);
		const rows = await registrationsOf(world.occurrence.id);
		expect(rows.map((r) => r.status)).toEqual(['cancelled', 'expired', 'offered']);
		await expect(
			confirmOffer({ actor: second.actor, networkId: world.network.id, registrationId: rows[1].id })
		).rejects.toMatchObject({ code: 'event_no_offer' });
		expect(await eventNotices(second.id)).toEqual(['waitlisted', 'offered', 'offer_expired']);
		// The offer never runs past the start (the event is two days away: the second offer ends at the start).
		expect(rows[2].offerExpiresAt!.getTime()).toBeLessThanOrEqual(world.occurrence.startsAt.getTime());
		await confirmOffer({ actor: third.actor, networkId: world.network.id, registrationId: rows[2].id });
	});

	it('someone else’s offer cannot be confirmed, nor their registration cancelled; a coordinator may cancel it', async () => {
		const world = await eventWorld();
		const placed = await registerForOccurrence({
			actor: world.member.actor,
			networkId: world.network.id,
			occurrenceId: world.occurrence.id
		});
		const [other] = await members(world.network.id, 1);
		await expect(
			cancelRegistration({ actor: other.actor, networkId: world.network.id, registrationId: placed.registrationId })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			confirmOffer({ actor: other.actor, networkId: world.network.id, registrationId: placed.registrationId })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect((await registrationsOf(world.occurrence.id))[0].status).toBe('registered');
		await cancelRegistration({
			actor: world.coordinator.actor,
			networkId: world.network.id,
			registrationId: placed.registrationId
		});
		expect((await registrationsOf(world.occurrence.id))[0].status).toBe('cancelled');
	});

	it('the reminder sweep sends one reminder per registration, the day before', async () => {
		const world = await eventWorld();
		const [other] = await members(world.network.id, 1);
		for (const p of [world.member, other]) {
			await registerForOccurrence({ actor: p.actor, networkId: world.network.id, occurrenceId: world.occurrence.id });
		}
		await sendEventReminders();
		expect(await eventNotices(world.member.id)).toEqual(['registered']);
		// Other tests of this file share the database: count this event's people only.
		advanceClock(world.occurrence.startsAt.getTime() - Date.now() - 20 * HOUR);
		expect(await sendEventReminders()).toBeGreaterThanOrEqual(2);
		expect(await sendEventReminders()).toBe(0);
		expect(await eventNotices(world.member.id)).toEqual(['registered', 'reminder']);
		expect(await eventNotices(other.id)).toEqual(['registered', 'reminder']);
	});
});
