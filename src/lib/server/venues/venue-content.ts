// What the venue form fills in, the same on creation and edit.
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import { findPartner } from '../partners/find-partner.ts';
import type { VenueInput } from '../../validation/venues.ts';

// The partner link is optional for callers other than the form (the demo, tests): absent means none.
export type VenueContent = Omit<VenueInput, 'partnerId'> & { partnerId?: string | null };

/** The columns of the form's fields (the form's `doorEntry` is the column `door_code`). */
export function venueColumns(content: VenueContent) {
	return {
		name: content.name,
		address: content.address,
		accessNotes: content.accessNotes,
		doorCode: content.doorEntry,
		capacity: content.capacity,
		partnerName: content.partnerName,
		partnerId: content.partnerId ?? null,
		isOwnSpace: content.isOwnSpace
	};
}

/** A linked partner must be one of the network's (the composite foreign key says it again). */
export async function checkVenuePartner(networkId: string, content: VenueContent) {
	if (content.partnerId && !(await findPartner({ networkId, partnerId: content.partnerId }))) {
		throw new AppError('partner_unknown', 'partnerId');
	}
}

/** Two venues in use never share a name (up to case and accents): say so next to the name. */
export function venueNameTaken(error: unknown): never {
	if (isUniqueViolation(error)) throw new AppError('venue_name_taken', 'name');
	throw error;
}
