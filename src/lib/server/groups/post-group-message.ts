import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { groupMessages } from '../db/schema/index.ts';
import { requireGroupMember } from './group-access.ts';

/**
 * A member of the group writes in its discussion thread: plain text, kept as typed and always shown as text
 * (never HTML). Members of the network who are not in the group are refused (group_members_only). Returns the
 * saved message.
 */
export async function postGroupMessage(options: {
	actor: Actor | null;
	networkId: string;
	groupId: string;
	body: string;
}) {
	const { actor, group } = await requireGroupMember(options);
	const [message] = await db()
		.insert(groupMessages)
		.values({
			groupId: group.id,
			networkId: group.networkId,
			authorAccountId: actor.accountId,
			kind: 'message',
			body: options.body,
			createdAt: now()
		})
		.returning();
	return message;
}
