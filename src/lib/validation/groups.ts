// Thematic groups (decision 021). Names and descriptions refuse `<` and `>` like every name and description
// (fields.ts); the discussion thread is free text like private messages: kept as typed, always shown as text.
import { z } from 'zod';
import { longText, shortText } from './fields.ts';

export const GROUP_NAME_MAX_LENGTH = 80;
export const GROUP_DESCRIPTION_MAX_LENGTH = 2000;
/** The longest message or announcement in a group's thread; the database checks the same limit. */
export const GROUP_MESSAGE_MAX_LENGTH = 4000;
/** The longest text alternative of a group picture; the database checks the same limit. */
export const GROUP_PICTURE_ALT_MAX_LENGTH = 250;
export const GROUP_JOIN_POLICIES = ['open', 'approval'] as const;
export type GroupJoinPolicy = (typeof GROUP_JOIN_POLICIES)[number];

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const groupInput = z.object({
	name: shortText(GROUP_NAME_MAX_LENGTH),
	// Optional: an empty choice means no theme.
	themeId: z
		.string()
		.default('')
		.transform((v) => v.trim())
		.refine((v) => v === '' || UUID.test(v), { error: 'unknown_choice' })
		.transform((v) => (v === '' ? null : v)),
	description: longText(GROUP_DESCRIPTION_MAX_LENGTH),
	joinPolicy: z.enum(GROUP_JOIN_POLICIES, { error: 'unknown_choice' })
});
export type GroupInput = z.output<typeof groupInput>;

export const groupMessageBody = z
	.string({ error: 'grp_body_required' })
	.transform((value) => value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim())
	.pipe(
		z.string().min(1, { error: 'grp_body_required' }).max(GROUP_MESSAGE_MAX_LENGTH, { error: 'grp_body_too_long' })
	);

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
	alt: longText(GROUP_PICTURE_ALT_MAX_LENGTH).transform((v) => v.replace(/\s+/g, ' '))
});
