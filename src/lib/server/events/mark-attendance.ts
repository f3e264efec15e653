// « Enregistrer les présences »: after the occurrence has started, a facilitator or a coordinator marks each
// registered person present or absent (those not ticked are absent). It can be corrected later; it feeds the
// reports (events-report.ts). Exchanges are not created from it (decision 022).
import { and, eq, inArray, not, sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { eventOccurrences, eventRegistrations } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { lockOccurrence, requireEventLead } from './event-access.ts';

// A registration's person: the member's account, or the guest (decision 024).
const personId = sql<string>`coalesce(${eventRegistrations.accountId}, ${eventRegistrations.guestId})`;

export async function markAttendance(options: {
	actor: Actor | null;
	networkId: string;
	occurrenceId: string;
	/** People present (a member's account id, a guest's id); every other registered person is marked absent. */
	presentIds: string[];
}) {
	const actor = requireMember(options.actor, options.networkId);
	return db().transaction(async (tx) => {
		const { occurrence, event } = await lockOccurrence(tx, options.networkId, options.occurrenceId);
		await requireEventLead(tx, actor, event);
		if (occurrence.cancelledAt !== null) throw new AppError('event_cancelled');
		const at = now();
		if (occurrence.startsAt.getTime() > at.getTime()) throw new AppError('event_not_started');
		const registered = await tx
			.select({ personId: personId })
			.from(eventRegistrations)
			.where(and(eq(eventRegistrations.occurrenceId, occurrence.id), eq(eventRegistrations.status, 'registered')));
		const known = new Set(registered.map((r) => r.personId));
		const present = [...new Set(options.presentIds)];
		if (!present.every((id) => known.has(id))) throw new AppError('not_found', 'presentIds');
		const marked = { attendanceMarkedAt: at, attendanceMarkedByAccountId: actor.accountId };
		const registeredHere = and(
			eq(eventRegistrations.occurrenceId, occurrence.id),
			eq(eventRegistrations.status, 'registered')
		);
		if (present.length > 0) {
			await tx
				.update(eventRegistrations)
				.set({ attendance: 'present', ...marked })
				.where(and(registeredHere, inArray(personId, present)));
		}
		await tx
			.update(eventRegistrations)
			.set({ attendance: 'absent', ...marked })
			.where(present.length > 0 ? and(registeredHere, not(inArray(personId, present))) : registeredHere);
		await tx.update(eventOccurrences).set({ attendanceMarkedAt: at }).where(eq(eventOccurrences.id, occurrence.id));
		return { present: present.length, absent: known.size - present.length };
	});
}
