// Venues (decision 021). Every text refuses `<` and `>` like other names and descriptions (fields.ts).
import { z } from 'zod';
import { MAX_LENGTH, RANGE } from '../limits.ts';
import { longText, shortText } from './fields.ts';

export const venueInput = z.object({
	name: shortText(MAX_LENGTH.venueName),
	address: shortText(MAX_LENGTH.venueAddress),
	accessNotes: longText(MAX_LENGTH.venueAccessNotes),
	// The form field is `doorEntry`: the form helper never echoes fields whose name says « code ».
	doorEntry: longText(MAX_LENGTH.venueDoorCode),
	// Empty: nobody said. Otherwise a whole number of people, at least 1.
	capacity: z
		.string()
		.default('')
		.transform((v) => v.trim())
		.refine(
			(v) => v === '' || (/^\d{1,6}$/.test(v) && +v >= RANGE.venueCapacity.min && +v <= RANGE.venueCapacity.max),
			{ error: 'venue_capacity', params: { ...RANGE.venueCapacity } }
		)
		.transform((v) => (v === '' ? null : Number(v))),
	partnerName: longText(MAX_LENGTH.venuePartnerName),
	// A partner of the directory (decision 035), or none: the list's first choice posts ''.
	partnerId: z
		.string()
		.trim()
		.default('')
		.pipe(z.union([z.literal(''), z.uuid({ error: 'unknown_choice' })]))
		.transform((v) => (v === '' ? null : v)),
	isOwnSpace: z
		.string()
		.default('')
		.transform((v) => v !== '')
});
export type VenueInput = z.output<typeof venueInput>;

/** A venue picked in the coordinators' list (archive, restore). */
export const venueIdInput = z.object({ venueId: z.uuid({ error: 'unknown_choice' }) });
