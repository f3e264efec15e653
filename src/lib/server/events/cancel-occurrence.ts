// A coordinator cancels one occurrence (one Tuesday of the series); the others keep their registrations.
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { lockOccurrence, requireOpen } from './event-access.ts';
import { cancelLockedOccurrence } from './occurrence-changes.ts';

export async function cancelOccurrence(options: { actor: Actor | null; networkId: string; occurrenceId: string }) {
	requireCoordinator(options.actor, options.networkId);
	return db().transaction(async (tx) => {
		const { occurrence, event } = await lockOccurrence(tx, options.networkId, options.occurrenceId);
		requireOpen(occurrence, event, now());
		await cancelLockedOccurrence(tx, event, occurrence);
		return { eventId: event.id };
	});
}
