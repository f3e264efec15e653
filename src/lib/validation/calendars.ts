// The private feed page's forms (decision 023): which feed to create, renew or close.
import { z } from 'zod';
import { whenValid } from './fields.ts';
import type { FeedTarget } from '../server/calendars/feed-scope.ts';

/** `scope` (network, member, group) and, for a group feed, `groupId`. */
export const feedTargetInput = z
	.object({
		scope: z.enum(['network', 'member', 'group'], { error: 'unknown_choice' }),
		groupId: z.string().trim().default('')
	})
	.superRefine(
		(value, ctx) => {
			if (value.scope === 'group' && !z.uuid().safeParse(value.groupId).success) {
				ctx.addIssue({ code: 'custom', path: ['groupId'], message: 'unknown_choice' });
			}
		},
		whenValid('scope', 'groupId')
	)
	.transform((value): FeedTarget =>
		value.scope === 'group' ? { scope: 'group', groupId: value.groupId } : { scope: value.scope }
	);
