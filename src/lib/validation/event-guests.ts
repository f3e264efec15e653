// The form of a visitor registering without an account for a « with the link » event (decision 024).
import { z } from 'zod';
import { email, personName } from './fields.ts';

export const guestRequestInput = z.object({
	occurrenceId: z.uuid({ error: 'unknown_choice' }),
	name: personName,
	email
});
