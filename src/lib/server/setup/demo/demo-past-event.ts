// The one step of the demo's life the app has no function for: an event that already happened. It is created two
// days ahead like any event, people register, then its dates (and its occurrences' and registrations') move back,
// as if it had been created earlier. No rule reads these dates other than to compare them with now.
import { asc, eq, sql } from 'drizzle-orm';
import { db } from '../../db/client.ts';
import { eventOccurrences, eventRegistrations, events } from '../../db/schema/index.ts';

/** The event's occurrences, first first. */
export async function firstOccurrences(eventId: string) {
	return db()
		.select({ id: eventOccurrences.id })
		.from(eventOccurrences)
		.where(eq(eventOccurrences.eventId, eventId))
		.orderBy(asc(eventOccurrences.startsAt));
}

/** Moves the event and everything dated about it `ms` milliseconds back. */
export async function moveEventToPast(eventId: string, ms: number) {
	const back = sql.raw(`interval '${Math.round(ms / 1000)} seconds'`);
	const occurrences = (await firstOccurrences(eventId)).map((o) => o.id);
	await db().transaction(async (tx) => {
		await tx
			.update(events)
			.set({
				startsAt: sql`${events.startsAt} - ${back}`,
				endsAt: sql`${events.endsAt} - ${back}`,
				createdAt: sql`${events.createdAt} - ${back}`,
				updatedAt: sql`${events.updatedAt} - ${back}`
			})
			.where(eq(events.id, eventId));
		for (const id of occurrences) {
			await tx
				.update(eventOccurrences)
				.set({
					originalStartsAt: sql`${eventOccurrences.originalStartsAt} - ${back}`,
					startsAt: sql`${eventOccurrences.startsAt} - ${back}`,
					endsAt: sql`${eventOccurrences.endsAt} - ${back}`
				})
				.where(eq(eventOccurrences.id, id));
			await tx
				.update(eventRegistrations)
				.set({
					createdAt: sql`${eventRegistrations.createdAt} - ${back}`,
					confirmedAt: sql`${eventRegistrations.confirmedAt} - ${back}`,
					// Its day-before reminder went out at the time.
					remindedAt: sql`coalesce(${eventRegistrations.remindedAt}, ${eventRegistrations.createdAt}) - ${back}`
				})
				.where(eq(eventRegistrations.occurrenceId, id));
		}
	});
}
