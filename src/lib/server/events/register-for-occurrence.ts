// « S'inscrire »: a place if one is free and nobody is waiting, otherwise the end of the waiting list. The
// occurrence row is locked first, so 50 people at once for the last place queue on that lock: the first gets
// it, the others wait in line in the order they got the lock (decision 022). A second live registration of the
// same person is refused by the database (withRegistrationErrors: « déjà inscrit·e »).
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { lockOccurrence, requireMayRegister, requireOpen } from './event-access.ts';
import { placeOrWait, type RegistrationResult } from './places.ts';
import { withRegistrationErrors } from './registration-errors.ts';

export async function registerForOccurrence(options: {
	actor: Actor | null;
	networkId: string;
	occurrenceId: string;
	/** The secret of a « with the link » event, from the URL. */
	token?: string;
}): Promise<RegistrationResult> {
	const actor = requireMember(options.actor, options.networkId);
	return withRegistrationErrors(() =>
		db().transaction(async (tx) => {
			const { occurrence, event } = await lockOccurrence(tx, options.networkId, options.occurrenceId);
			await requireMayRegister(tx, actor, event, options.token);
			requireOpen(occurrence, event, now());
			return placeOrWait(tx, { event, occurrence, person: { accountId: actor.accountId, guestId: null } });
		})
	);
}
