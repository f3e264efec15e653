// « Confirmer mon inscription » on a guest's page: the click that proves the address takes a place, or a spot at
// the end of the waiting list, exactly like a member's registration (the same lock, the same count). A second
// live registration is refused by the database (withRegistrationErrors: « déjà inscrit·e »).
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { lockOccurrence, requireOpen } from '../event-access.ts';
import { placeOrWait, type RegistrationResult } from '../places.ts';
import { withRegistrationErrors } from '../registration-errors.ts';
import { guestByToken } from './guest-place.ts';

export async function registerGuest(options: { token: string }): Promise<RegistrationResult> {
	return withRegistrationErrors(() =>
		db().transaction(async (tx) => {
			const guest = await guestByToken(tx, options.token);
			const { occurrence, event } = await lockOccurrence(tx, guest.networkId, guest.occurrenceId);
			// The event may have stopped taking guests since the link was sent.
			if (event.audience !== 'link') throw new AppError('not_found');
			requireOpen(occurrence, event, now());
			return placeOrWait(tx, { event, occurrence, person: { accountId: null, guestId: guest.id } });
		})
	);
}
