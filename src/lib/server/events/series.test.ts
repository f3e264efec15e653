import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client.ts';
import { eventOccurrences, eventRegistrations, notifications } from '../db/schema/index.ts';
import { fromLocalInput, toLocalInput } from '../../paris-time.ts';
import { cancelEvent } from './cancel-event.ts';
import { cancelOccurrence } from './cancel-occurrence.ts';
import { moveOccurrence } from './move-occurrence.ts';
import { registerForOccurrence } from './register-for-occurrence.ts';
import { eventWorld } from '../../../../tests/event-world.ts';

// Every Tuesday 14:00–16:00 (Paris) from mid-March to early April of next year: across the change to summer time.
const year = new Date().getUTCFullYear() + 1;
const tuesdayInMarch = (() => {
	const d = new Date(Date.UTC(year, 2, 10));
	while (d.getUTCDay() !== 2) d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
})();
const seriesInput = {
	startsAt: fromLocalInput(`${tuesdayInMarch}T14:00`)!,
	endsAt: fromLocalInput(`${tuesdayInMarch}T16:00`)!,
	repeatUntil: `${year}-04-12`
};

async function occurrencesOf(eventId: string) {
	return db()
		.select()
		.from(eventOccurrences)
		.where(eq(eventOccurrences.eventId, eventId))
		.orderBy(asc(eventOccurrences.originalStartsAt));
}

async function liveStatuses(occurrenceId: string) {
	const rows = await db()
		.select({ status: eventRegistrations.status })
		.from(eventRegistrations)
		.where(eq(eventRegistrations.occurrenceId, occurrenceId));
	return rows.map((r) => r.status);
}

describe('recurring events', () => {
	it('a weekly series is one occurrence a week, at 14:00 Paris time before and after summer time', async () => {
		const world = await eventWorld(seriesInput);
		expect(world.occurrences.length).toBeGreaterThanOrEqual(4);
		for (const o of world.occurrences) {
			expect(toLocalInput(o.startsAt).slice(11)).toBe('14:00');
			expect(toLocalInput(o.endsAt).slice(11)).toBe('16:00');
			expect(new Date(o.startsAt).getUTCDay()).toBe(2);
			expect(o.originalStartsAt).toEqual(o.startsAt);
		}
		const offsets = new Set(world.occurrences.map((o) => o.startsAt.getUTCHours()));
		expect(offsets).toEqual(new Set([12, 13])); // 14:00 Paris is 13:00 UTC in winter, 12:00 UTC in summer
	});

	it('cancelling one occurrence leaves the others and their registrations', async () => {
		const world = await eventWorld(seriesInput);
		const [first, second] = world.occurrences;
		for (const o of [first, second]) {
			await registerForOccurrence({ actor: world.member.actor, networkId: world.network.id, occurrenceId: o.id });
		}
		await cancelOccurrence({ actor: world.coordinator.actor, networkId: world.network.id, occurrenceId: first.id });
		const after = await occurrencesOf(world.event.id);
		expect(after[0].cancelledAt).toBeInstanceOf(Date);
		expect(after.slice(1).every((o) => o.cancelledAt === null)).toBe(true);
		expect(await liveStatuses(first.id)).toEqual(['cancelled']);
		expect(await liveStatuses(second.id)).toEqual(['registered']);
		// A cancelled occurrence takes no registration.
		await expect(
			registerForOccurrence({ actor: world.coordinator.actor, networkId: world.network.id, occurrenceId: first.id })
		).rejects.toMatchObject({ code: 'event_cancelled' });
		const told = await db()
			.select({ params: notifications.params })
			.from(notifications)
			.where(and(eq(notifications.accountId, world.member.id), eq(notifications.kind, 'event')));
		expect(told.map((n) => n.params.what).sort()).toEqual(['cancelled', 'registered', 'registered']);
	});

	it('moving one occurrence keeps its original start (RECURRENCE-ID) and its registrations, and tells them', async () => {
		const world = await eventWorld(seriesInput);
		const second = world.occurrences[1];
		await registerForOccurrence({ actor: world.member.actor, networkId: world.network.id, occurrenceId: second.id });
		const day = toLocalInput(second.startsAt).slice(0, 10);
		const wednesday = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + 1))
			.toISOString()
			.slice(0, 10);
		const moved = await moveOccurrence({
			actor: world.coordinator.actor,
			networkId: world.network.id,
			occurrenceId: second.id,
			startsAt: fromLocalInput(`${wednesday}T10:00`)!,
			endsAt: fromLocalInput(`${wednesday}T12:00`)!
		});
		expect(moved.originalStartsAt).toEqual(second.originalStartsAt);
		expect(toLocalInput(moved.startsAt)).toBe(`${wednesday}T10:00`);
		const after = await occurrencesOf(world.event.id);
		expect(after[0].startsAt).toEqual(world.occurrences[0].startsAt);
		expect(after[2].startsAt).toEqual(world.occurrences[2].startsAt);
		expect(await liveStatuses(second.id)).toEqual(['registered']);
		const told = await db()
			.select({ params: notifications.params })
			.from(notifications)
			.where(and(eq(notifications.accountId, world.member.id), eq(notifications.kind, 'event')));
		expect(told.map((n) => n.params.what).sort()).toEqual(['changed', 'registered']);
	});

	it('cancelling the whole event cancels every occurrence to come; members cannot', async () => {
		const world = await eventWorld(seriesInput);
		await expect(
			cancelEvent({ actor: world.member.actor, networkId: world.network.id, eventId: world.event.id })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect((await occurrencesOf(world.event.id)).every((o) => o.cancelledAt === null)).toBe(true);
		await cancelEvent({ actor: world.coordinator.actor, networkId: world.network.id, eventId: world.event.id });
		expect((await occurrencesOf(world.event.id)).every((o) => o.cancelledAt !== null)).toBe(true);
	});
});
