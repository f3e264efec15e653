// The instance administrator's forms (decision 007): a new network with its first coordinator, the box that
// confirms a suspension and the typed name that confirms a deletion.
import { z } from 'zod';
import { MAX_LENGTH } from '../limits.ts';
import { email, longText, personName, text } from './fields.ts';
import { networkFields } from './networks.ts';

/** An empty optional field is « not given », so that the rule of the field applies only to what was typed. */
const blankAsMissing = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const createNetworkInput = z.object({
	...networkFields,
	joinPolicy: z.enum(['open', 'approval'], { error: 'unknown_choice' }).default('approval'),
	// The address part of the network (sign-up choice, ?reseau=…); derived from the name when left empty, and
	// made into lower-case words joined by dashes (networks/create-network.ts, slugify).
	slug: longText(MAX_LENGTH.networkSlug),
	coordinatorEmail: email,
	// Needed only when no account has this address yet (networks/create-network-with-coordinator.ts).
	coordinatorName: z.preprocess(blankAsMissing, personName.optional())
});
export type CreateNetworkInput = z.output<typeof createNetworkInput>;

export const deleteNetworkInput = z.object({
	confirmName: text(200)
});

export const suspendNetworkInput = z.object({
	confirm: z.literal('oui', { error: 'adm_net_confirm_suspend' })
});
