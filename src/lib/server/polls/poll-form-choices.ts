// What the « new poll » form offers: the groups the member is active in (every group for a coordinator) and the
// network's venues in use.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { groupMembers, groups, venues } from '../db/schema/index.ts';

export async function pollFormChoices(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const q = db();
	const mine = isCoordinator(actor, options.networkId)
		? eq(groups.networkId, options.networkId)
		: and(
				eq(groups.networkId, options.networkId),
				eq(groupMembers.accountId, actor.accountId),
				eq(groupMembers.status, 'active')
			);
	const [groupRows, venueRows] = await Promise.all([
		q
			.selectDistinct({ id: groups.id, name: groups.name, key: groups.nameKey })
			.from(groups)
			.leftJoin(groupMembers, eq(groupMembers.groupId, groups.id))
			.where(mine)
			.orderBy(asc(groups.nameKey)),
		q
			.select({ id: venues.id, name: venues.name })
			.from(venues)
			.where(and(eq(venues.networkId, options.networkId), isNull(venues.archivedAt)))
			.orderBy(asc(venues.nameKey))
	]);
	return { groups: groupRows.map(({ id, name }) => ({ id, name })), venues: venueRows };
}
