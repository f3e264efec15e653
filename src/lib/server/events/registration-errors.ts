// The database's refusals of a registration, as the sentences people read: a second live registration of the
// same person (unique index, or the same email address as a member and as a guest: SQLSTATE EV003), or no place
// left at commit (the capacity trigger, SQLSTATE EV001).
import { hasSqlState, isUniqueViolation } from '../db/errors.ts';
import { sqlStates } from '../db/sql-states.ts';
import { AppError } from '../errors.ts';

export async function withRegistrationErrors<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		if (isUniqueViolation(error) || hasSqlState(error, sqlStates.eventAddressAlreadyRegistered))
			throw new AppError('event_already_registered');
		if (hasSqlState(error, sqlStates.eventFull)) throw new AppError('event_full');
		throw error;
	}
}
