// What the venue form fills in, the same on creation and edit.
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import type { VenueInput } from '../../validation/venues.ts';

export type VenueContent = VenueInput;

/** The columns of the form's fields (the form's `doorEntry` is the column `door_code`). */
export function venueColumns(content: VenueContent) {
	return {
		name: content.name,
		address: content.address,
		accessNotes: content.accessNotes,
		doorCode: content.doorEntry,
		capacity: content.capacity,
		partnerName: content.partnerName,
		isOwnSpace: content.isOwnSpace
	};
}

/** Two venues in use never share a name (up to case and accents): say so next to the name. */
export function venueNameTaken(error: unknown): never {
	if (isUniqueViolation(error)) throw new AppError('venue_name_taken', 'name');
	throw error;
}
