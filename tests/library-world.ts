// The tool library's tests start here (decision 030): the shared space's world (decision 029) with a « Perceuse »
// lent 14 days and renewed once at most, and helpers to read the members' notices.
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '../src/lib/server/db/client.ts';
import { libraryLoans, notifications } from '../src/lib/server/db/schema/index.ts';
import { addResource } from '../src/lib/server/space/add-resource.ts';
import type { ResourceInput } from '../src/lib/validation/space.ts';
import { members } from './event-world.ts';
import { resourceContent, spaceWorld } from './space-world.ts';

export async function libraryWorld(overrides: Partial<ResourceInput> = {}, people = 0) {
	const world = await spaceWorld();
	const item = await addResource({
		actor: world.coordinator.actor,
		networkId: world.networkId,
		...resourceContent(world.venue.id, {
			kind: 'item',
			name: 'Perceuse',
			category: 'Bricolage',
			condition: 'Bon état',
			...overrides
		})
	});
	const desk = { actor: world.coordinator.actor, networkId: world.networkId };
	return { ...world, item, desk, people: await members(world.networkId, people) };
}

/** The `what` of the member's tool-library notices, oldest first, with their dates. */
export async function spaceNotices(accountId: string) {
	const rows = await db()
		.select({ params: notifications.params })
		.from(notifications)
		.where(and(eq(notifications.accountId, accountId), eq(notifications.kind, 'space')))
		.orderBy(asc(notifications.createdAt), asc(notifications.id));
	return rows.map((r) => (r.params as Record<string, string>).what);
}

/** How many open loans the item has (the database's invariant says at most one). */
export async function openLoans(resourceId: string) {
	const [row] = await db()
		.select({ n: sql<number>`count(*)::int` })
		.from(libraryLoans)
		.where(and(eq(libraryLoans.resourceId, resourceId), sql`${libraryLoans.returnedAt} is null`));
	return row.n;
}
