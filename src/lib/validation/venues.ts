// Venues (decision 021). Every text refuses `<` and `>` like other names and descriptions (fields.ts).
import { z } from 'zod';
import { longText, shortText } from './fields.ts';

export const VENUE_NAME_MAX_LENGTH = 100;
export const VENUE_ADDRESS_MAX_LENGTH = 300;
export const VENUE_ACCESS_NOTES_MAX_LENGTH = 1000;
export const VENUE_DOOR_CODE_MAX_LENGTH = 60;
export const VENUE_PARTNER_MAX_LENGTH = 120;
export const VENUE_MAX_CAPACITY = 100_000;

export const venueInput = z.object({
	name: shortText(VENUE_NAME_MAX_LENGTH),
	address: shortText(VENUE_ADDRESS_MAX_LENGTH),
	accessNotes: longText(VENUE_ACCESS_NOTES_MAX_LENGTH),
	// The form field is `doorEntry`: the form helper never echoes fields whose name says « code ».
	doorEntry: longText(VENUE_DOOR_CODE_MAX_LENGTH),
	// Empty: nobody said. Otherwise a whole number of people, at least 1.
	capacity: z
		.string()
		.default('')
		.transform((v) => v.trim())
		.refine((v) => v === '' || (/^\d{1,6}$/.test(v) && +v >= 1 && +v <= VENUE_MAX_CAPACITY), {
			error: 'venue_capacity'
		})
		.transform((v) => (v === '' ? null : Number(v))),
	partnerName: longText(VENUE_PARTNER_MAX_LENGTH),
	isOwnSpace: z
		.string()
		.default('')
		.transform((v) => v !== '')
});
export type VenueInput = z.output<typeof venueInput>;

/** A venue picked in the coordinators' list (archive, restore). */
export const venueIdInput = z.object({ venueId: z.uuid({ error: 'unknown_choice' }) });
