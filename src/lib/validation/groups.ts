// Thematic groups (decision 021). Names and descriptions refuse `<` and `>` like every name and description
// (fields.ts); the discussion thread is free text like private messages: kept as typed, always shown as text.
import { z } from 'zod';
import { MAX_LENGTH } from '../limits.ts';
import { longText, shortText } from './fields.ts';

export const GROUP_JOIN_POLICIES = ['open', 'approval'] as const;
export type GroupJoinPolicy = (typeof GROUP_JOIN_POLICIES)[number];

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const groupInput = z.object({
	name: shortText(MAX_LENGTH.groupName),
	// Optional: an empty choice means no theme.
	themeId: z
		.string()
		.default('')
		.transform((v) => v.trim())
		.refine((v) => v === '' || UUID.test(v), { error: 'unknown_choice' })
		.transform((v) => (v === '' ? null : v)),
	description: longText(MAX_LENGTH.groupDescription),
	joinPolicy: z.enum(GROUP_JOIN_POLICIES, { error: 'unknown_choice' })
});
export type GroupInput = z.output<typeof groupInput>;

export const groupMessageBody = z
	.string({ error: 'grp_body_required' })
	.transform((value) => value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim())
	.pipe(z.string().min(1, { error: 'grp_body_required' }).max(MAX_LENGTH.groupMessage, { error: 'grp_body_too_long' }));

export const groupMessageInput = z.object({ body: groupMessageBody });
/** The announcement form has its own field name, so that its errors show next to it and not in the thread's. */
export const groupAnnouncementInput = z.object({ announcement: groupMessageBody });

export const groupMemberInput = z.object({ accountId: z.uuid({ error: 'unknown_choice' }) });

export const groupRoleInput = z.object({
	accountId: z.uuid({ error: 'unknown_choice' }),
	role: z.enum(['member', 'coordinator'], { error: 'unknown_choice' })
});

/** A checkbox: present (« on ») when ticked, absent otherwise. */
export const hiddenInput = z.object({
	hidden: z
		.string()
		.default('')
		.transform((v) => v !== '')
});

/** The group picture's text alternative (« Description de l'image »): optional, one line; empty = decorative. */
export const groupPictureInput = z.object({
	alt: longText(MAX_LENGTH.groupPictureAlt).transform((v) => v.replace(/\s+/g, ' '))
});
