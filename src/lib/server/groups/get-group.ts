import { and, asc, eq, or } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, groupMembers, themes } from '../db/schema/index.ts';
import { listPosts } from '../posts/list-posts.ts';
import { coordinatesGroup, groupMemberOf, requireGroup } from './group-access.ts';
import { groupPictureInfo } from './group-picture.ts';

/** How many of the theme's live posts the group page shows before linking to the theme's list. */
export const GROUP_PAGE_POSTS = 5;

/**
 * What the group page shows a member of the network: the group, the reader's place in it and what they may do,
 * the members (those who hid themselves only to group coordinators, who also get the pending requests), and
 * the network's live posts under the group's theme (the first few, with how many there are).
 */
export async function getGroup(options: { actor: Actor | null; networkId: string; groupId: string }) {
	const { actor, group } = await requireGroup(options);
	const mine = await groupMemberOf(group.id, actor.accountId);
	const canManage = coordinatesGroup(actor, options.networkId, mine);
	const isMember = mine?.status === 'active';

	const [theme] = group.themeId
		? await db().select({ id: themes.id, name: themes.name }).from(themes).where(eq(themes.id, group.themeId))
		: [];
	const people = await db()
		.select({
			accountId: groupMembers.accountId,
			name: accounts.name,
			role: groupMembers.role,
			status: groupMembers.status,
			hidden: groupMembers.hidden,
			requestedAt: groupMembers.requestedAt
		})
		.from(groupMembers)
		.innerJoin(accounts, eq(accounts.id, groupMembers.accountId))
		.where(
			and(
				eq(groupMembers.groupId, group.id),
				canManage
					? undefined
					: and(
							eq(groupMembers.status, 'active'),
							or(eq(groupMembers.hidden, false), eq(groupMembers.accountId, actor.accountId))
						)
			)
		)
		.orderBy(asc(groupMembers.role), asc(accounts.name));
	const members = people.filter((p) => p.status === 'active');
	const requests = canManage ? people.filter((p) => p.status === 'pending') : [];

	const posts = theme
		? await listPosts({ actor, networkId: options.networkId, themeId: theme.id })
		: { items: [], total: 0 };
	return {
		group,
		theme: theme ?? null,
		picture: await groupPictureInfo(options.networkId, group.id),
		myStatus: (mine?.status ?? null) as 'active' | 'pending' | null,
		myRole: isMember ? (mine!.role as 'member' | 'coordinator') : null,
		myHidden: mine?.hidden ?? false,
		canManage,
		canTalk: isMember || canManage,
		members: members.map((p) => ({ accountId: p.accountId, name: p.name, role: p.role, hidden: p.hidden })),
		requests: requests.map((p) => ({ accountId: p.accountId, name: p.name, requestedAt: p.requestedAt })),
		posts: { items: posts.items.slice(0, GROUP_PAGE_POSTS), total: posts.total }
	};
}
