import { and, eq, ne } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { groupMembers, groupMessages } from '../db/schema/index.ts';
import { notify } from '../notifications/notify.ts';
import { requireGroupCoordinator } from './group-access.ts';

/**
 * A group coordinator posts an announcement: it goes in the thread (marked as an announcement) and each member
 * of the group except the author is told through the notification centre (kind 'group'), by email at once, in
 * the daily digest or in the app only, as they chose. Pending requests are not members yet and are not told.
 * Returns the saved message and how many people were notified.
 */
export async function postAnnouncement(options: {
	actor: Actor | null;
	networkId: string;
	groupId: string;
	body: string;
}) {
	return db().transaction(async (tx) => {
		const { actor, group } = await requireGroupCoordinator(options, tx);
		const [message] = await tx
			.insert(groupMessages)
			.values({
				groupId: group.id,
				networkId: group.networkId,
				authorAccountId: actor.accountId,
				kind: 'announcement',
				body: options.body,
				createdAt: now()
			})
			.returning();
		const members = await tx
			.select({ accountId: groupMembers.accountId })
			.from(groupMembers)
			.where(
				and(
					eq(groupMembers.groupId, group.id),
					eq(groupMembers.status, 'active'),
					ne(groupMembers.accountId, actor.accountId)
				)
			);
		let notified = 0;
		for (const member of members) {
			const told = await notify(tx, {
				networkId: group.networkId,
				accountId: member.accountId,
				kind: 'group',
				params: { group: group.name },
				link: `/groupes/${group.id}#message-${message.id}`
			});
			if (told) notified++;
		}
		return { message, notified };
	});
}
