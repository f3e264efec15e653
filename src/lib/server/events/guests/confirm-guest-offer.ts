// « Confirmer ma place » on a guest's page: a guest offered a freed place takes it before the deadline.
import { db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { lockOccurrence } from '../event-access.ts';
import { confirmLockedOffer } from '../registration-steps.ts';
import { guestByToken, lastRegistrationOf } from './guest-place.ts';

export async function confirmGuestOffer(options: { token: string }) {
	await db().transaction(async (tx) => {
		const guest = await guestByToken(tx, options.token);
		const { occurrence, event } = await lockOccurrence(tx, guest.networkId, guest.occurrenceId);
		const registration = await lastRegistrationOf(tx, guest.id);
		if (!registration) throw new AppError('event_no_offer');
		await confirmLockedOffer(tx, event, occurrence, registration);
	});
}
