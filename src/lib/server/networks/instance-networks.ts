// The instance administrator's view of the networks (/admin/reseaux, decision 007): each with its members and
// its last activity, suspended ones included. Networks are few; each figure is one indexed subquery per network.
import { and, asc, eq, sql } from 'drizzle-orm';
import { requireInstanceAdmin, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { accounts, memberships, networks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

// The subqueries name the outer row `"networks"."id"` in full: Drizzle writes a one-table select's columns
// without their table, which inside a subquery would name the subquery's own row (DESIGN, facts measured).
const figures = {
	members: sql<number>`(select count(*)::int from memberships m
		where m.network_id = "networks"."id" and m.status = 'active')`,
	pending: sql<number>`(select count(*)::int from memberships m
		where m.network_id = "networks"."id" and m.status = 'pending')`,
	// « Activity »: the latest person who joined or asked to, post published, or event created.
	lastActivityAt: sql<Date | null>`greatest(
		(select max(m.created_at) from memberships m where m.network_id = "networks"."id"),
		(select max(p.created_at) from posts p where p.network_id = "networks"."id"),
		(select max(e.created_at) from events e where e.network_id = "networks"."id")
	)`.mapWith((value) => (value === null ? null : new Date(value as string)))
};

const columns = {
	id: networks.id,
	slug: networks.slug,
	name: networks.name,
	town: networks.town,
	description: networks.description,
	joinPolicy: networks.joinPolicy,
	status: networks.status,
	suspendedAt: networks.suspendedAt,
	createdAt: networks.createdAt,
	...figures
};

export async function listInstanceNetworks(options: { actor: Actor | null }) {
	requireInstanceAdmin(options.actor);
	return db().select(columns).from(networks).orderBy(asc(networks.name), asc(networks.id));
}

export type InstanceNetwork = Awaited<ReturnType<typeof listInstanceNetworks>>[number];

/** One network for its administration page, with its coordinators (name and address, to reach them). */
export async function getInstanceNetwork(options: { actor: Actor | null; networkId: string }) {
	requireInstanceAdmin(options.actor);
	if (!isUuid(options.networkId)) throw new AppError('not_found');
	const [network] = await db().select(columns).from(networks).where(eq(networks.id, options.networkId));
	if (!network) throw new AppError('not_found');
	const coordinators = await db()
		.select({ accountId: accounts.id, name: accounts.name, email: accounts.email })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(
			and(eq(memberships.networkId, network.id), eq(memberships.role, 'coordinator'), eq(memberships.status, 'active'))
		)
		.orderBy(asc(accounts.name));
	return { network, coordinators };
}
