// Invitation links (decision 039): the coordinator's form (label, poster text, optional last day, optional use
// limit) and the sign-up form of the link's page. Error messages are codes translated at the edge.
import { z } from 'zod';
import { MAX_LENGTH, RANGE } from '../limits.ts';
import { fromLocalInput } from '../paris-time.ts';
import { email, longText, password, personName, shortText, typedDay } from './fields.ts';

/** The link's last day, a Paris calendar day, or null (no expiry). Whether it is past is the domain's check. */
const lastDay = z
	.string()
	.trim()
	.max(40, { error: 'invitation_date' })
	.default('')
	.transform(typedDay)
	.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && fromLocalInput(`${v}T12:00`) !== undefined), {
		error: 'invitation_date'
	})
	.transform((v) => (v === '' ? null : v));

/** How many people may join through the link, or null (no limit). */
const maxUses = z
	.unknown()
	// A form without the field (a script, an old page) is an empty one: no limit.
	.optional()
	.transform((value) => (typeof value === 'string' ? value.trim() : ''))
	.refine(
		(v) => v === '' || (/^\d{1,9}$/.test(v) && +v >= RANGE.invitationUses.min && +v <= RANGE.invitationUses.max),
		{ error: 'invitation_uses', params: { ...RANGE.invitationUses } }
	)
	.transform((v) => (v === '' ? null : Number(v)));

export const invitationLinkInput = z.object({
	label: shortText(MAX_LENGTH.invitationLabel),
	posterText: longText(MAX_LENGTH.posterText),
	lastDay,
	maxUses
});
export type InvitationLinkInput = z.output<typeof invitationLinkInput>;

/** Someone without an account joins through the link: as the sign-up form, the network given by the link. */
export const invitationSignUpInput = z.object({ name: personName, email, password });

/** The « Rejoindre » button of a logged-in person: nothing to type. */
export const emptyInput = z.object({});

/** `?theme=` of the printable offer board: an id checked by the domain ('' when missing). */
export const offerBoardQuery = z.object({
	theme: z
		.union([z.literal(''), z.uuid()])
		.catch('')
		.default('')
});
