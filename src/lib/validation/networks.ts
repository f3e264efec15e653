import { z } from 'zod';
import { MAX_LENGTH } from '../limits.ts';
import { email, longText, password, personName, shortText, text } from './fields.ts';

export const networkFields = {
	name: shortText(MAX_LENGTH.networkName),
	town: shortText(MAX_LENGTH.networkTown),
	description: longText(MAX_LENGTH.networkDescription)
};

export const networkSettingsInput = z.object({
	...networkFields,
	joinPolicy: z.enum(['open', 'approval'], { error: 'unknown_choice' })
});

export const firstCoordinatorInput = z.object({ coordinatorName: personName, email, password });

export const setupInput = z.object({ ...networkFields }).extend(firstCoordinatorInput.shape);

/** A network chosen on the account page: its slug (to join) or its id (to switch to it). */
export const networkChoiceInput = z.object({ network: text(100) });

/** A coordinator's answer to a membership request; `name` is only echoed in the confirmation sentence. */
export const membershipDecisionInput = z.object({
	account: z.uuid({ error: 'unknown_choice' }),
	name: text(200, { optional: true }).default(''),
	decision: z.enum(['accept', 'refuse'], { error: 'unknown_choice' })
});
