// « Annuler mon inscription » on a guest's page: the place or the spot in line is given up, and a freed place
// is offered at once to the first person waiting (the same step as a member's cancellation).
import { db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { lockOccurrence } from '../event-access.ts';
import { cancelLockedRegistration } from '../registration-steps.ts';
import { guestByToken, lastRegistrationOf } from './guest-place.ts';

export async function cancelGuestRegistration(options: { token: string }) {
	await db().transaction(async (tx) => {
		const guest = await guestByToken(tx, options.token);
		const { occurrence, event } = await lockOccurrence(tx, guest.networkId, guest.occurrenceId);
		const registration = await lastRegistrationOf(tx, guest.id);
		if (!registration) throw new AppError('transition_refused');
		await cancelLockedRegistration(tx, event, occurrence, registration);
	});
}
