// « Confirmer ma place »: the person offered a freed place takes it before the offer's deadline.
import { eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { eventRegistrations } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { lockOccurrence } from './event-access.ts';
import { confirmLockedOffer, lockedRegistration } from './registration-steps.ts';

export async function confirmOffer(options: { actor: Actor | null; networkId: string; registrationId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.registrationId)) throw new AppError('not_found');
	return db().transaction(async (tx) => {
		const [found] = await tx.select().from(eventRegistrations).where(eq(eventRegistrations.id, options.registrationId));
		if (!found || found.networkId !== options.networkId) throw new AppError('not_found');
		if (found.accountId !== actor.accountId) throw new AppError('forbidden');
		const { occurrence, event } = await lockOccurrence(tx, options.networkId, found.occurrenceId);
		await confirmLockedOffer(tx, event, occurrence, await lockedRegistration(tx, found.id));
		return { occurrenceId: occurrence.id, eventId: event.id };
	});
}
