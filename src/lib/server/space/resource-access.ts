// How the space's use cases look a resource up and decide who may book it (decision 029).
import { and, eq } from 'drizzle-orm';
import { isCoordinator, type Actor } from '../auth/policies.ts';
import type { Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { groupMembers, spaceResources, venues } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { BOOKABLE_KINDS } from '../../space-options.ts';

export type Resource = typeof spaceResources.$inferSelect;

/** The resource of this network with this id (archived ones too), with its venue's name; undefined otherwise. */
export async function findResource(q: Queryable, networkId: string, resourceId: string) {
	if (!isUuid(resourceId) || !isUuid(networkId)) return undefined;
	const [row] = await q
		.select({ resource: spaceResources, venueName: venues.name })
		.from(spaceResources)
		.innerJoin(venues, eq(venues.id, spaceResources.venueId))
		.where(and(eq(spaceResources.networkId, networkId), eq(spaceResources.id, resourceId)));
	return row ? { ...row.resource, venueName: row.venueName } : undefined;
}

/**
 * A room or station of this network that takes bookings: another network's, an archived one or an item (lent,
 * not booked) is « unknown » with one sentence next to the field, and nothing is written.
 */
export async function requireBookableResource(q: Queryable, networkId: string, resourceId: string) {
	const resource = await findResource(q, networkId, resourceId);
	if (!resource || resource.archivedAt || !(BOOKABLE_KINDS as readonly string[]).includes(resource.kind)) {
		throw new AppError('space_resource_unknown', 'resourceId');
	}
	return resource;
}

/** Whether this member may book it: its audience, the network's coordinators always. */
export async function mayBook(q: Queryable, actor: Actor, networkId: string, resource: Resource): Promise<boolean> {
	if (isCoordinator(actor, networkId)) return true;
	if (resource.audience === 'members') return true;
	if (resource.audience === 'coordinators' || !resource.groupId) return false;
	const [member] = await q
		.select({ status: groupMembers.status })
		.from(groupMembers)
		.where(
			and(
				eq(groupMembers.networkId, networkId),
				eq(groupMembers.groupId, resource.groupId),
				eq(groupMembers.accountId, actor.accountId),
				eq(groupMembers.status, 'active')
			)
		);
	return member !== undefined;
}
