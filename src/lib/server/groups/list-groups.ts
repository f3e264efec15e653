import { asc, eq, sql } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { qualified } from '../db/qualified.ts';
import { groupPictures, groups, themes } from '../db/schema/index.ts';

/**
 * The network's groups by name, with their theme, how many members they have, and the reader's place in each
 * ('active', 'pending' or null). Members of the network only.
 */
export async function listGroups(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	return db()
		.select({
			id: groups.id,
			name: groups.name,
			description: groups.description,
			joinPolicy: groups.joinPolicy,
			themeName: themes.name,
			// The group's picture, if any: its text alternative and date (the date versions the image's address).
			pictureAlt: groupPictures.alt,
			pictureUpdatedAt: groupPictures.updatedAt,
			memberCount: sql<number>`(select count(*)::int from group_members gm
				where gm.group_id = ${qualified(groups.id)} and gm.status = 'active')`,
			myStatus: sql<'active' | 'pending' | null>`(select gm.status from group_members gm
				where gm.group_id = ${qualified(groups.id)} and gm.account_id = ${actor.accountId})`
		})
		.from(groups)
		.leftJoin(themes, eq(themes.id, groups.themeId))
		.leftJoin(groupPictures, eq(groupPictures.groupId, groups.id))
		.where(eq(groups.networkId, options.networkId))
		.orderBy(asc(groups.nameKey));
}

/** The groups page: the list, and whether the reader may create a group (coordinators, decision 021). */
export async function groupsPage(options: { actor: Actor | null; networkId: string }) {
	const groups = await listGroups(options);
	return { groups, canCreate: isCoordinator(options.actor, options.networkId) };
}
